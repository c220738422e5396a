/**
 * Two fingers on a touch screen: the board zooms by how far they spread and pans with their midpoint, so the
 * world point between the fingers stays between them. (Trackpad pinch arrives as Ctrl+wheel instead and is
 * handled with the wheel.)
 */
import { clampZoom, screenToWorld, type Camera } from '../../../shared/board/camera';
import type { Point } from '../../../shared/board/rect';
import type { GestureEnv } from './types';

const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** The camera for fingers that started at `a0`, `b0` (under camera `from`) and are now at `a`, `b`. */
export function pinchCamera(from: Camera, a0: Point, b0: Point, a: Point, b: Point): Camera {
  const spread0 = Math.max(1, Math.hypot(b0.x - a0.x, b0.y - a0.y));
  const spread = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
  const zoom = clampZoom((from.zoom * spread) / spread0);
  const anchor = screenToWorld(from, mid(a0, b0));
  const now = mid(a, b);
  return { x: now.x - anchor.x * zoom, y: now.y - anchor.y * zoom, zoom };
}

export interface Pinch {
  /** A finger moved (by its pointer id). */
  move(pointerId: number, at: Point): void;
  end(): void;
}

export function startPinch(env: Pick<GestureEnv, 'camera'>, fingers: ReadonlyMap<number, Point>): Pinch {
  const [[idA, a0], [idB, b0]] = [...fingers] as [[number, Point], [number, Point]];
  const from = env.camera.get();
  let a = a0;
  let b = b0;
  return {
    move(pointerId, at) {
      if (pointerId === idA) a = at;
      else if (pointerId === idB) b = at;
      else return;
      env.camera.set(pinchCamera(from, a0, b0, a, b));
    },
    end() {
      env.camera.commit();
    },
  };
}
