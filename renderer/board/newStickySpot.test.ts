import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../shared/board/spatialIndex';
import { NOTE_GAP, NOTE_H, NOTE_W } from '../../shared/board/layout';
import { newStickySpot } from './newStickySpot';

const note = (x: number, y: number) => ({ x, y, w: NOTE_W, h: NOTE_H });

describe('where a new sticky goes from the keyboard', () => {
  it('goes right of the focused note when there is room, else below it', () => {
    const a = note(100, 100);
    expect(newStickySpot(buildIndex([{ id: 'a', rect: a }]), a, note(0, 0))).toEqual({
      x: 100 + NOTE_W + NOTE_GAP,
      y: 100,
    });
    const right = note(100 + NOTE_W + NOTE_GAP, 100);
    const index = buildIndex([
      { id: 'a', rect: a },
      { id: 'b', rect: right },
    ]);
    expect(newStickySpot(index, a, note(0, 0))).toEqual({ x: 100, y: 100 + NOTE_H + NOTE_GAP });
  });

  it('without a focused note, goes to the middle of the view, or the nearest free spot', () => {
    const view = { x: 0, y: 0, w: 1000, h: 600 };
    const middle = { x: 500 - NOTE_W / 2, y: 300 - NOTE_H / 2 };
    expect(newStickySpot(buildIndex([]), null, view)).toEqual(middle);
    const taken = buildIndex([{ id: 'm', rect: note(middle.x, middle.y) }]);
    const spot = newStickySpot(taken, null, view);
    expect(spot).not.toEqual(middle);
    expect(Math.abs(spot.x - middle.x) + Math.abs(spot.y - middle.y)).toBeLessThan(2 * (NOTE_W + NOTE_H));
  });
});
