/** Panning with the middle button, or the primary one with the hand tool: the board follows the pointer. */
import { panBy } from '../../../shared/board/camera';
import type { Point } from '../../../shared/board/rect';
import type { Gesture, GestureEnv } from './types';

export function startPan(env: Pick<GestureEnv, 'camera'>, start: Point): Gesture {
  const from = env.camera.get();
  const follow = (at: Point) => env.camera.set(panBy(from, at.x - start.x, at.y - start.y));
  return {
    move: follow,
    end(at) {
      follow(at);
      env.camera.commit();
    },
    cancel() {
      env.camera.commit();
    },
  };
}
