/**
 * Where a new sticky goes when the keyboard asks for one (no pointer to follow): beside the focused note, on
 * the first side with room; else in the middle of the view. Pure, so the choice is tested.
 */
import { NOTE_GAP, NOTE_H, NOTE_W } from '../../shared/board/layout';
import { intersects, rectCenter, type Point, type Rect } from '../../shared/board/rect';
import { queryRect, type SpatialIndex } from '../../shared/board/spatialIndex';

export function newStickySpot(index: SpatialIndex, focused: Rect | null, view: Rect): Point {
  const free = (at: Point) => {
    const rect = { x: at.x, y: at.y, w: NOTE_W, h: NOTE_H };
    return ![...queryRect(index, rect)].some((id) => intersects(index.rects.get(id)!, rect));
  };
  if (focused) {
    const sides = [
      { x: focused.x + focused.w + NOTE_GAP, y: focused.y },
      { x: focused.x, y: focused.y + focused.h + NOTE_GAP },
      { x: focused.x - NOTE_W - NOTE_GAP, y: focused.y },
      { x: focused.x, y: focused.y - NOTE_H - NOTE_GAP },
    ];
    const side = sides.find(free);
    if (side) return side;
  }
  const centre = rectCenter(view);
  // Spiral out from the middle of the view in note-sized steps until a spot is free.
  for (let ring = 0; ring < 12; ring++)
    for (let dx = -ring; dx <= ring; dx++)
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const at = {
          x: centre.x - NOTE_W / 2 + dx * (NOTE_W + NOTE_GAP),
          y: centre.y - NOTE_H / 2 + dy * (NOTE_H + NOTE_GAP),
        };
        if (free(at)) return at;
      }
  return { x: centre.x - NOTE_W / 2, y: centre.y - NOTE_H / 2 };
}
