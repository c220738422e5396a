/**
 * The painter's decisions, as pure functions: how much of the world the canvas holds around the view, and
 * whether a camera move can be shown by sliding the canvas already drawn (a compositor transform: no drawing
 * at all) or needs a new drawing.
 */
import { visibleWorldRect, type Camera, type Size } from '../../../shared/board/camera';
import { expandRect, type Rect } from '../../../shared/board/rect';

/** Screen pixels drawn beyond each edge of the view, so a pan slides the canvas for a while before it redraws. */
export function marginFor(size: Size): number {
  return Math.round(Math.min(600, Math.max(160, Math.max(size.w, size.h) * 0.25)));
}

/** The world area the canvas holds when drawn for `camera`. */
export function paintedArea(camera: Camera, size: Size, margin: number): Rect {
  return expandRect(visibleWorldRect(camera, size), margin / camera.zoom);
}

/**
 * How far (screen pixels) to slide a canvas drawn for `painted` to show `live`, or null when it cannot: the
 * zoom changed, or the view would leave what was drawn.
 */
export function slideFor(painted: Camera, live: Camera, margin: number): { x: number; y: number } | null {
  if (painted.zoom !== live.zoom) return null;
  const x = live.x - painted.x;
  const y = live.y - painted.y;
  return Math.abs(x) <= margin && Math.abs(y) <= margin ? { x, y } : null;
}
