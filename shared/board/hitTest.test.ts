import { describe, expect, it } from 'vitest';
import { frameAt, framesIn, noteAt, notesInLasso, planDrop, stillCovered, visibleNotes } from './hitTest';
import { buildIndex } from './spatialIndex';
import type { Rect } from './rect';

const note = (x: number, y: number): Rect => ({ x, y, w: 100, h: 60 });

describe('hit-testing', () => {
  const index = buildIndex([
    { id: 'a', rect: note(0, 0) },
    { id: 'b', rect: note(50, 30) },
    { id: 'c', rect: note(400, 400) },
  ]);
  const paint = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ]);

  it('picks the topmost note under the pointer, or none', () => {
    expect(noteAt(index, { x: 60, y: 40 }, paint)).toBe('b');
    expect(noteAt(index, { x: 10, y: 10 }, paint)).toBe('a');
    expect(noteAt(index, { x: 300, y: 300 }, paint)).toBeNull();
    const reversed = new Map([
      ['a', 5],
      ['b', 1],
    ]);
    expect(noteAt(index, { x: 60, y: 40 }, reversed)).toBe('a');
  });

  it('lassoes the notes a rectangle touches', () => {
    expect([...notesInLasso(index, { x: -10, y: -10, w: 70, h: 50 })].sort()).toEqual(['a', 'b']);
    expect([...notesInLasso(index, { x: 390, y: 390, w: 5, h: 5 })]).toEqual([]);
    expect([...notesInLasso(index, { x: 0, y: 0, w: 1000, h: 1000 })].sort()).toEqual(['a', 'b', 'c']);
  });

  it('culls to the viewport plus a margin, and knows when a pan stays inside what is mounted', () => {
    expect([...visibleNotes(index, { x: 200, y: 200, w: 100, h: 100 }, 0)]).toEqual([]);
    expect([...visibleNotes(index, { x: 200, y: 200, w: 100, h: 100 }, 120)].sort()).toEqual(['b', 'c']);
    const mounted = { x: 0, y: 0, w: 1000, h: 1000 };
    expect(stillCovered(mounted, { x: 10, y: 10, w: 500, h: 500 })).toBe(true);
    expect(stillCovered(mounted, { x: 600, y: 10, w: 500, h: 500 })).toBe(false);
  });

  describe('frames', () => {
    const frames = new Map<string, Rect>([
      ['parent', { x: 0, y: 0, w: 1000, h: 1000 }],
      ['child', { x: 100, y: 100, w: 400, h: 400 }],
      ['overlap', { x: 800, y: 800, w: 600, h: 600 }],
      ['small', { x: 900, y: 900, w: 50, h: 50 }],
    ]);
    const depth = new Map([
      ['parent', 0],
      ['child', 1],
      ['overlap', 0],
      ['small', 0],
    ]);

    it('finds the innermost frame, then the smallest', () => {
      expect(frameAt(frames, depth, { x: 200, y: 200 })).toBe('child');
      expect(frameAt(frames, depth, { x: 700, y: 200 })).toBe('parent');
      expect(frameAt(frames, depth, { x: 850, y: 850 })).toBe('overlap');
      expect(frameAt(frames, depth, { x: 920, y: 920 })).toBe('small');
      expect(frameAt(frames, depth, { x: 2000, y: 0 })).toBeNull();
      expect(frameAt(frames, depth, { x: 200, y: 200 }, new Set(['child']))).toBe('parent');
    });

    it('plans a drop: the frame under the pointer takes every note; notes hanging outside snap into it', () => {
      const dropped = new Map([
        ['inside', note(150, 150)],
        ['outside', note(1500, 150)],
      ]);
      expect(planDrop(frames, depth, { x: 200, y: 200 }, dropped)).toEqual({
        themeId: 'child',
        keepPosition: ['inside'],
        snap: ['outside'],
      });
      expect(planDrop(frames, depth, { x: 3000, y: 3000 }, dropped)).toEqual({
        themeId: null,
        keepPosition: ['inside', 'outside'],
        snap: [],
      });
    });

    it('lists the frames in a rectangle', () => {
      expect(framesIn(frames, { x: 1200, y: 1200, w: 10, h: 10 })).toEqual(['overlap']);
    });
  });
});
