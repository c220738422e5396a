/**
 * What a drag moves on screen: the dragged notes (or a frame with its notes and sub-frames) drawn once into a
 * canvas of their own (a still picture: stillPicture.ts), which then follows the pointer by a compositor
 * transform — nothing is redrawn or sent again while the pointer moves, however many notes are dragged.
 */
import type { Camera } from '../../../shared/board/camera';
import { frameTitleRect } from '../../../shared/board/detail';
import { boundsOf, expandRect, type Rect } from '../../../shared/board/rect';
import { buildIndex } from '../../../shared/board/spatialIndex';
import type { FaceCache } from './faceCache';
import type { PaintScene } from './scene';
import { drawScene, prepareCopies } from './sceneDraw';
import type { DrawStill } from './stillPicture';

/** A drag copy is at most this many device pixels on a side (beyond that it is cut off, not scaled). */
const MAX_SIDE = 4096;

export interface DragCopy {
  /** World rectangle the copy shows. */
  area: Rect;
  camera: Camera;
}

/** Draws the given notes and frames into `canvas` and places it over the view; returns what it shows. */
export function drawDragCopy(
  canvas: HTMLCanvasElement,
  drawStill: DrawStill,
  scene: PaintScene,
  cache: FaceCache,
  camera: Camera,
  dpr: number,
  notes: ReadonlySet<string>,
  frames: ReadonlySet<string>,
): DragCopy | null {
  const rects: Rect[] = [];
  for (const id of notes) {
    const rect = scene.notes.get(id);
    if (rect) rects.push(rect);
  }
  for (const id of frames) {
    const rect = scene.frames.get(id);
    if (rect) rects.push(rect, frameTitleRect(rect, camera.zoom));
  }
  const bounds = boundsOf(rects);
  if (!bounds) return null;
  // Room for the selection rings and shadows, drawn in screen pixels outside the notes.
  const area = expandRect(bounds, 10 / camera.zoom);
  const width = Math.min(MAX_SIDE, Math.ceil(area.w * camera.zoom * dpr));
  const height = Math.min(MAX_SIDE, Math.ceil(area.h * camera.zoom * dpr));
  canvas.width = width;
  canvas.height = height;
  canvas.style.width = `${width / dpr}px`;
  canvas.style.height = `${height / dpr}px`;
  // The copy's own camera puts the area's top-left corner at the canvas's.
  const own: Camera = { x: -area.x * camera.zoom, y: -area.y * camera.zoom, zoom: camera.zoom };
  const subset: PaintScene = {
    ...scene,
    index: buildIndex([...notes].flatMap((id) => (scene.notes.has(id) ? [{ id, rect: scene.notes.get(id)! }] : []))),
    frameFaces: scene.frameFaces.filter((f) => frames.has(f.id)),
  };
  prepareCopies(subset, cache, area, camera.zoom, dpr, performance.now() + 200);
  const drawn = drawStill(canvas, (ctx) =>
    drawScene(ctx, subset, cache, {
      camera: own,
      dpr,
      margin: 0,
      area,
      hiddenNotes: new Set(),
      hiddenFrames: new Set(),
      frameOverrides: new Map(),
      dropTarget: null,
      focus: null,
      background: false,
    }),
  );
  if (!drawn) return null;
  canvas.hidden = false;
  return { area, camera };
}

/** The copy's transform for the drag so far: where its area lies on screen, moved by `delta` world units. */
export function dragCopyTransform(copy: DragCopy, camera: Camera, delta: { x: number; y: number }): string {
  const x = (copy.area.x + delta.x) * camera.zoom + camera.x;
  const y = (copy.area.y + delta.y) * camera.zoom + camera.y;
  const scale = camera.zoom / copy.camera.zoom;
  return `translate(${Math.round(x)}px, ${Math.round(y)}px)${scale === 1 ? '' : ` scale(${scale})`}`;
}
