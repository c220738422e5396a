import { describe, expect, it } from 'vitest';
import { detailAt, farTextSize, frameTitleRect, FRAME_TITLE_H } from './detail';

describe('levels of detail', () => {
  it('shows full stickies close up, first words further out, blocks far away', () => {
    expect(detailAt(1)).toBe('near');
    expect(detailAt(0.5)).toBe('near');
    expect(detailAt(0.35)).toBe('far');
    expect(detailAt(0.1)).toBe('block');
  });

  it('sizes first words to stay readable on screen, within what a sticky can hold', () => {
    expect(farTextSize(0.4) * 0.4).toBeCloseTo(9);
    expect(farTextSize(0.49)).toBeGreaterThanOrEqual(20);
    expect(farTextSize(0.17)).toBeCloseTo(9 / 0.17);
  });

  it('keeps a frame title a constant height on screen far out, above the frame', () => {
    const frame = { x: 100, y: 200, w: 600, h: 400 };
    expect(frameTitleRect(frame, 1)).toEqual({ x: 100, y: 200, w: 600, h: FRAME_TITLE_H });
    const far = frameTitleRect(frame, 0.25);
    expect(far.h * 0.25).toBeCloseTo(38);
    expect(far.y + far.h).toBe(200);
    // A narrow frame's label is still wide enough on screen for its name and count.
    expect(frameTitleRect({ ...frame, w: 200 }, 0.25).w * 0.25).toBeCloseTo(170);
  });
});
