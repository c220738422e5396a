import { describe, expect, it } from 'vitest';
import { ariaKey, formatKey, matchesKey, parseKey, type KeyInput } from './keys';

const press = (key: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('key specs', () => {
  it('reads modifiers and the key, including a "+" key', () => {
    expect(parseKey('Mod+Shift+Z')).toEqual({ key: 'Z', mod: true, alt: false, shift: true });
    expect(parseKey('+')).toEqual({ key: '+', mod: false, alt: false, shift: false });
    expect(parseKey('Ctrl++')).toEqual({ key: '+', mod: true, alt: false, shift: false });
    expect(parseKey('Space').key).toBe(' ');
    expect(() => parseKey('Hyper+A')).toThrow(/Unknown modifier/);
  });

  it('matches letters in either case, with Shift only when the spec says so', () => {
    const m = parseKey('M');
    expect(matchesKey(m, press('m'))).toBe(true);
    expect(matchesKey(m, press('M'))).toBe(true); // Caps Lock on
    expect(matchesKey(m, press('M', { shiftKey: true }))).toBe(false); // Shift+M is another shortcut
    expect(matchesKey(m, press('m', { ctrlKey: true }))).toBe(false);
    expect(matchesKey(parseKey('Shift+M'), press('M', { shiftKey: true }))).toBe(true);
  });

  it('treats Ctrl and ⌘ alike for Mod', () => {
    const all = parseKey('Mod+A');
    expect(matchesKey(all, press('a', { ctrlKey: true }))).toBe(true);
    expect(matchesKey(all, press('a', { metaKey: true }))).toBe(true);
    expect(matchesKey(all, press('a'))).toBe(false);
  });

  it('matches punctuation by the character, whatever Shift it took', () => {
    expect(matchesKey(parseKey('?'), press('?', { shiftKey: true }))).toBe(true);
    expect(matchesKey(parseKey('+'), press('+', { shiftKey: true }))).toBe(true);
    expect(matchesKey(parseKey('+'), press('+'))).toBe(true);
    expect(matchesKey(parseKey('0'), press('0'))).toBe(true);
    expect(matchesKey(parseKey('/'), press('/', { ctrlKey: true }))).toBe(false);
  });

  it('keeps Shift and Alt apart on named keys', () => {
    const nudge = parseKey('Shift+ArrowLeft');
    expect(matchesKey(nudge, press('ArrowLeft', { shiftKey: true }))).toBe(true);
    expect(matchesKey(nudge, press('ArrowLeft'))).toBe(false);
    expect(matchesKey(nudge, press('ArrowLeft', { shiftKey: true, altKey: true }))).toBe(false);
    expect(matchesKey(parseKey('Space'), press(' '))).toBe(true);
  });

  it('shows keys as people read them and as aria-keyshortcuts wants them', () => {
    expect(formatKey(parseKey('Mod+Shift+z'))).toBe('Ctrl+Shift+Z');
    expect(formatKey(parseKey('Shift+ArrowLeft'))).toBe('Shift+←');
    expect(formatKey(parseKey('Space'))).toBe('Space');
    expect(ariaKey(parseKey('Mod+a'))).toBe('Control+A');
    expect(ariaKey(parseKey('Space'))).toBe('Space');
    expect(ariaKey(parseKey('Alt+Shift+ArrowUp'))).toBe('Alt+Shift+ArrowUp');
  });
});
