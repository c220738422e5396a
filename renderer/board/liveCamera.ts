/**
 * The camera as it moves during a gesture, outside React: the canvas writes the layer transform from it,
 * the minimap draws its viewport box from it, and culling checks it — all without re-rendering a component
 * per frame. The board store gets the camera when the gesture ends.
 */
import type { Camera } from '../../shared/board/camera';

type Listener = (camera: Camera) => void;

export interface LiveCamera {
  get(): Camera;
  set(camera: Camera): void;
  subscribe(listener: Listener): () => void;
}

export function createLiveCamera(initial: Camera): LiveCamera {
  let current = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    set(camera) {
      current = camera;
      listeners.forEach((listener) => listener(camera));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
