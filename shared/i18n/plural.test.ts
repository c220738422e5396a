import { describe, expect, it } from 'vitest';
import { plural } from './plural';

const notes = { one: '# note', other: '# notes' };

describe('plural', () => {
  it('follows English rules: only 1 is singular', () => {
    expect(plural(0, notes)).toBe('0 notes');
    expect(plural(1, notes)).toBe('1 note');
    expect(plural(2, notes)).toBe('2 notes');
    expect(plural(1.5, notes)).toBe('1.5 notes');
  });

  it('follows French rules: 0 and 1 are singular', () => {
    const fr = { one: '# note', other: '# notes' };
    expect(plural(0, fr, 'fr')).toBe('0 note');
    expect(plural(1, fr, 'fr')).toBe('1 note');
    expect(plural(2, fr, 'fr')).toBe('2 notes');
  });

  it('formats the number for the locale and falls back to the other form', () => {
    expect(plural(20_000, notes)).toBe('20,000 notes');
    expect(plural(20_000, notes, 'fr')).toMatch(/^20\s000 notes$/u);
    expect(plural(1, { other: '# item(s)' })).toBe('1 item(s)');
  });
});
