/**
 * Pressing a note: a click selects it (Shift/Ctrl/⌘ adds or removes it); a drag moves it — or the whole
 * selection, when the pressed note is part of one — and drops it into the frame under the pointer, or onto
 * the open board.
 *
 * Selection afterwards is what the hand did: a plain press on a note outside the selection makes that note
 * the selection (the previous one is cleared), so what a key does next applies to the note just dragged.
 * A plain click on a note of a larger selection narrows the selection to it; a drag of the selection keeps it.
 */
import { frameAt } from '../../../shared/board/hitTest';
import { screenToWorld } from '../../../shared/board/camera';
import type { Point } from '../../../shared/board/rect';
import { planNoteDrop } from '../dropPlan';
import { DRAG_THRESHOLD, travelled, type Gesture, type GestureEnv } from './types';

export interface NotePress {
  id: string;
  start: Point;
  /** Shift, Ctrl or ⌘ held: the press toggles the note in the selection. */
  additive: boolean;
}

export function pressNote(env: GestureEnv, press: NotePress): Gesture | null {
  const { selection } = env;
  const { id, start, additive } = press;
  if (additive) selection.toggle(id);
  else if (!selection.current().has(id)) selection.select([id]);
  selection.focus(id);
  // A Shift-click that took the note out of the selection starts nothing.
  if (!selection.current().has(id)) return null;
  const ids = [...selection.current()];
  let dragging = false;
  let delta: Point = { x: 0, y: 0 };

  const world = (at: Point) => screenToWorld(env.camera.get(), at);
  return {
    move(at) {
      if (!dragging && travelled(start, at) < DRAG_THRESHOLD) return;
      dragging = true;
      const zoom = env.camera.get().zoom;
      delta = { x: (at.x - start.x) / zoom, y: (at.y - start.y) / zoom };
      const { frames, depth } = env.model.layout;
      env.view.dragNotes(ids, delta, frameAt(frames, depth, world(at)));
    },
    end(at) {
      if (!dragging) {
        if (!additive && selection.current().size > 1) selection.select([id]);
        return;
      }
      const { layout, themeById } = env.model;
      const write = planNoteDrop(layout, themeById, ids, delta, world(at));
      env.view.clear(true);
      env.write({ kind: 'notes', ...write });
    },
    cancel() {
      if (dragging) env.view.clear(false);
    },
  };
}
