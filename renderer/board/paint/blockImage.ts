/**
 * The board far away, drawn once: every sticky as a coloured block on one canvas at the zoom where blocks
 * begin (shared/board/detail.ts), so that zooming and panning a whole board of thousands of notes draws one
 * image instead of thousands of rectangles. Drawn again only when the scene changes.
 */
import { BLOCK_ZOOM } from '../../../shared/board/detail';
import { NOTE_H, NOTE_W } from '../../../shared/board/layout';
import { boundsOf, type Rect } from '../../../shared/board/rect';
import { COLORS, type PaintScene } from './scene';
import type { Context2D } from './stickyFace';

/** The image is at most this many pixels on a side (a bigger board is drawn at a smaller scale). */
const MAX_SIDE = 4096;

export interface BlockImage {
  canvas: HTMLCanvasElement | OffscreenCanvas;
  /** The world rectangle it shows, and its pixels per world unit. */
  area: Rect;
  scale: number;
}

/** Each note's block, grouped by colour so the canvas changes colour once per group, not once per note. */
export function drawBlocks(
  ctx: Context2D,
  scene: PaintScene,
  ids: Iterable<string>,
  place: (rect: Rect) => { x: number; y: number; w: number; h: number },
): void {
  const byColor = new Map<string, Rect[]>();
  const strips = new Map<string, Rect[]>();
  const add = (map: Map<string, Rect[]>, color: string, rect: Rect) => {
    const list = map.get(color);
    if (list) list.push(rect);
    else map.set(color, [rect]);
  };
  for (const id of ids) {
    const rect = scene.notes.get(id);
    const face = scene.faces.get(id);
    if (!rect || !face) continue;
    const dimmed = scene.highlight !== null && !scene.highlight.has(id);
    const box = place(rect);
    add(byColor, dimmed ? COLORS.dimFill : face.fill, box);
    if (box.h >= 5) add(strips, dimmed ? COLORS.dimAccent : (face.accent ?? COLORS.defaultAccent), box);
  }
  for (const [color, boxes] of byColor) {
    ctx.fillStyle = color;
    for (const b of boxes) ctx.fillRect(b.x, b.y, b.w, b.h);
  }
  for (const [color, boxes] of strips) {
    ctx.fillStyle = color;
    for (const b of boxes) ctx.fillRect(b.x, b.y, b.w, Math.max(1, Math.round(b.h * 0.2)));
  }
}

export function makeBlockImage(
  scene: PaintScene,
  make: (w: number, h: number) => HTMLCanvasElement | OffscreenCanvas | null,
): BlockImage | null {
  const bounds = boundsOf(scene.notes.values());
  if (!bounds) return null;
  const scale = Math.min(BLOCK_ZOOM, MAX_SIDE / Math.max(bounds.w, bounds.h));
  const canvas = make(Math.max(1, Math.ceil(bounds.w * scale)), Math.max(1, Math.ceil(bounds.h * scale)));
  const ctx = canvas?.getContext('2d') as Context2D | null | undefined;
  if (!canvas || !ctx) return null;
  const w = Math.max(1, Math.round(NOTE_W * scale));
  const h = Math.max(1, Math.round(NOTE_H * scale));
  drawBlocks(ctx, scene, scene.notes.keys(), (rect) => ({
    x: Math.round((rect.x - bounds.x) * scale),
    y: Math.round((rect.y - bounds.y) * scale),
    w,
    h,
  }));
  return { canvas, area: bounds, scale };
}
