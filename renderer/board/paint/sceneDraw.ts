/**
 * Draws a whole scene onto the board canvas for one camera: the board's colour, frames (outer first), the
 * stickies in the area (from drawn copies, faceCache.ts), then the rings that show selection, search matches
 * and keyboard focus. Stickies are drawn in device pixels at whole-pixel positions, so a copy at the exact
 * scale is a plain copy of pixels.
 */
import type { Camera } from '../../../shared/board/camera';
import { detailAt, frameTitleRect } from '../../../shared/board/detail';
import { NOTE_H, NOTE_W } from '../../../shared/board/layout';
import { intersects, type Rect } from '../../../shared/board/rect';
import { queryRect } from '../../../shared/board/spatialIndex';
import type { FaceCache, FaceVariant } from './faceCache';
import { drawFrameBody, drawFrameTitle, type FrameLook } from './frameFace';
import { drawBlocks, type BlockImage } from './blockImage';
import { COLORS, type FocusRing, type FrameFace, type PaintScene } from './scene';
import type { Context2D } from './stickyFace';

export interface DrawOptions {
  camera: Camera;
  dpr: number;
  /** Screen pixels between the canvas's top-left corner and the view's. */
  margin: number;
  /** The world area to draw. */
  area: Rect;
  hiddenNotes: ReadonlySet<string>;
  hiddenFrames: ReadonlySet<string>;
  /** Frames shown somewhere other than their layout says (while resizing). */
  frameOverrides: ReadonlyMap<string, Rect>;
  dropTarget: string | null;
  focus: FocusRing;
  /** Draw a background (the main canvas) or leave it transparent with a shadow under each note (a drag's copy). */
  background: boolean;
  /** Every note as a block, drawn once: used instead of drawing the blocks one by one (blockImage.ts). */
  blocks?: BlockImage | null;
}

export interface DrawResult {
  /** Stickies drawn from a copy at another scale (or as a plain block): a later draw should refine them. */
  approximate: number;
}

function variantOf(scene: PaintScene, id: string, zoom: number): FaceVariant {
  const highlighted = scene.highlight ? scene.highlight.has(id) : false;
  return {
    detail: detailAt(zoom),
    dimmed: scene.highlight !== null && !highlighted,
    search: highlighted ? scene.search.trim() : '',
    zoom,
  };
}

/** The notes to draw in an area, in paint order. */
function notesIn(scene: PaintScene, area: Rect, hidden: ReadonlySet<string>): string[] {
  const ids = [...queryRect(scene.index, area)].filter((id) => !hidden.has(id));
  return ids.sort((a, b) => (scene.order.get(a) ?? 0) - (scene.order.get(b) ?? 0));
}

/**
 * Draws the missing exact copies of the stickies in `area` until `deadline`, before anything is drawn from
 * them: copies share atlas pages, and drawing into a page that a canvas is still reading from copies the page.
 */
export function prepareCopies(
  scene: PaintScene,
  cache: FaceCache,
  area: Rect,
  zoom: number,
  dpr: number,
  deadline: number,
): void {
  if (detailAt(zoom) === 'block' || performance.now() >= deadline) return;
  const scale = zoom * dpr;
  for (const id of notesIn(scene, area, EMPTY)) {
    const face = scene.faces.get(id);
    if (face) cache.exact(id, face, variantOf(scene, id, zoom), scale);
    if (performance.now() >= deadline) return;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function drawNotes(ctx: Context2D, scene: PaintScene, cache: FaceCache, options: DrawOptions): DrawResult {
  const { camera, dpr, margin } = options;
  const scale = camera.zoom * dpr;
  const detail = detailAt(camera.zoom);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const place = (rect: Rect) => ({
    x: Math.round((rect.x * camera.zoom + camera.x + margin) * dpr),
    y: Math.round((rect.y * camera.zoom + camera.y + margin) * dpr),
    w: Math.round(NOTE_W * scale),
    h: Math.round(NOTE_H * scale),
  });
  if (detail === 'block') {
    const image = options.blocks;
    if (image && !options.hiddenNotes.size) {
      const at = place(image.area);
      const k = scale / image.scale;
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(image.canvas, at.x, at.y, image.canvas.width * k, image.canvas.height * k);
    } else drawBlocks(ctx, scene, notesIn(scene, options.area, options.hiddenNotes), place);
    return { approximate: 0 };
  }
  const ids = notesIn(scene, options.area, options.hiddenNotes);
  let approximate = 0;
  const w = Math.round(NOTE_W * scale);
  const h = Math.round(NOTE_H * scale);
  for (const id of ids) {
    const rect = scene.notes.get(id);
    const face = scene.faces.get(id);
    if (!rect || !face) continue;
    const x = Math.round((rect.x * camera.zoom + camera.x + margin) * dpr);
    const y = Math.round((rect.y * camera.zoom + camera.y + margin) * dpr);
    const variant = variantOf(scene, id, camera.zoom);
    const exact = cache.has(id, face, variant, scale) ? cache.exact(id, face, variant, scale) : null;
    const copy = exact ?? cache.nearest(id, face, variant, scale);
    if (!exact) approximate++;
    if (!options.background) {
      ctx.fillStyle = COLORS.shadow;
      ctx.fillRect(x + 3 * dpr, y + 5 * dpr, w, h);
    }
    if (copy) ctx.drawImage(copy.image, copy.sx, copy.sy, copy.sw, copy.sh, x, y, w, h);
    else {
      ctx.fillStyle = face.fill;
      ctx.fillRect(x, y, w, h);
    }
  }
  return { approximate };
}

/** Selection, search-match and focus rings, drawn in screen pixels so they read the same at every zoom. */
function drawRings(ctx: Context2D, scene: PaintScene, options: DrawOptions): void {
  const { camera, dpr, margin } = options;
  const box = (rect: Rect, grow: number) => ({
    x: (rect.x * camera.zoom + camera.x + margin - grow) * dpr,
    y: (rect.y * camera.zoom + camera.y + margin - grow) * dpr,
    w: (rect.w * camera.zoom + 2 * grow) * dpr,
    h: (rect.h * camera.zoom + 2 * grow) * dpr,
  });
  const ring = (rect: Rect, grow: number, color: string) => {
    const r = box(rect, grow);
    ctx.strokeStyle = color;
    ctx.lineWidth = 3 * dpr;
    ctx.strokeRect(r.x, r.y, r.w, r.h);
  };
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const visible = (id: string) => {
    const rect = scene.notes.get(id);
    return rect && !options.hiddenNotes.has(id) && intersects(rect, options.area) ? rect : null;
  };
  if (scene.highlight)
    for (const id of scene.highlight) {
      const rect = visible(id);
      if (rect) ring(rect, scene.selection.has(id) ? 4.5 : 1.5, COLORS.match);
    }
  for (const id of scene.selection) {
    const rect = visible(id);
    if (rect) ring(rect, 1.5, COLORS.selection);
  }
  if (options.focus?.kind === 'note') {
    const rect = visible(options.focus.id);
    if (rect) ring(rect, 3.5, COLORS.focus);
  }
}

export function drawScene(ctx: Context2D, scene: PaintScene, cache: FaceCache, options: DrawOptions): DrawResult {
  const { camera, dpr, margin } = options;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (options.background) {
    ctx.fillStyle = COLORS.board;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  } else ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const world = () =>
    ctx.setTransform(camera.zoom * dpr, 0, 0, camera.zoom * dpr, (camera.x + margin) * dpr, (camera.y + margin) * dpr);
  const frames: [FrameFace, Rect, FrameLook][] = [];
  for (const face of scene.frameFaces) {
    if (options.hiddenFrames.has(face.id)) continue;
    const rect = options.frameOverrides.get(face.id) ?? scene.frames.get(face.id);
    if (!rect || (!intersects(frameTitleRect(rect, camera.zoom), options.area) && !intersects(rect, options.area)))
      continue;
    frames.push([
      face,
      rect,
      {
        zoom: camera.zoom,
        dropTarget: options.dropTarget === face.id,
        focused: options.focus?.kind === 'frame' && options.focus.id === face.id,
      },
    ]);
  }
  world();
  for (const [face, rect, look] of frames) drawFrameBody(ctx, face, rect, look);
  // Close up a title sits in its frame's header, under any note dropped on it; far out it floats above the
  // frame, over whatever lies there, so it is drawn last.
  const near = detailAt(camera.zoom) === 'near';
  if (near) for (const [face, rect, look] of frames) drawFrameTitle(ctx, face, rect, look);
  const result = drawNotes(ctx, scene, cache, options);
  drawRings(ctx, scene, options);
  if (!near) {
    world();
    for (const [face, rect, look] of frames) drawFrameTitle(ctx, face, rect, look);
  }
  return result;
}
