/**
 * What is under the pointer, what a lasso catches, where a drop lands. Pure reads of a layout and its index.
 */
import { area, containsPoint, intersects, rectCenter, type Point, type Rect } from './rect';
import { queryPoint, queryRect, type SpatialIndex } from './spatialIndex';

/** The topmost note at `p`: the one painted last, given each note's paint order. */
export function noteAt(index: SpatialIndex, p: Point, paintOrder: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestOrder = -1;
  for (const id of queryPoint(index, p)) {
    const order = paintOrder.get(id) ?? -1;
    if (order > bestOrder) {
      best = id;
      bestOrder = order;
    }
  }
  return best;
}

/**
 * The innermost frame containing `p`: the deepest sub-theme wins, and among equals the smallest frame
 * (so a small frame lying on a big one can still be hit). `exclude` leaves out themes being dragged.
 */
export function frameAt(
  frames: ReadonlyMap<string, Rect>,
  depth: ReadonlyMap<string, number>,
  p: Point,
  exclude?: ReadonlySet<string>,
): string | null {
  let best: string | null = null;
  let bestDepth = -1;
  let bestArea = Infinity;
  for (const [id, rect] of frames) {
    if (exclude?.has(id) || !containsPoint(rect, p)) continue;
    const d = depth.get(id) ?? 0;
    const a = area(rect);
    if (d > bestDepth || (d === bestDepth && a < bestArea)) {
      best = id;
      bestDepth = d;
      bestArea = a;
    }
  }
  return best;
}

/** Notes a lasso rectangle touches. */
export function notesInLasso(index: SpatialIndex, lasso: Rect): Set<string> {
  return queryRect(index, lasso);
}

/** Notes to mount for a viewport: those intersecting it, widened by `margin` world units so a short pan needs no re-render. */
export function visibleNotes(index: SpatialIndex, viewport: Rect, margin: number): Set<string> {
  return queryRect(index, {
    x: viewport.x - margin,
    y: viewport.y - margin,
    w: viewport.w + 2 * margin,
    h: viewport.h + 2 * margin,
  });
}

/** Whether `inner` is still inside the area last mounted (so panning within it needs no new culling pass). */
export function stillCovered(mounted: Rect, viewport: Rect): boolean {
  return (
    viewport.x >= mounted.x &&
    viewport.y >= mounted.y &&
    viewport.x + viewport.w <= mounted.x + mounted.w &&
    viewport.y + viewport.h <= mounted.y + mounted.h
  );
}

export interface DropPlan {
  /** The theme the drop lands in (null: the open board). */
  themeId: string | null;
  /** Notes whose centre landed inside the target frame (or all, on the open board): they keep the dropped position. */
  keepPosition: string[];
  /** Notes that hung outside the target frame: they are unplaced so they snap into its free slots. */
  snap: string[];
}

/**
 * A drop of several notes: the frame under the pointer decides the theme for all of them; a note that ended
 * outside that frame snaps into it rather than being assigned while lying elsewhere on the board.
 */
export function planDrop(
  frames: ReadonlyMap<string, Rect>,
  depth: ReadonlyMap<string, number>,
  pointer: Point,
  dropped: ReadonlyMap<string, Rect>,
): DropPlan {
  const themeId = frameAt(frames, depth, pointer);
  if (!themeId) return { themeId, keepPosition: [...dropped.keys()], snap: [] };
  const frame = frames.get(themeId)!;
  const keepPosition: string[] = [];
  const snap: string[] = [];
  for (const [id, rect] of dropped) (containsPoint(frame, rectCenter(rect)) ? keepPosition : snap).push(id);
  return { themeId, keepPosition, snap };
}

/** Themes whose frames overlap `rect`, for drawing only the frames in view. */
export function framesIn(frames: ReadonlyMap<string, Rect>, rect: Rect): string[] {
  const out: string[] = [];
  for (const [id, frame] of frames) if (intersects(frame, rect)) out.push(id);
  return out;
}
