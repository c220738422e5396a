import { describe, expect, it } from 'vitest';
import {
  FRAME_HEADER,
  FRAME_PADDING,
  isPlaced,
  layoutBoard,
  NOTE_H,
  NOTE_W,
  pileColumns,
  storedPosition,
  type LayoutNote,
  type LayoutTheme,
} from './layout';
import { containsRect, intersects, type Rect } from './rect';

const unplaced = (id: string, themeId: string | null = null): LayoutNote => ({ id, themeId, x: 0, y: 0 });
const theme = (id: string, parentId: string | null = null, frame: Rect | null = null): LayoutTheme => ({
  id,
  parentId,
  frame,
});

function noOverlaps(rects: Rect[]): boolean {
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) if (intersects(rects[i]!, rects[j]!)) return false;
  return true;
}

describe('board layout', () => {
  it('treats (0, 0) as unplaced and never stores it', () => {
    expect(isPlaced({ x: 0, y: 0 })).toBe(false);
    expect(isPlaced({ x: 0, y: 5 })).toBe(true);
    expect(storedPosition(0.2, -0.3)).toEqual({ x: 1, y: 0 });
    expect(storedPosition(10.6, 3.2)).toEqual({ x: 11, y: 3 });
  });

  it('lays the unsorted notes in a pile at the origin, without overlaps, and keeps placed notes where they are', () => {
    const notes = [
      ...Array.from({ length: 30 }, (_, i) => unplaced(`n${i}`)),
      { id: 'placed', themeId: null, x: 5000, y: 40 },
    ];
    const layout = layoutBoard(notes, []);
    expect(layout.notes.get('n0')).toEqual({ x: 0, y: 0, w: NOTE_W, h: NOTE_H });
    expect(layout.notes.get('placed')).toEqual({ x: 5000, y: 40, w: NOTE_W, h: NOTE_H });
    expect(noOverlaps(notes.slice(0, 30).map((n) => layout.notes.get(n.id)!))).toBe(true);
    const cols = pileColumns(31);
    expect(layout.notes.get(`n${cols}`)!.x).toBe(0);
    expect(layout.notes.get(`n${cols}`)!.y).toBeGreaterThan(0);
    expect(layout.unplaced.has('n3')).toBe(true);
    expect(layout.unplaced.has('placed')).toBe(false);
    expect(containsRect(layout.pile!, layout.notes.get('n29')!)).toBe(true);
  });

  it('gives themes without a frame one that holds their notes, right of the pile, none overlapping', () => {
    const notes = [
      ...Array.from({ length: 10 }, (_, i) => unplaced(`pile${i}`)),
      ...Array.from({ length: 7 }, (_, i) => unplaced(`a${i}`, 'A')),
      ...Array.from({ length: 3 }, (_, i) => unplaced(`b${i}`, 'B')),
    ];
    const layout = layoutBoard(notes, [theme('A'), theme('B'), theme('empty')]);
    const frameA = layout.frames.get('A')!;
    const frameB = layout.frames.get('B')!;
    expect(layout.autoFrames).toEqual(new Set(['A', 'B', 'empty']));
    expect(frameA.x).toBeGreaterThan(layout.pile!.x + layout.pile!.w);
    for (let i = 0; i < 7; i++) expect(containsRect(frameA, layout.notes.get(`a${i}`)!)).toBe(true);
    for (let i = 0; i < 3; i++) expect(containsRect(frameB, layout.notes.get(`b${i}`)!)).toBe(true);
    expect(noOverlaps([...layout.frames.values()])).toBe(true);
    expect(layout.frames.get('empty')!.h).toBeGreaterThanOrEqual(FRAME_HEADER + NOTE_H);
    // The first note sits under the frame's title.
    expect(layout.notes.get('a0')).toMatchObject({ x: frameA.x + FRAME_PADDING, y: frameA.y + FRAME_HEADER });
  });

  it('fills a stored frame’s free slots around placed notes, and grows it on screen when it is full', () => {
    const frame = {
      x: 1000,
      y: 1000,
      w: 2 * NOTE_W + 16 + 2 * FRAME_PADDING,
      h: FRAME_HEADER + NOTE_H + FRAME_PADDING,
    };
    const placed: LayoutNote = { id: 'p', themeId: 'S', x: frame.x + FRAME_PADDING, y: frame.y + FRAME_HEADER };
    const notes = [placed, unplaced('u1', 'S'), unplaced('u2', 'S')];
    const layout = layoutBoard(notes, [theme('S', null, frame)]);
    const shown = layout.frames.get('S')!;
    expect(layout.autoFrames.has('S')).toBe(false);
    expect(shown.x).toBe(frame.x);
    expect(shown.h).toBeGreaterThan(frame.h);
    const rects = notes.map((n) => layout.notes.get(n.id)!);
    expect(noOverlaps(rects)).toBe(true);
    for (const rect of rects) expect(containsRect(shown, rect)).toBe(true);
  });

  it('never lays an auto frame over a stored one', () => {
    const storedFrame = { x: 0, y: 0, w: 10_000, h: 400 };
    const layout = layoutBoard([unplaced('a', 'A')], [theme('S', null, storedFrame), theme('A')]);
    expect(intersects(layout.frames.get('A')!, layout.frames.get('S')!)).toBe(false);
  });

  it('nests auto sub-themes inside their parent, and knows each theme’s depth', () => {
    const notes = [unplaced('p1', 'P'), unplaced('c1', 'C'), unplaced('c2', 'C'), unplaced('g1', 'G')];
    const layout = layoutBoard(notes, [theme('P'), theme('C', 'P'), theme('G', 'C'), theme('D', 'P')]);
    const parent = layout.frames.get('P')!;
    const child = layout.frames.get('C')!;
    expect(containsRect(parent, child)).toBe(true);
    expect(containsRect(child, layout.frames.get('G')!)).toBe(true);
    expect(containsRect(parent, layout.frames.get('D')!)).toBe(true);
    expect(intersects(child, layout.frames.get('D')!)).toBe(false);
    expect(containsRect(child, layout.notes.get('c2')!)).toBe(true);
    expect(intersects(layout.notes.get('p1')!, child)).toBe(false);
    expect(layout.depth.get('G')).toBe(2);
  });

  it('survives a parent cycle or a missing parent by treating those themes as roots', () => {
    const layout = layoutBoard([unplaced('x', 'X')], [theme('X', 'Y'), theme('Y', 'X'), theme('Z', 'gone')]);
    expect(layout.depth.get('X')).toBe(0);
    expect(layout.depth.get('Z')).toBe(0);
    expect(noOverlaps([...layout.frames.values()])).toBe(true);
  });

  it('puts notes of a theme that is not on this board into the pile', () => {
    const layout = layoutBoard([unplaced('n', 'elsewhere')], []);
    expect(layout.notes.get('n')).toEqual({ x: 0, y: 0, w: NOTE_W, h: NOTE_H });
  });

  it('lays out 5,000 notes in 40 themes, root frames apart', () => {
    const themes = Array.from({ length: 40 }, (_, i) => theme(`t${i}`, i % 5 === 4 ? `t${i - 1}` : null));
    const notes = Array.from({ length: 5000 }, (_, i) => unplaced(`n${i}`, i % 2 ? `t${i % 40}` : null));
    const layout = layoutBoard(notes, themes);
    expect(layout.notes.size).toBe(5000);
    expect(
      noOverlaps([...layout.frames.entries()].filter(([id]) => layout.depth.get(id) === 0).map(([, r]) => r)),
    ).toBe(true);
  });
});
