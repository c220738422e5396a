/**
 * Dragging on the open board (or a frame's body) draws a lasso: the notes it touches become the selection
 * (with Shift/Ctrl/⌘, they join it). A click on the open board clears the selection.
 */
import { screenToWorld } from '../../../shared/board/camera';
import { notesInLasso } from '../../../shared/board/hitTest';
import { rectFromPoints, type Point } from '../../../shared/board/rect';
import { DRAG_THRESHOLD, travelled, type Gesture, type GestureEnv } from './types';
import { msg } from '../../ui/i18n';

export function startLasso(env: GestureEnv, start: Point, additive: boolean): Gesture {
  let moved = false;
  return {
    move(at) {
      if (!moved && travelled(start, at) < DRAG_THRESHOLD) return;
      moved = true;
      env.view.lasso(rectFromPoints(start, at));
    },
    end(at) {
      if (!moved) {
        if (!additive) env.selection.clear();
        return;
      }
      env.view.lasso(null);
      const camera = env.camera.get();
      const caught = notesInLasso(
        env.model.index,
        rectFromPoints(screenToWorld(camera, start), screenToWorld(camera, at)),
      );
      if (additive) env.selection.add(caught);
      else env.selection.select(caught);
      env.announce(msg('board.selectedCount', { count: env.selection.current().size }));
    },
    cancel() {
      if (moved) env.view.lasso(null);
    },
  };
}
