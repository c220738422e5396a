/**
 * What changed between two scenes, as world rectangles to draw again: a note that moved or changed face (its
 * old and new place), a frame that moved or changed, notes whose selection or highlight changed. A drop, a
 * selection or a new note then redraws the few tiles it touches, not the whole view. Pure.
 */
import { frameTitleRect } from '../../../shared/board/detail';
import { sameRect, type Rect } from '../../../shared/board/rect';
import type { PaintScene } from './scene';

/** Past this many changed rectangles, everything is drawn again (cheaper than testing each tile against them). */
const MAX_RECTS = 400;

export type SceneChange = Rect[] | 'all';

function has(set: ReadonlySet<string> | null, id: string): boolean {
  return set ? set.has(id) : false;
}

export function sceneChange(before: PaintScene, after: PaintScene, zoom: number): SceneChange {
  if (before.search !== after.search || (before.highlight === null) !== (after.highlight === null)) return 'all';
  const rects: Rect[] = [];
  const add = (rect: Rect | undefined) => rect && rects.push(rect);
  for (const [id, rect] of after.notes) {
    const old = before.notes.get(id);
    if (
      !old ||
      !sameRect(old, rect) ||
      before.faces.get(id)?.key !== after.faces.get(id)?.key ||
      has(before.selection, id) !== has(after.selection, id) ||
      has(before.highlight, id) !== has(after.highlight, id)
    ) {
      add(old);
      add(rect);
    }
    if (rects.length > MAX_RECTS) return 'all';
  }
  for (const [id, rect] of before.notes) if (!after.notes.has(id)) add(rect);
  const faces = new Map(before.frameFaces.map((f) => [f.id, f]));
  for (const face of after.frameFaces) {
    const was = faces.get(face.id);
    const rect = after.frames.get(face.id);
    const old = before.frames.get(face.id);
    faces.delete(face.id);
    if (was && rect && old && sameRect(rect, old) && JSON.stringify(was) === JSON.stringify(face)) continue;
    for (const r of [rect, old]) if (r) rects.push(r, frameTitleRect(r, zoom));
  }
  for (const gone of faces.keys()) {
    const old = before.frames.get(gone);
    if (old) rects.push(old, frameTitleRect(old, zoom));
  }
  return rects.length > MAX_RECTS ? 'all' : rects;
}
