/**
 * A tidy-up's animation: notes and frames glide from where they were to where the new layout puts them,
 * over a moment, easing out. Pure: a scene in, the scene at time `t` (0 to 1) out.
 */
import type { Rect } from '../../../shared/board/rect';
import { buildIndex } from '../../../shared/board/spatialIndex';
import type { PaintScene } from './scene';

export const ANIMATION_MS = 420;

export interface Movement {
  notes: ReadonlyMap<string, Rect>;
  frames: ReadonlyMap<string, Rect>;
}

const ease = (t: number) => 1 - (1 - t) ** 3;

function between(from: Rect | undefined, to: Rect, t: number): Rect {
  if (!from) return to;
  return {
    x: from.x + (to.x - from.x) * t,
    y: from.y + (to.y - from.y) * t,
    w: from.w + (to.w - from.w) * t,
    h: from.h + (to.h - from.h) * t,
  };
}

export function sceneAt(scene: PaintScene, from: Movement, progress: number): PaintScene {
  const t = ease(Math.min(1, Math.max(0, progress)));
  const notes = new Map<string, Rect>();
  for (const [id, rect] of scene.notes) notes.set(id, between(from.notes.get(id), rect, t));
  const frames = new Map<string, Rect>();
  for (const [id, rect] of scene.frames) frames.set(id, between(from.frames.get(id), rect, t));
  return {
    ...scene,
    notes,
    frames,
    index: buildIndex(Array.from(notes, ([id, rect]) => ({ id, rect }))),
  };
}
