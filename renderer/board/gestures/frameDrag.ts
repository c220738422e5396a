/**
 * A frame's title bar moves the frame, with its notes and sub-frames; its corner handle resizes it. Each is
 * one undoable command when the pointer lets go.
 */
import type { Point } from '../../../shared/board/rect';
import { emptyPending, planFrameMove, resizedFrame } from '../dropPlan';
import { DRAG_THRESHOLD, travelled, type Gesture, type GestureEnv } from './types';
import { msg } from '../../ui/i18n';

function tracker(env: GestureEnv, start: Point) {
  let moved = false;
  let delta: Point = { x: 0, y: 0 };
  return {
    get moved() {
      return moved;
    },
    get delta() {
      return delta;
    },
    /** False until the pointer has travelled far enough to be a drag. */
    update(at: Point): boolean {
      if (!moved && travelled(start, at) < DRAG_THRESHOLD) return false;
      moved = true;
      const zoom = env.camera.get().zoom;
      delta = { x: (at.x - start.x) / zoom, y: (at.y - start.y) / zoom };
      return true;
    },
  };
}

const nameOf = (env: GestureEnv, themeId: string) => env.model.themeById.get(themeId)?.name ?? 'theme';

export function startFrameMove(env: GestureEnv, themeId: string, start: Point): Gesture {
  const drag = tracker(env, start);
  return {
    move(at) {
      if (drag.update(at)) env.view.dragFrame(themeId, drag.delta);
    },
    end(at) {
      drag.update(at);
      if (!drag.moved) return;
      const { layout, themes, notes } = env.model;
      const plan = planFrameMove(layout, themes, notes, themeId, drag.delta);
      const theme = nameOf(env, themeId);
      env.view.clear(true);
      env.write({
        kind: 'frame',
        themeId,
        ...plan,
        label: { id: 'board.undo.moveTheme', values: { theme }, subject: 'theme' },
        summary: msg('board.said.movedTheme', { theme }),
      });
    },
    cancel() {
      if (drag.moved) env.view.clear(false);
    },
  };
}

export function startFrameResize(env: GestureEnv, themeId: string, start: Point): Gesture {
  const drag = tracker(env, start);
  const shown = env.model.layout.frames.get(themeId);
  return {
    move(at) {
      if (shown && drag.update(at)) env.view.resizeFrame(themeId, resizedFrame(shown, drag.delta));
    },
    end(at) {
      drag.update(at);
      if (!shown || !drag.moved) return;
      const next = resizedFrame(shown, drag.delta);
      const theme = nameOf(env, themeId);
      const pending = emptyPending();
      pending.frames.set(themeId, next);
      pending.expected.frames.set(themeId, next);
      env.view.clear(true);
      env.write({
        kind: 'frame',
        themeId,
        frame: next,
        notes: [],
        frames: [],
        pending,
        label: { id: 'board.undo.resizeTheme', values: { theme }, subject: 'theme' },
        summary: msg('board.said.resizedTheme', { theme }),
      });
    },
    cancel() {
      if (drag.moved) env.view.clear(false);
    },
  };
}
