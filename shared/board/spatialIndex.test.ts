import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex, createIndex, insertItem, queryPoint, queryRect, removeItem } from './spatialIndex';
import { intersects, type Rect } from './rect';

const rectArb = fc.record({
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
  w: fc.integer({ min: 1, max: 900 }),
  h: fc.integer({ min: 1, max: 900 }),
});

describe('spatial index', () => {
  it('answers rectangle queries exactly as a linear scan would', () => {
    fc.assert(
      fc.property(
        fc.array(rectArb, { maxLength: 200 }),
        rectArb,
        fc.constantFrom(64, 256, 512),
        (rects, area, cell) => {
          const items = rects.map((rect, i) => ({ id: `n${i}`, rect }));
          const index = buildIndex(items, cell);
          const expected = items
            .filter((item) => intersects(item.rect, area))
            .map((item) => item.id)
            .sort();
          return JSON.stringify([...queryRect(index, area)].sort()) === JSON.stringify(expected);
        },
      ),
    );
  });

  it('finds the items under a point, edges included, and none in empty space', () => {
    const index = buildIndex([
      { id: 'a', rect: { x: 0, y: 0, w: 100, h: 100 } },
      { id: 'b', rect: { x: 50, y: 50, w: 100, h: 100 } },
      { id: 'far', rect: { x: 5000, y: 5000, w: 10, h: 10 } },
    ]);
    expect(queryPoint(index, { x: 75, y: 75 }).sort()).toEqual(['a', 'b']);
    expect(queryPoint(index, { x: 100, y: 100 }).sort()).toEqual(['a', 'b']);
    expect(queryPoint(index, { x: 10, y: 10 })).toEqual(['a']);
    expect(queryPoint(index, { x: 2000, y: 2000 })).toEqual([]);
    expect(queryPoint(index, { x: -1, y: 0 })).toEqual([]);
  });

  it('moves and removes items', () => {
    const index = createIndex(100);
    insertItem(index, 'a', { x: 0, y: 0, w: 50, h: 50 });
    insertItem(index, 'a', { x: 1000, y: 1000, w: 50, h: 50 });
    expect([...queryRect(index, { x: 0, y: 0, w: 60, h: 60 })]).toEqual([]);
    expect([...queryRect(index, { x: 990, y: 990, w: 20, h: 20 })]).toEqual(['a']);
    removeItem(index, 'a');
    expect(index.cells.size).toBe(0);
    expect(index.rects.size).toBe(0);
  });

  // How fast this is at 5,000 and 10,000 stickies is measured by bench/boardIndex.bench.ts, not asserted here.
  it('indexes 5,000 stickies: a viewport query finds what is in view, a whole-board query finds them all', () => {
    const items: { id: string; rect: Rect }[] = [];
    for (let i = 0; i < 5000; i++)
      items.push({ id: `n${i}`, rect: { x: (i % 100) * 200, y: Math.floor(i / 100) * 130, w: 180, h: 112 } });
    const index = buildIndex(items);
    const viewport = queryRect(index, { x: 1000, y: 1000, w: 1600, h: 900 });
    const all = queryRect(index, { x: -1e6, y: -1e6, w: 2e6, h: 2e6 });
    expect(viewport.size).toBe(8 * 8);
    expect(all.size).toBe(5000);
  });
});
