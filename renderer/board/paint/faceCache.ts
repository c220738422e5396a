/**
 * Drawn copies of stickies, so moving the board redraws a few hundred small images instead of laying out a few
 * hundred texts. Copies live in atlases — a few large canvases per scale, each holding hundreds of copies in a
 * grid — rather than a canvas each: thousands of small canvases made the garbage collector stall the board.
 *
 * A copy is drawn at the raster scale of the moment, rounded to a quarter octave (a copy made at 0.75 serves
 * 0.7 to 0.8); while the camera moves, the nearest copy at any scale is used and scaled, and copies at the
 * exact scale are made once it is still. Least recently used copies give up their place once the atlases
 * hold more pixels than the budget.
 */
import type { Detail } from '../../../shared/board/detail';
import { NOTE_H, NOTE_W } from '../../../shared/board/layout';
import type { StickyFace } from './scene';
import { drawSticky, type Context2D } from './stickyFace';

export type Surface = OffscreenCanvas | HTMLCanvasElement;

/** Where a copy is: a rectangle of an atlas page, drawn at `scale` raster pixels per world unit. */
export interface Copy {
  image: Surface;
  sx: number;
  sy: number;
  sw: number;
  sh: number;
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

/** An atlas page's side: small enough that drawing into a page still being read is a cheap copy. */
const PAGE = 1024;

interface Page {
  surface: Surface;
  ctx: Context2D;
  free: number[];
}

/** Copies of one scale: pages of equal slots. */
class Atlas {
  readonly w: number;
  readonly h: number;
  readonly cols: number;
  readonly perPage: number;
  readonly pages: Page[] = [];

  constructor(readonly scale: number) {
    this.w = Math.max(1, Math.ceil(NOTE_W * scale));
    this.h = Math.max(1, Math.ceil(NOTE_H * scale));
    this.cols = Math.max(1, Math.floor(PAGE / this.w));
    this.perPage = this.cols * Math.max(1, Math.floor(PAGE / this.h));
  }

  /** A free slot (page index, slot index), adding a page if all are full; null if no surface can be made. */
  take(make: MakeSurface): [number, number] | null {
    for (let p = 0; p < this.pages.length; p++) {
      const slot = this.pages[p]!.free.pop();
      if (slot !== undefined) return [p, slot];
    }
    const surface = make(Math.min(PAGE, this.cols * this.w), Math.ceil(this.perPage / this.cols) * this.h);
    const ctx = surface?.getContext('2d') as Context2D | null | undefined;
    if (!surface || !ctx) return null;
    const free = Array.from({ length: this.perPage }, (_, i) => this.perPage - 1 - i);
    this.pages.push({ surface, ctx, free });
    return [this.pages.length - 1, free.pop()!];
  }

  give(page: number, slot: number): void {
    this.pages[page]?.free.push(slot);
  }

  copy(page: number, slot: number): Copy {
    return {
      image: this.pages[page]!.surface,
      sx: (slot % this.cols) * this.w,
      sy: Math.floor(slot / this.cols) * this.h,
      sw: this.w,
      sh: this.h,
      scale: this.scale,
    };
  }
}

interface Entry {
  key: string;
  /** Scale bucket → [page, slot]. */
  slots: Map<number, [number, number]>;
}

export class FaceCache {
  private readonly atlases = new Map<number, Atlas>();
  /** By note id, in use order (oldest first). */
  private readonly entries = new Map<string, Entry>();
  private pixels = 0;

  constructor(
    private readonly budget = 24_000_000,
    private readonly make: MakeSurface = makeSurface,
  ) {}

  /** Pixels held by copies. */
  get size(): number {
    return this.pixels;
  }

  /** A copy at exactly `scale`'s bucket, drawn now if there is none; null if no surface can be made. */
  exact(id: string, face: StickyFace, variant: FaceVariant, scale: number): Copy | null {
    const entry = this.entryFor(id, variantKey(face, variant));
    const bucket = scaleBucket(scale);
    const atlas = this.atlasFor(bucket);
    const found = entry.slots.get(bucket);
    if (found) return this.touch(id, entry, atlas.copy(...found));
    this.evict(atlas.w * atlas.h, id);
    const place = atlas.take(this.make);
    if (!place) return null;
    entry.slots.set(bucket, place);
    this.pixels += atlas.w * atlas.h;
    const copy = atlas.copy(...place);
    const ctx = atlas.pages[place[0]]!.ctx;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(copy.sx, copy.sy, copy.sw, copy.sh);
    ctx.beginPath();
    ctx.rect(copy.sx, copy.sy, copy.sw, copy.sh);
    ctx.clip();
    ctx.setTransform(copy.sw / NOTE_W, 0, 0, copy.sh / NOTE_H, copy.sx, copy.sy);
    drawSticky(ctx, face, variant);
    ctx.restore();
    return this.touch(id, entry, copy);
  }

  /** The copy nearest `scale` that already exists, or null: drawing one is left for when the camera settles. */
  nearest(id: string, face: StickyFace, variant: FaceVariant, scale: number): Copy | null {
    const entry = this.entries.get(id);
    if (!entry || entry.key !== variantKey(face, variant)) return null;
    let best: number | null = null;
    for (const bucket of entry.slots.keys())
      if (best === null || Math.abs(Math.log(bucket / scale)) < Math.abs(Math.log(best / scale))) best = bucket;
    return best === null ? null : this.touch(id, entry, this.atlasFor(best).copy(...entry.slots.get(best)!));
  }

  has(id: string, face: StickyFace, variant: FaceVariant, scale: number): boolean {
    const entry = this.entries.get(id);
    return Boolean(entry && entry.key === variantKey(face, variant) && entry.slots.has(scaleBucket(scale)));
  }

  clear(): void {
    this.entries.clear();
    this.atlases.clear();
    this.pixels = 0;
  }

  private atlasFor(bucket: number): Atlas {
    let atlas = this.atlases.get(bucket);
    if (!atlas) {
      atlas = new Atlas(bucket);
      this.atlases.set(bucket, atlas);
    }
    return atlas;
  }

  private entryFor(id: string, key: string): Entry {
    let entry = this.entries.get(id);
    if (entry && entry.key !== key) {
      this.release(entry);
      entry = undefined;
    }
    if (!entry) {
      entry = { key, slots: new Map() };
      this.entries.set(id, entry);
    }
    return entry;
  }

  private touch(id: string, entry: Entry, copy: Copy): Copy {
    // Map order is use order: re-inserting moves the note to the newest end.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return copy;
  }

  private release(entry: Entry): void {
    for (const [bucket, [page, slot]] of entry.slots) {
      const atlas = this.atlasFor(bucket);
      atlas.give(page, slot);
      this.pixels -= atlas.w * atlas.h;
    }
    entry.slots.clear();
  }

  /** Frees the least recently used copies until `more` pixels fit in the budget (never `keep`'s). */
  private evict(more: number, keep: string): void {
    for (const [id, entry] of this.entries) {
      if (this.pixels + more <= this.budget) return;
      if (id === keep) continue;
      this.release(entry);
      this.entries.delete(id);
    }
  }
}
