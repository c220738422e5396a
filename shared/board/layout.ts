/**
 * Where everything sits on a board when the data does not say: the layout kernel.
 *
 * Contract (plain data in, plain data out, no effects):
 * - A note's stored position (x, y) is explicit unless it is exactly (0, 0), which means "not placed yet"
 *   (the schema's default). Explicit positions are always honoured.
 * - Unplaced notes of a theme fill the free grid slots of the theme's frame, in the order given, skipping
 *   slots that a placed note of that theme already covers. A stored frame grows downward on screen (not in
 *   the data) when its notes need more room.
 * - A theme without a stored frame gets one sized to its unplaced notes and its own auto-framed sub-themes,
 *   which are laid out inside it below its notes. Root auto frames flow in rows to the right of the pile,
 *   stepping around stored frames so they never cover one.
 * - Unplaced notes without a theme (or whose theme is not on this board) form "the pile" of their region: a
 *   grid at the region's origin whose column count depends only on how many notes the region has, so it does
 *   not reflow as notes leave it for themes.
 * - Regions (optional; one at the origin by default) keep groups of notes apart: each session has its own on
 *   the whole-project board (shared/board/regions.ts), so notes arriving from different sessions never land
 *   on each other. A theme's auto frame flows to the right of its region's pile.
 */
import { boundsOf, intersects, type Rect } from './rect';

export const NOTE_W = 180;
export const NOTE_H = 112;
export const NOTE_GAP = 16;
export const FRAME_PADDING = 20;
export const FRAME_HEADER = 48;
export const FRAME_GAP = 48;
/** Horizontal space between the pile and the first auto frame. */
export const PILE_GAP = 160;
const MAX_FRAME_COLUMNS = 8;
export const ROOT_FLOW_WIDTH = 4200;
const DEFAULT_REGION: LayoutRegion = { key: '', origin: { x: 0, y: 0 } };

export interface LayoutNote {
  id: string;
  themeId: string | null;
  x: number;
  y: number;
  /** The region whose pile holds it while it is unplaced and without a theme (default: the first region). */
  region?: string;
}

export interface LayoutTheme {
  id: string;
  parentId: string | null;
  frame: Rect | null;
  /** The region its auto frame flows in (default: the first region). */
  region?: string;
}

export interface LayoutRegion {
  key: string;
  origin: { x: number; y: number };
  /** The pile's columns; by default they follow how many notes the region has. */
  pileColumns?: number;
  /** How wide a row of auto frames may grow before it wraps. */
  flowWidth?: number;
}

export interface BoardLayout {
  /** Every note's rectangle, in the order the notes were given (also their paint order). */
  notes: Map<string, Rect>;
  /** Every theme's displayed frame. */
  frames: Map<string, Rect>;
  /** Themes whose displayed frame was laid out here rather than stored. */
  autoFrames: Set<string>;
  /** Nesting depth of each theme on this board (0 for a root), for hit-testing the innermost frame. */
  depth: Map<string, number>;
  /** Notes that are unplaced and lie in a frame's slots or the pile: they move when the layout reflows. */
  unplaced: Set<string>;
  /** The first region's pile (where unsorted notes lie), or null when it has none. */
  pile: Rect | null;
  /** Each region's extent (its pile and auto frames), for naming it on the board. */
  regions: Map<string, Rect>;
  bounds: Rect | null;
}

export function isPlaced(note: { x: number; y: number }): boolean {
  return note.x !== 0 || note.y !== 0;
}

/**
 * A position as it should be stored: rounded, and never exactly (0, 0), which would read as "unplaced".
 */
export function storedPosition(x: number, y: number): { x: number; y: number } {
  const rx = Math.round(x);
  const ry = Math.round(y);
  return rx === 0 && ry === 0 ? { x: 1, y: 0 } : { x: rx, y: ry };
}

export function pileColumns(noteCount: number): number {
  return Math.max(4, Math.min(60, Math.ceil(Math.sqrt(noteCount * 1.6))));
}

export function frameColumns(noteCount: number): number {
  return Math.max(2, Math.min(MAX_FRAME_COLUMNS, Math.ceil(Math.sqrt(noteCount))));
}

function slotRect(originX: number, originY: number, cols: number, i: number): Rect {
  return {
    x: originX + (i % cols) * (NOTE_W + NOTE_GAP),
    y: originY + Math.floor(i / cols) * (NOTE_H + NOTE_GAP),
    w: NOTE_W,
    h: NOTE_H,
  };
}

function gridSize(count: number, cols: number): { w: number; h: number } {
  const rows = Math.max(1, Math.ceil(count / cols));
  return { w: cols * (NOTE_W + NOTE_GAP) - NOTE_GAP, h: rows * (NOTE_H + NOTE_GAP) - NOTE_GAP };
}

/** Row-wrapping flow of boxes: relative positions and the size they take. */
function flow(sizes: { w: number; h: number }[], maxWidth: number, gap: number) {
  const at: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowH = 0;
  let width = 0;
  for (const size of sizes) {
    if (x > 0 && x + size.w > maxWidth) {
      x = 0;
      y += rowH + gap;
      rowH = 0;
    }
    at.push({ x, y });
    x += size.w + gap;
    rowH = Math.max(rowH, size.h);
    width = Math.max(width, x - gap);
  }
  return { at, w: width, h: sizes.length ? y + rowH : 0 };
}

/** Themes as a forest: roots (a missing parent or a cycle, which sync could produce, makes a root), children, depth. */
function forest(themes: readonly LayoutTheme[]) {
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const children = new Map<string, LayoutTheme[]>();
  const roots: LayoutTheme[] = [];
  const depth = new Map<string, number>();
  for (const theme of themes) {
    const isRoot = !theme.parentId || !themeById.has(theme.parentId) || inCycle(theme, themeById);
    if (isRoot) roots.push(theme);
    else {
      const list = children.get(theme.parentId!) ?? [];
      list.push(theme);
      children.set(theme.parentId!, list);
    }
  }
  const setDepth = (theme: LayoutTheme, d: number) => {
    depth.set(theme.id, d);
    for (const child of children.get(theme.id) ?? []) setDepth(child, d + 1);
  };
  roots.forEach((root) => setDepth(root, 0));
  return { themeById, children, roots, depth };
}

function push<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** Sorts notes into placed ones (kept), unplaced ones of a theme (to fill its frame) and each region's pile. */
function sortNotes(notes: readonly LayoutNote[], themeById: ReadonlyMap<string, LayoutTheme>, firstRegion: string) {
  const rects = new Map<string, Rect>();
  const unplacedByTheme = new Map<string, string[]>();
  const placedByTheme = new Map<string, Rect[]>();
  const piles = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const unplaced = new Set<string>();
  for (const note of notes) {
    const region = note.region ?? firstRegion;
    counts.set(region, (counts.get(region) ?? 0) + 1);
    const themed = note.themeId !== null && themeById.has(note.themeId);
    if (isPlaced(note)) {
      const rect = { x: note.x, y: note.y, w: NOTE_W, h: NOTE_H };
      rects.set(note.id, rect);
      if (themed) push(placedByTheme, note.themeId!, rect);
      continue;
    }
    unplaced.add(note.id);
    rects.set(note.id, { x: 0, y: 0, w: NOTE_W, h: NOTE_H });
    if (themed) push(unplacedByTheme, note.themeId!, note.id);
    else push(piles, region, note.id);
  }
  return { rects, unplacedByTheme, placedByTheme, piles, counts, unplaced };
}

export function layoutBoard(
  notes: readonly LayoutNote[],
  themes: readonly LayoutTheme[],
  regionList: readonly LayoutRegion[] = [DEFAULT_REGION],
): BoardLayout {
  const regions = regionList.length ? regionList : [DEFAULT_REGION];
  const regionByKey = new Map(regions.map((r) => [r.key, r]));
  const regionOf = (key: string | undefined) => regionByKey.get(key ?? '') ?? regions[0]!;
  const { themeById, children, roots, depth } = forest(themes);
  const sorted = sortNotes(notes, themeById, regions[0]!.key);
  const { rects, unplacedByTheme, placedByTheme } = sorted;

  // Each region's pile.
  const piles = new Map<string, Rect>();
  for (const region of regions) {
    const pile = sorted.piles.get(region.key) ?? [];
    const cols = region.pileColumns ?? pileColumns(sorted.counts.get(region.key) ?? 0);
    pile.forEach((id, i) => rects.set(id, slotRect(region.origin.x, region.origin.y, cols, i)));
    if (pile.length) piles.set(region.key, { ...region.origin, ...gridSize(pile.length, Math.min(cols, pile.length)) });
  }

  const frames = new Map<string, Rect>();
  const autoFrames = new Set<string>();
  const autoChildren = (id: string) => (children.get(id) ?? []).filter((c) => !c.frame);

  // Sizes of auto frames, bottom-up.
  const sizes = new Map<string, { w: number; h: number; notesH: number; kids: ReturnType<typeof flow> }>();
  const measure = (theme: LayoutTheme): { w: number; h: number } => {
    const count = unplacedByTheme.get(theme.id)?.length ?? 0;
    const block = gridSize(count, frameColumns(count));
    const kids = autoChildren(theme.id).map(measure);
    const widest = kids.reduce((m, k) => Math.max(m, k.w), 0);
    const kidFlow = flow(kids, Math.max(block.w, widest * 2 + FRAME_GAP), FRAME_GAP);
    const w = Math.max(block.w, kidFlow.w) + 2 * FRAME_PADDING;
    const h = FRAME_HEADER + block.h + (kids.length ? FRAME_GAP / 2 + kidFlow.h : 0) + FRAME_PADDING;
    sizes.set(theme.id, { w, h, notesH: block.h, kids: kidFlow });
    return { w, h };
  };

  /** Fills a frame's note slots and places its auto sub-frames; returns the frame as displayed. */
  const place = (theme: LayoutTheme, frame: Rect, cols: number): Rect => {
    const ids = unplacedByTheme.get(theme.id) ?? [];
    const blockers = placedByTheme.get(theme.id) ?? [];
    const originX = frame.x + FRAME_PADDING;
    const originY = frame.y + FRAME_HEADER;
    let slot = 0;
    let bottom = frame.y + frame.h;
    for (const id of ids) {
      let rect = slotRect(originX, originY, cols, slot++);
      for (let guard = 0; blockers.some((b) => intersects(b, rect)) && guard < 10_000; guard++)
        rect = slotRect(originX, originY, cols, slot++);
      rects.set(id, rect);
      bottom = Math.max(bottom, rect.y + rect.h + FRAME_PADDING);
    }
    const kids = autoChildren(theme.id);
    if (kids.length) {
      const measured = sizes.get(theme.id);
      const kidSizes = kids.map((k) => sizes.get(k.id) ?? measure(k));
      const kidFlow = measured?.kids ?? flow(kidSizes, frame.w - 2 * FRAME_PADDING, FRAME_GAP);
      const notesBottom = measured
        ? originY + measured.notesH
        : Math.max(originY + NOTE_H, ...ids.map((id) => rects.get(id)!.y + NOTE_H), ...blockers.map((b) => b.y + b.h));
      const top = notesBottom + FRAME_GAP / 2;
      kids.forEach((kid, i) => {
        const size = kidSizes[i]!;
        const at = kidFlow.at[i]!;
        const kidFrame = place(
          kid,
          { x: originX + at.x, y: top + at.y, w: size.w, h: size.h },
          frameColumns(unplacedByTheme.get(kid.id)?.length ?? 0),
        );
        autoFrames.add(kid.id);
        bottom = Math.max(bottom, kidFrame.y + kidFrame.h + FRAME_PADDING);
      });
    }
    const shown = { x: frame.x, y: frame.y, w: frame.w, h: Math.max(frame.h, bottom - frame.y) };
    frames.set(theme.id, shown);
    return shown;
  };

  // Stored frames first: auto frames step around them.
  for (const theme of themes.filter((t) => t.frame)) {
    const frame = theme.frame!;
    for (const kid of autoChildren(theme.id)) measure(kid);
    const cols = Math.max(1, Math.floor((frame.w - 2 * FRAME_PADDING + NOTE_GAP) / (NOTE_W + NOTE_GAP)));
    place(theme, frame, cols);
  }
  // Stored sub-frames of auto frames were placed above; the remaining auto frames are roots, flowing in their
  // region to the right of its pile.
  const obstacles = [...frames.values()];
  const extents = new Map<string, Rect[]>();
  for (const region of regions) {
    const pile = piles.get(region.key);
    extents.set(region.key, pile ? [pile] : []);
    const startX = (pile ? pile.x + pile.w : region.origin.x) + PILE_GAP;
    const flowWidth = region.flowWidth ?? ROOT_FLOW_WIDTH;
    let cursorX = startX;
    let cursorY = region.origin.y;
    let rowH = 0;
    for (const theme of roots.filter((t) => !t.frame && regionOf(t.region) === region)) {
      const size = measure(theme);
      let candidate: Rect = { x: cursorX, y: cursorY, ...size };
      for (let guard = 0; guard < 1000; guard++) {
        if (cursorX > startX && cursorX + size.w > startX + flowWidth) {
          cursorX = startX;
          cursorY += rowH + FRAME_GAP;
          rowH = 0;
        }
        candidate = { x: cursorX, y: cursorY, ...size };
        const blocker = obstacles.find((o) => intersects(o, candidate));
        if (!blocker) break;
        cursorX = blocker.x + blocker.w + FRAME_GAP;
      }
      const shown = place(theme, candidate, frameColumns(unplacedByTheme.get(theme.id)?.length ?? 0));
      autoFrames.add(theme.id);
      obstacles.push(shown);
      extents.get(region.key)!.push(shown);
      cursorX = candidate.x + size.w + FRAME_GAP;
      rowH = Math.max(rowH, shown.h);
    }
  }

  const regionRects = new Map<string, Rect>();
  for (const [key, list] of extents) {
    const extent = boundsOf(list);
    if (extent) regionRects.set(key, extent);
  }
  const bounds = boundsOf([...rects.values(), ...frames.values()]);
  return {
    notes: rects,
    frames,
    autoFrames,
    depth,
    unplaced: sorted.unplaced,
    pile: piles.get(regions[0]!.key) ?? null,
    regions: regionRects,
    bounds,
  };
}

function inCycle(theme: LayoutTheme, themeById: Map<string, LayoutTheme>): boolean {
  const seen = new Set<string>([theme.id]);
  let parentId = theme.parentId;
  while (parentId) {
    if (seen.has(parentId)) return true;
    seen.add(parentId);
    const parent = themeById.get(parentId);
    if (!parent) return false;
    parentId = parent.parentId;
  }
  return false;
}
