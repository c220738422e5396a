/**
 * Drawn copies of stickies, so moving the board redraws a few hundred small images instead of laying out a few
 * hundred texts. A copy is drawn at the raster scale of the moment, rounded to a quarter octave (a copy made
 * at 0.75 serves 0.7 to 0.8); while the camera moves, the nearest copy at any scale is used and scaled, and
 * copies at the exact scale are made after it settles. Least recently used copies go once the cache holds
 * more pixels than its budget.
 */
import type { Detail } from '../../../shared/board/detail';
import { NOTE_H, NOTE_W } from '../../../shared/board/layout';
import type { StickyFace } from './scene';
import { drawSticky, type Context2D } from './stickyFace';

export type Surface = OffscreenCanvas | HTMLCanvasElement;

export interface Copy {
  image: Surface;
  /** Raster pixels per world unit. */
  scale: number;
}

/** Which scale a copy is drawn at: quarter octaves, so scales a few percent apart share copies. */
export function scaleBucket(scale: number): number {
  return 2 ** (Math.round(Math.log2(scale) * 4) / 4);
}

export interface FaceVariant {
  detail: Detail;
  dimmed: boolean;
  search: string;
  /** The zoom the far face's text size follows. */
  zoom: number;
}

function variantKey(face: StickyFace, variant: FaceVariant): string {
  const look = variant.detail === 'near' ? `${variant.search}` : variant.detail === 'far' ? '' : 'b';
  return `${variant.detail}|${variant.dimmed ? 1 : 0}|${look}|${face.key}`;
}

export type MakeSurface = (width: number, height: number) => Surface | null;

export const makeSurface: MakeSurface = (width, height) => {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

export class FaceCache {
  /** By note id: its face's variant key, and copies by scale bucket (in use order, oldest first). */
  private readonly copies = new Map<string, { key: string; byScale: Map<number, Copy> }>();
  private pixels = 0;

  constructor(
    private readonly budget = 24_000_000,
    private readonly make: MakeSurface = makeSurface,
  ) {}

  get size(): number {
    return this.pixels;
  }

  /** A copy at exactly `scale`'s bucket, drawn now if there is none; null if no surface can be made. */
  exact(id: string, face: StickyFace, variant: FaceVariant, scale: number): Copy | null {
    const entry = this.entryFor(id, variantKey(face, variant));
    const bucket = scaleBucket(scale);
    const found = entry.byScale.get(bucket);
    if (found) return this.touch(id, entry, found);
    const w = Math.max(1, Math.ceil(NOTE_W * bucket));
    const h = Math.max(1, Math.ceil(NOTE_H * bucket));
    const image = this.make(w, h);
    const ctx = image?.getContext('2d') as Context2D | null | undefined;
    if (!image || !ctx) return null;
    ctx.scale(w / NOTE_W, h / NOTE_H);
    drawSticky(ctx, face, { ...variant });
    const copy = { image, scale: bucket };
    entry.byScale.set(bucket, copy);
    this.pixels += w * h;
    this.touch(id, entry, copy);
    this.evict();
    return copy;
  }

  /** The copy nearest `scale` that already exists, or null: drawing one is left for when the camera settles. */
  nearest(id: string, face: StickyFace, variant: FaceVariant, scale: number): Copy | null {
    const entry = this.copies.get(id);
    if (!entry || entry.key !== variantKey(face, variant)) return null;
    let best: Copy | null = null;
    for (const copy of entry.byScale.values())
      if (!best || Math.abs(Math.log(copy.scale / scale)) < Math.abs(Math.log(best.scale / scale))) best = copy;
    return best && this.touch(id, entry, best);
  }

  has(id: string, face: StickyFace, variant: FaceVariant, scale: number): boolean {
    const entry = this.copies.get(id);
    return Boolean(entry && entry.key === variantKey(face, variant) && entry.byScale.has(scaleBucket(scale)));
  }

  clear(): void {
    this.copies.clear();
    this.pixels = 0;
  }

  private entryFor(id: string, key: string) {
    let entry = this.copies.get(id);
    if (entry && entry.key !== key) {
      this.drop(entry);
      entry = undefined;
    }
    if (!entry) {
      entry = { key, byScale: new Map() };
      this.copies.set(id, entry);
    }
    return entry;
  }

  private touch(id: string, entry: { key: string; byScale: Map<number, Copy> }, copy: Copy): Copy {
    // Map order is use order: re-inserting moves the note to the newest end.
    this.copies.delete(id);
    this.copies.set(id, entry);
    return copy;
  }

  private drop(entry: { byScale: Map<number, Copy> }): void {
    for (const copy of entry.byScale.values()) this.pixels -= copy.image.width * copy.image.height;
    entry.byScale.clear();
  }

  private evict(): void {
    for (const [id, entry] of this.copies) {
      if (this.pixels <= this.budget) return;
      this.drop(entry);
      this.copies.delete(id);
    }
  }
}
