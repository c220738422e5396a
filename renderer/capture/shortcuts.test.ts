import { describe, expect, it } from 'vitest';
import { cycle, matchCaptureShortcut, SHORTCUT_HELP } from './shortcuts';

const key = (init: Partial<KeyboardEvent>) => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...init,
});

describe('capture shortcuts', () => {
  it('maps Alt+digit to speakers by physical key, so layouts and the Mac Option key do not matter', () => {
    expect(matchCaptureShortcut(key({ altKey: true, code: 'Digit3', key: '£' }), true)).toEqual({
      type: 'speaker',
      number: 3,
    });
    expect(matchCaptureShortcut(key({ altKey: true, code: 'Numpad7', key: '7' }), true)).toEqual({
      type: 'speaker',
      number: 7,
    });
    expect(matchCaptureShortcut(key({ altKey: true, code: 'Digit0' }), true)).toEqual({ type: 'no-speaker' });
  });

  it('maps question, kind and flag keys', () => {
    expect(matchCaptureShortcut(key({ altKey: true, key: 'ArrowDown' }), true)).toEqual({ type: 'next-question' });
    expect(matchCaptureShortcut(key({ altKey: true, key: 'ArrowUp' }), true)).toEqual({ type: 'previous-question' });
    expect(matchCaptureShortcut(key({ altKey: true, code: 'KeyK', key: '˚' }), true)).toEqual({ type: 'next-kind' });
    expect(matchCaptureShortcut(key({ altKey: true, shiftKey: true, code: 'KeyK' }), true)).toEqual({
      type: 'previous-kind',
    });
    expect(matchCaptureShortcut(key({ altKey: true, code: 'KeyS' }), true)).toEqual({ type: 'toggle-sensitive' });
    expect(matchCaptureShortcut(key({ altKey: true, code: 'KeyQ' }), true)).toEqual({ type: 'toggle-do-not-quote' });
  });

  it('leaves ordinary typing alone: “?” is text inside the note box, a shortcut outside it', () => {
    expect(matchCaptureShortcut(key({ key: '?' }), true)).toBeNull();
    expect(matchCaptureShortcut(key({ key: '?' }), false)).toEqual({ type: 'show-shortcuts' });
    expect(matchCaptureShortcut(key({ key: 'k', code: 'KeyK' }), true)).toBeNull();
    expect(matchCaptureShortcut(key({ ctrlKey: true, altKey: true, code: 'KeyK' }), true)).toBeNull();
    expect(matchCaptureShortcut(key({ ctrlKey: true, code: 'Slash', key: '/' }), true)).toEqual({
      type: 'show-shortcuts',
    });
  });

  it('cycles through kinds with “none” as one stop', () => {
    const kinds = ['a', 'b', 'c'];
    expect(cycle(kinds, null, 1)).toBe('a');
    expect(cycle(kinds, 'c', 1)).toBeNull();
    expect(cycle(kinds, null, -1)).toBe('c');
    expect(cycle(kinds, 'a', -1)).toBeNull();
    expect(cycle([], null, 1)).toBeNull();
  });

  it('documents every shortcut once', () => {
    expect(new Set(SHORTCUT_HELP.map((s) => `${s.where}:${s.keys}`)).size).toBe(SHORTCUT_HELP.length);
  });
});
