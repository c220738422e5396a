/**
 * A uniform-grid spatial index over rectangles, for viewport culling, lasso selection and hit-testing.
 *
 * Why a grid and not an R-tree: stickies are all about the same size and spread fairly evenly, so a grid
 * with cells a few stickies wide answers a viewport query by visiting only the cells it overlaps, and it is
 * built in one linear pass (5,000 notes in a few milliseconds; bench/boardIndex.bench.ts measures it) — cheap
 * enough to rebuild on every commit.
 * The index is a plain object; `insertItem`/`removeItem` mutate it, everything else only reads.
 */
import { intersects, type Point, type Rect } from './rect';

export interface SpatialIndex {
  readonly cellSize: number;
  readonly cells: Map<number, string[]>;
  readonly rects: Map<string, Rect>;
}

export const DEFAULT_CELL_SIZE = 512;
/** Cell coordinates are packed into one number; this bounds the world to ±(OFFSET × cellSize) on each axis. */
const OFFSET = 1 << 20;
const SPAN = OFFSET * 2;

function cellKey(cx: number, cy: number): number {
  return (cx + OFFSET) * SPAN + (cy + OFFSET);
}

function cellRange(index: SpatialIndex, r: Rect): [number, number, number, number] {
  const s = index.cellSize;
  return [Math.floor(r.x / s), Math.floor(r.y / s), Math.floor((r.x + r.w) / s), Math.floor((r.y + r.h) / s)];
}

export function createIndex(cellSize = DEFAULT_CELL_SIZE): SpatialIndex {
  return { cellSize, cells: new Map(), rects: new Map() };
}

export function insertItem(index: SpatialIndex, id: string, rect: Rect): void {
  if (index.rects.has(id)) removeItem(index, id);
  index.rects.set(id, rect);
  const [x0, y0, x1, y1] = cellRange(index, rect);
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      const key = cellKey(cx, cy);
      const cell = index.cells.get(key);
      if (cell) cell.push(id);
      else index.cells.set(key, [id]);
    }
  }
}

export function removeItem(index: SpatialIndex, id: string): void {
  const rect = index.rects.get(id);
  if (!rect) return;
  index.rects.delete(id);
  const [x0, y0, x1, y1] = cellRange(index, rect);
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      const key = cellKey(cx, cy);
      const cell = index.cells.get(key);
      if (!cell) continue;
      const at = cell.indexOf(id);
      if (at >= 0) cell.splice(at, 1);
      if (!cell.length) index.cells.delete(key);
    }
  }
}

export function buildIndex(items: Iterable<{ id: string; rect: Rect }>, cellSize = DEFAULT_CELL_SIZE): SpatialIndex {
  const index = createIndex(cellSize);
  for (const item of items) insertItem(index, item.id, item.rect);
  return index;
}

/** Ids of every item whose rectangle intersects `area` (touching edges excluded), each once. */
export function queryRect(index: SpatialIndex, area: Rect): Set<string> {
  const found = new Set<string>();
  const [x0, y0, x1, y1] = cellRange(index, area);
  const cellsInArea = (x1 - x0 + 1) * (y1 - y0 + 1);
  // A query wider than the populated cells (a zoomed-out viewport) is cheaper as one pass over the items.
  if (cellsInArea > index.cells.size) {
    for (const [id, rect] of index.rects) if (intersects(rect, area)) found.add(id);
    return found;
  }
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      const cell = index.cells.get(cellKey(cx, cy));
      if (!cell) continue;
      for (const id of cell) {
        if (!found.has(id) && intersects(index.rects.get(id)!, area)) found.add(id);
      }
    }
  }
  return found;
}

/** Ids of the items containing `p` (edges included). */
export function queryPoint(index: SpatialIndex, p: Point): string[] {
  const s = index.cellSize;
  const cell = index.cells.get(cellKey(Math.floor(p.x / s), Math.floor(p.y / s)));
  if (!cell) return [];
  return cell.filter((id) => {
    const r = index.rects.get(id)!;
    return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
  });
}
