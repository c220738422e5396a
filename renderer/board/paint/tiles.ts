/**
 * The board's picture in tiles: square canvases laid on a grid in the board's space at one zoom (world units
 * times the zoom, so a pan moves every tile together and invalidates none). Which tiles a view needs, nearest
 * the middle first, and which can go — pure functions, so the painter's bookkeeping is tested on its own.
 */
import type { Camera, Size } from '../../../shared/board/camera';
import type { Rect } from '../../../shared/board/rect';

/** A tile's side in CSS pixels. */
export const TILE = 512;

export interface TileKey {
  i: number;
  j: number;
}

export const tileId = (t: TileKey) => `${t.i}:${t.j}`;

/** The tiles covering the view (plus `ring` tiles all round), the ones nearest the middle of the view first. */
export function tilesFor(camera: Camera, size: Size, ring: number): TileKey[] {
  // The view in board space (zoomed pixels): the tiles' grid does not move with the camera.
  const left = -camera.x;
  const top = -camera.y;
  const i0 = Math.floor(left / TILE) - ring;
  const j0 = Math.floor(top / TILE) - ring;
  const i1 = Math.floor((left + size.w) / TILE) + ring;
  const j1 = Math.floor((top + size.h) / TILE) + ring;
  const mid = { i: (left + size.w / 2) / TILE - 0.5, j: (top + size.h / 2) / TILE - 0.5 };
  const tiles: TileKey[] = [];
  for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) tiles.push({ i, j });
  return tiles.sort((a, b) => Math.hypot(a.i - mid.i, a.j - mid.j) - Math.hypot(b.i - mid.i, b.j - mid.j));
}

/** Whether a tile shows any of the view (rather than only the ring around it). */
export function tileVisible(tile: TileKey, camera: Camera, size: Size): boolean {
  const x = tile.i * TILE + camera.x;
  const y = tile.j * TILE + camera.y;
  return x < size.w && x + TILE > 0 && y < size.h && y + TILE > 0;
}

/** The world rectangle a tile shows at `zoom`. */
export function tileWorld(tile: TileKey, zoom: number): Rect {
  return { x: (tile.i * TILE) / zoom, y: (tile.j * TILE) / zoom, w: TILE / zoom, h: TILE / zoom };
}

/** The camera that draws a tile: its top-left corner at the canvas's. */
export function tileCamera(tile: TileKey, zoom: number): Camera {
  return { x: -tile.i * TILE, y: -tile.j * TILE, zoom };
}
