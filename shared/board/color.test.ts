import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_TEXT, frameFill, readableText, stickyFill, tint } from './color';
import { PALETTE_FOR_TESTS } from './color.testkit';

describe('colours', () => {
  it('tints toward white', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#1D4ED8', 0)).toBe('#1D4ED8');
    expect(tint('#1D4ED8', 1)).toBe('#FFFFFF');
  });

  it('keeps dark sticky text at AA contrast on every tint, and picks readable title text', () => {
    for (const color of PALETTE_FOR_TESTS) {
      expect(contrastRatio(stickyFill(color), DARK_TEXT)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(frameFill(color), DARK_TEXT)).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableText('#FFFF00')).toBe(DARK_TEXT);
    expect(readableText('#1D4ED8')).toBe('#FFFFFF');
  });
});
