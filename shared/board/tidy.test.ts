import { describe, expect, it } from 'vitest';
import { intersects, type Rect } from './rect';
import { planTidy, type TidyBoard } from './tidy';
import { rowOfRegions, SHARED_REGION, slotGeometry } from './regions';
import { layoutBoard, NOTE_H, NOTE_W } from './layout';

function overlaps(rects: Rect[]): [number, number] | null {
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) if (intersects(rects[i]!, rects[j]!)) return [i, j];
  return null;
}

const sessions = [
  { id: 's1', groupId: 'youth' },
  { id: 's2', groupId: 'seniors' },
  { id: 's3', groupId: 'youth' },
];

function board(): TidyBoard {
  const notes = [];
  for (const [s, n] of [
    ['s1', 14],
    ['s2', 30],
    ['s3', 5],
  ] as const)
    for (let i = 0; i < n; i++)
      notes.push({ id: `${s}-${i}`, sessionId: s, themeId: i % 3 === 0 ? `t-${s}` : i % 5 === 0 ? 'shared' : null });
  return {
    notes,
    themes: [
      { id: 't-s1', parentId: null, sessionId: 's1' },
      { id: 't-s2', parentId: null, sessionId: 's2' },
      { id: 't-s3', parentId: null, sessionId: 's3' },
      { id: 'shared', parentId: null, sessionId: null },
      { id: 'sub', parentId: 'shared', sessionId: null },
    ],
    sessions,
    groups: [{ id: 'youth' }, { id: 'seniors' }],
    session: null,
    sessionCounts: new Map([
      ['s1', 14],
      ['s2', 30],
      ['s3', 5],
    ]),
  };
}

describe('regions', () => {
  it('puts each session in a slot of its own, which moves only when an earlier session crosses a size step', () => {
    const before = rowOfRegions(
      ['s1', 's2', 's3'],
      new Map([
        ['s1', 20],
        ['s2', 3],
      ]),
    );
    const after = rowOfRegions(
      ['s1', 's2', 's3'],
      new Map([
        ['s1', 31],
        ['s2', 7],
        ['s3', 40],
      ]),
    );
    expect(before.map((r) => r.origin).slice(0, 3)).toEqual(after.map((r) => r.origin).slice(0, 3));
    expect(before.at(-1)!.key).toBe(SHARED_REGION);
    expect(slotGeometry(40).width).toBeGreaterThan(slotGeometry(20).width);
    const grown = rowOfRegions(['s1', 's2'], new Map([['s1', 33]]));
    expect(grown[1]!.origin.x).toBeGreaterThan(before[1]!.origin.x);
  });

  it('lays out unplaced notes of different sessions in separate regions, not on top of each other', () => {
    const regions = rowOfRegions(
      ['s1', 's2'],
      new Map([
        ['s1', 10],
        ['s2', 10],
      ]),
    );
    const notes = [
      ...Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, themeId: null, x: 0, y: 0, region: 's1' })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: `b${i}`, themeId: null, x: 0, y: 0, region: 's2' })),
    ];
    const layout = layoutBoard(notes, [], regions);
    expect(overlaps([...layout.notes.values()])).toBeNull();
    expect(layout.notes.get('a0')).toEqual({ x: 0, y: 0, w: NOTE_W, h: NOTE_H });
    expect(layout.notes.get('b0')!.x).toBe(regions[1]!.origin.x);
    expect(layout.regions.get('s2')!.x).toBeGreaterThan(layout.regions.get('s1')!.x + layout.regions.get('s1')!.w);
  });
});

describe('tidy', () => {
  for (const mode of ['theme', 'session', 'group'] as const) {
    it(`by ${mode}: every note and frame placed, no two notes overlapping, every themed note inside its frame`, () => {
      const b = board();
      const plan = planTidy(mode, b);
      expect(plan.moves).toHaveLength(b.notes.length);
      expect(overlaps(plan.moves.map((m) => ({ x: m.x, y: m.y, w: NOTE_W, h: NOTE_H })))).toBeNull();
      const frame = new Map(plan.frames.map((f) => [f.themeId, f.frame]));
      expect([...frame.keys()].sort()).toEqual(['shared', 'sub', 't-s1', 't-s2', 't-s3']);
      // Root frames never overlap one another.
      expect(overlaps(['t-s1', 't-s2', 't-s3', 'shared'].map((id) => frame.get(id)!))).toBeNull();
      for (const note of b.notes) {
        if (!note.themeId) continue;
        const at = plan.moves.find((m) => m.id === note.id)!;
        const f = frame.get(note.themeId)!;
        expect(at.x >= f.x && at.x + NOTE_W <= f.x + f.w && at.y >= f.y && at.y + NOTE_H <= f.y + f.h).toBe(true);
      }
    });
  }

  it('by session: each session’s unsorted notes in its own region, in session order', () => {
    const plan = planTidy('session', board());
    const x = (id: string) => plan.moves.find((m) => m.id === id)!.x;
    expect(x('s1-1')).toBeLessThan(x('s2-1'));
    expect(x('s2-1')).toBeLessThan(x('s3-1'));
  });

  it('by group: sessions of the same group share a region', () => {
    const plan = planTidy('group', board());
    const regions = plan.layout.regions;
    const at = (id: string) => plan.moves.find((m) => m.id === id)!;
    const youth = regions.get('youth')!;
    for (const id of ['s1-1', 's3-1']) expect(at(id).x).toBeLessThan(youth.x + youth.w);
    expect(at('s2-1').x).toBeGreaterThanOrEqual(regions.get('seniors')!.x);
  });
});
