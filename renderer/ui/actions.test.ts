import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  findKeyAction,
  formatChord,
  matchChord,
  menuEntries,
  shortcutSections,
  type Action,
  type KeyInput,
} from './actions';

const press = (init: Partial<KeyInput>): KeyInput => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...init,
});

describe('matchChord', () => {
  it('matches letters and digits by physical key, whatever character the layout or ⌥ types', () => {
    expect(matchChord('Alt+KeyK', press({ altKey: true, code: 'KeyK', key: '˚' }))).toEqual({});
    expect(matchChord('Alt+KeyK', press({ altKey: true, code: 'KeyL', key: 'k' }))).toBe(false);
    expect(matchChord('Alt+Digit0', press({ altKey: true, code: 'Numpad0', key: '0' }))).toEqual({});
  });

  it('hands over the digit for a Digit chord, from the top row or the numpad', () => {
    expect(matchChord('Alt+Digit', press({ altKey: true, code: 'Digit3', key: '£' }))).toEqual({ digit: 3 });
    expect(matchChord('Alt+Digit', press({ altKey: true, code: 'Numpad7', key: '7' }))).toEqual({ digit: 7 });
    expect(matchChord('Alt+Digit', press({ altKey: true, code: 'KeyD', key: 'd' }))).toBe(false);
  });

  it('requires exactly the modifiers written, with Ctrl and ⌘ both counting as Mod', () => {
    expect(matchChord('Alt+KeyS', press({ code: 'KeyS', key: 's' }))).toBe(false);
    expect(matchChord('Alt+KeyS', press({ altKey: true, ctrlKey: true, code: 'KeyS' }))).toBe(false);
    expect(matchChord('Alt+KeyS', press({ altKey: true, shiftKey: true, code: 'KeyS' }))).toBe(false);
    expect(matchChord('Mod+Slash', press({ ctrlKey: true, code: 'Slash', key: '/' }))).toEqual({});
    expect(matchChord('Mod+Slash', press({ metaKey: true, code: 'Slash', key: '/' }))).toEqual({});
    expect(matchChord('Enter', press({ key: 'Enter', shiftKey: true }))).toBe(false);
  });

  it('ignores Shift for printable keys, which need it on most layouts', () => {
    expect(matchChord('?', press({ key: '?', shiftKey: true, code: 'Slash' }))).toEqual({});
    expect(matchChord('Mod+/', press({ key: '/', shiftKey: true, ctrlKey: true, code: 'Digit7' }))).toEqual({});
  });

  it('never matches while an input method is composing', () => {
    expect(matchChord('Enter', press({ key: 'Enter', isComposing: true }))).toBe(false);
  });
});

interface Ctx {
  place: 'box' | 'item';
  empty: boolean;
}

const done: string[] = [];
const actions: Action<Ctx>[] = [
  {
    name: 'add',
    label: 'Add',
    keys: ['Enter'],
    section: 'box',
    when: (c) => c.place === 'box',
    perform: () => done.push('add'),
  },
  {
    name: 'edit',
    label: 'Edit',
    keys: ['Enter', 'F2'],
    section: 'item',
    menus: ['item'],
    when: (c) => c.place === 'item',
    perform: () => done.push('edit'),
  },
  {
    name: 'none',
    label: 'No speaker',
    keys: ['Alt+Digit0'],
    section: 'box',
    perform: () => done.push('none'),
  },
  {
    name: 'speaker',
    label: 'Speaker',
    keys: ['Alt+Digit'],
    keysLabel: 'Alt+1 … Alt+9',
    section: 'box',
    perform: (_c, t) => done.push(`speaker ${t.digit}`),
  },
  {
    name: 'delete',
    label: (c) => (c.empty ? 'Delete (nothing)' : 'Delete'),
    keys: ['Delete'],
    menus: ['item'],
    danger: true,
    when: (c) => c.place === 'item',
    perform: () => done.push('delete'),
  },
  { name: 'hidden', label: 'Not listed', perform: () => done.push('hidden') },
];

describe('findKeyAction', () => {
  it('picks the action whose keys match and whose “when” holds, so one key can mean different things by place', () => {
    const enter = press({ key: 'Enter' });
    expect(findKeyAction(actions, enter, { place: 'box', empty: false })?.action.name).toBe('add');
    expect(findKeyAction(actions, enter, { place: 'item', empty: false })?.action.name).toBe('edit');
    expect(findKeyAction(actions, press({ key: 'Delete' }), { place: 'box', empty: false })).toBeNull();
  });

  it('takes the first match in list order, so a specific chord can come before a general one', () => {
    const zero = findKeyAction(actions, press({ altKey: true, code: 'Digit0' }), { place: 'box', empty: true });
    expect(zero?.action.name).toBe('none');
    const four = findKeyAction(actions, press({ altKey: true, code: 'Digit4' }), { place: 'box', empty: true });
    expect(four?.action.name).toBe('speaker');
    expect(four?.trigger).toEqual({ digit: 4, source: 'key' });
  });
});

describe('built from the same list', () => {
  it('lists sections in the order given, with readable keys, leaving out unlisted and keyless actions', () => {
    const sections = shortcutSections(
      actions,
      [
        { id: 'item', heading: 'captureSection.feed' },
        { id: 'box', heading: 'captureSection.composer' },
        { id: 'empty', heading: 'captureSection.anywhere' },
      ],
      { place: 'box', empty: false },
    );
    expect(sections).toEqual([
      { heading: 'On a note in the feed', rows: [{ keys: 'Enter or F2', does: 'Edit' }] },
      {
        heading: 'In the note box',
        rows: [
          { keys: 'Enter', does: 'Add' },
          { keys: 'Alt+0', does: 'No speaker' },
          { keys: 'Alt+1 … Alt+9', does: 'Speaker' },
        ],
      },
    ]);
  });

  it('gives a menu only the actions that apply now, with their current labels', () => {
    expect(menuEntries(actions, 'item', { place: 'item', empty: true }).map((e) => [e.label, e.keys])).toEqual([
      ['Edit', 'Enter or F2'],
      ['Delete (nothing)', 'Delete'],
    ]);
    expect(menuEntries(actions, 'item', { place: 'box', empty: true })).toEqual([]);
  });

  it('reads chords as people write them, and as aria-keyshortcuts wants them', () => {
    expect(formatChord('Alt+KeyK')).toBe('Alt+K');
    expect(formatChord('Mod+Slash')).toBe('Ctrl+/');
    expect(formatChord('Alt+ArrowDown')).toBe('Alt+↓');
    expect(formatChord('Alt+Digit')).toBe('Alt+0–9');
    expect(ariaKeyShortcuts({ name: 'x', label: 'x', keys: ['Mod+Slash', 'Mod+/', 'F1'], perform: () => 0 })).toBe(
      'Control+/ F1',
    );
    expect(ariaKeyShortcuts({ name: 'x', label: 'x', keys: ['Alt+Digit'], perform: () => 0 })).toBeUndefined();
  });
});
