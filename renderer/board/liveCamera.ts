/**
 * The camera as it moves during a gesture, outside React: the painter draws the board from it and the minimap
 * its viewport box, without re-rendering a component per frame. Listeners of `settled` hear only the camera a
 * gesture came to rest at (the board's DOM layer and its culling follow that one, as the store does).
 */
import type { Camera } from '../../shared/board/camera';

type Listener = (camera: Camera) => void;

export interface LiveCamera {
  get(): Camera;
  set(camera: Camera): void;
  subscribe(listener: Listener): () => void;
  /** The camera has come to rest where it is now. */
  settle(): void;
  subscribeSettled(listener: Listener): () => void;
}

export function createLiveCamera(initial: Camera): LiveCamera {
  let current = initial;
  const listeners = new Set<Listener>();
  const settledListeners = new Set<Listener>();
  const add = (set: Set<Listener>, listener: Listener) => {
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  return {
    get: () => current,
    set(camera) {
      current = camera;
      listeners.forEach((listener) => listener(camera));
    },
    subscribe: (listener) => add(listeners, listener),
    settle() {
      settledListeners.forEach((listener) => listener(current));
    },
    subscribeSettled: (listener) => add(settledListeners, listener),
  };
}
