import { describe, expect, it } from 'vitest';
import { layoutBoard, NOTE_H, NOTE_W } from '../../shared/board/layout';
import type { Theme } from '../../shared/domain/schemas';
import { MIN_FRAME, planFrameMove, planNoteDrop, resizedFrame, subtreeOf } from './dropPlan';
import { inEnglish } from '../data/testing';

const theme = (id: string, parentId: string | null = null, frame: Theme['frame'] = null): Theme => ({
  id,
  projectId: 'p',
  sessionId: null,
  name: id.toUpperCase(),
  description: '',
  color: '#1D4ED8',
  parentId,
  frame,
  masterThemeId: null,
  origin: 'manual',
  votes: 0,
  deleted: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('drop plans', () => {
  const themes = [theme('parent'), theme('child', 'parent')];
  const notes = [
    { id: 'a', themeId: null, x: 0, y: 0 },
    { id: 'b', themeId: null, x: 0, y: 0 },
    { id: 'c', themeId: 'child', x: 0, y: 0 },
  ];
  const layout = layoutBoard(notes, themes);
  const byId = new Map(themes.map((t) => [t.id, t]));

  it('drops into the innermost frame under the pointer, pinning it and its auto-laid-out parents', () => {
    const child = layout.frames.get('child')!;
    const a = layout.notes.get('a')!;
    const target = { x: child.x + 30, y: child.y + 60 };
    const delta = { x: target.x - a.x, y: target.y - a.y };
    const write = planNoteDrop(layout, byId, ['a'], delta, { x: target.x + 10, y: target.y + 10 });
    expect(write.moves).toEqual([{ id: 'a', x: Math.round(target.x), y: Math.round(target.y), themeId: 'child' }]);
    expect(write.pins.map((p) => p.themeId).sort()).toEqual(['child', 'parent']);
    expect(inEnglish(write.label)).toBe('Move note to theme “CHILD”');
    expect(write.pending.expected.frames.get('child')).toEqual(child);
  });

  it('snaps notes that hang outside the target frame, and clears the theme on the open board', () => {
    const child = layout.frames.get('child')!;
    const a = layout.notes.get('a')!;
    const b = layout.notes.get('b')!;
    // a lands just inside the frame's right edge; b, beside it in the pile, lands past that edge.
    expect(b.y).toBe(a.y);
    const delta = { x: child.x + child.w - NOTE_W - 10 - a.x, y: child.y + 60 - a.y };
    const spread = planNoteDrop(layout, byId, ['a', 'b'], delta, { x: child.x + child.w - 40, y: child.y + 70 });
    const moved = new Map(spread.moves.map((m) => [m.id, m]));
    expect(moved.get('a')!.snap).toBeUndefined();
    expect(moved.get('b')).toMatchObject({ snap: true, themeId: 'child', x: 0, y: 0 });
    expect(inEnglish(spread.label)).toBe('Move 2 notes to theme “CHILD”');
    expect(spread.pending.expected.notes.get('a')!.themeId).toBe('child');

    const open = planNoteDrop(layout, byId, ['c'], { x: -5000, y: 5000 }, { x: -4000, y: 6000 });
    expect(open.moves[0]).toMatchObject({ id: 'c', themeId: null });
    expect(open.pins).toEqual([]);
    expect(open.summary).toBe('Moved note, no theme');
  });

  it('moves a frame with its placed notes and stored sub-frames; unplaced notes follow by layout', () => {
    const stored = [
      theme('top', null, { x: 1000, y: 1000, w: 800, h: 600 }),
      theme('inner', 'top', { x: 1100, y: 1200, w: 300, h: 200 }),
    ];
    const boardNotes = [
      { id: 'placed', themeId: 'top', x: 1050, y: 1060 },
      { id: 'loose', themeId: 'top', x: 0, y: 0 },
      { id: 'other', themeId: null, x: 1050, y: 1060 },
    ];
    const storedLayout = layoutBoard(boardNotes, stored);
    const plan = planFrameMove(storedLayout, stored, boardNotes, 'top', { x: 100.4, y: -50 });
    expect(plan.frame).toEqual({ x: 1100, y: 950, w: 800, h: 600 });
    expect(plan.frames).toEqual([{ themeId: 'inner', frame: { x: 1200, y: 1150, w: 300, h: 200 } }]);
    expect(plan.notes).toEqual([{ id: 'placed', x: 1150, y: 1010 }]);
    expect(subtreeOf(stored, 'top')).toEqual(new Set(['top', 'inner']));
  });

  it('never resizes a frame below its minimum', () => {
    expect(resizedFrame({ x: 0, y: 0, w: 400, h: 300 }, { x: -1000, y: 50.6 })).toEqual({
      x: 0,
      y: 0,
      w: MIN_FRAME.w,
      h: 351,
    });
    expect(NOTE_H).toBeLessThan(MIN_FRAME.h);
  });
});
