/**
 * Pictures that, once drawn, only move: the board's tiles while the board pans, a drag's copy while it follows
 * the pointer. In Chromium's software compositing (no GPU: how the board benchmark runs, and how machines
 * without a usable GPU draw), a 2D canvas hands its pixels to the compositor again at every frame in which its
 * layer moves, drawn or not: a pan spent most of its main-thread time re-sending a dozen unchanged tiles. A
 * canvas showing an ImageBitmap ('bitmaprenderer') hands it over once. So such a picture is drawn on a scratch
 * canvas off the page and given to its canvas whole; where that cannot be done, the canvas is drawn directly.
 */
import type { Context2D } from './stickyFace';

/** Draws a whole picture into a canvas; what `paint` returns, or null if the canvas cannot be drawn on. */
export type DrawStill = <T>(canvas: HTMLCanvasElement, paint: (ctx: Context2D) => T) => T | null;

const bitmaps = () => typeof OffscreenCanvas !== 'undefined' && typeof ImageBitmapRenderingContext !== 'undefined';

/**
 * A drawer with its own scratch canvas (reused, so one owner's pictures of one size never allocate a canvas each).
 * `paint` must draw the whole picture: nothing of the canvas's previous picture is kept.
 */
export function createStillDrawer(): DrawStill {
  let scratch: OffscreenCanvas | null = null;
  return (canvas, paint) => {
    // A canvas keeps the kind of context it was first asked for: one already drawn in 2D is drawn in 2D.
    const shown = bitmaps() ? canvas.getContext('bitmaprenderer') : null;
    if (!shown) {
      const ctx = canvas.getContext('2d');
      return ctx ? paint(ctx) : null;
    }
    if (!scratch) scratch = new OffscreenCanvas(canvas.width, canvas.height);
    else if (scratch.width !== canvas.width || scratch.height !== canvas.height) {
      scratch.width = canvas.width;
      scratch.height = canvas.height;
    }
    const ctx = scratch.getContext('2d');
    if (!ctx) return null;
    const result = paint(ctx);
    // The scratch canvas's pixels move to the shown canvas (no copy); the scratch starts blank next time.
    shown.transferFromImageBitmap(scratch.transferToImageBitmap());
    return result;
  };
}
