/**
 * Still pictures: drawn off the page and handed whole to a 'bitmaprenderer' canvas where the browser has one,
 * drawn straight into the canvas's 2D context otherwise. The canvases here are small stand-ins that keep what
 * was drawn as a list of strokes (node has no canvas).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStillDrawer } from './stillPicture';
import type { Context2D } from './stickyFace';

class Strokes {
  strokes: string[] = [];
  fillText(text: string) {
    this.strokes.push(text);
  }
}

let scratchMade = 0;
class FakeOffscreen {
  ctx = new Strokes();
  constructor(
    public width: number,
    public height: number,
  ) {
    scratchMade++;
  }
  getContext() {
    return this.ctx;
  }
  transferToImageBitmap() {
    const bitmap = { width: this.width, height: this.height, strokes: this.ctx.strokes };
    this.ctx.strokes = [];
    return bitmap;
  }
}

/** A page canvas: answers the first kind of context asked for, null for any other (as browsers do). */
function pageCanvas(width: number, height: number) {
  const shown: unknown[] = [];
  const flat = new Strokes();
  let kind: string | null = null;
  const canvas = {
    width,
    height,
    getContext(asked: string) {
      kind ??= asked;
      if (asked !== kind) return null;
      return asked === '2d' ? flat : { transferFromImageBitmap: (bitmap: unknown) => shown.push(bitmap) };
    },
  };
  return { canvas: canvas as unknown as HTMLCanvasElement, shown, flat };
}

const write = (text: string) => (ctx: Context2D) => {
  ctx.fillText(text, 0, 0);
  return text.length;
};

afterEach(() => {
  vi.unstubAllGlobals();
  scratchMade = 0;
});

describe('createStillDrawer', () => {
  it('draws off the page and hands the canvas the whole picture, one scratch canvas for every drawing', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreen);
    vi.stubGlobal('ImageBitmapRenderingContext', class {});
    const draw = createStillDrawer();
    const tile = pageCanvas(512, 512);
    expect(draw(tile.canvas, write('first'))).toBe(5);
    expect(draw(tile.canvas, write('second'))).toBe(6);
    // Each drawing is a picture of its own: nothing of the one before is kept.
    expect(tile.shown).toEqual([
      { width: 512, height: 512, strokes: ['first'] },
      { width: 512, height: 512, strokes: ['second'] },
    ]);
    const other = pageCanvas(300, 200);
    draw(other.canvas, write('copy'));
    expect(other.shown).toEqual([{ width: 300, height: 200, strokes: ['copy'] }]);
    expect(scratchMade).toBe(1);
  });

  it('draws a canvas already drawn in 2D in 2D', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreen);
    vi.stubGlobal('ImageBitmapRenderingContext', class {});
    const tile = pageCanvas(512, 512);
    tile.canvas.getContext('2d');
    expect(createStillDrawer()(tile.canvas, write('flat'))).toBe(4);
    expect(tile.flat.strokes).toEqual(['flat']);
    expect(tile.shown).toEqual([]);
  });

  it('draws straight into the canvas where there is no OffscreenCanvas', () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    const tile = pageCanvas(512, 512);
    expect(createStillDrawer()(tile.canvas, write('flat'))).toBe(4);
    expect(tile.flat.strokes).toEqual(['flat']);
    expect(scratchMade).toBe(0);
  });
});
