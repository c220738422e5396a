import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  ariaKeysOf,
  createRegistry,
  menuEntries,
  performKey,
  performMenu,
  shortcutSections,
  type Action,
} from './registry';
import type { KeyInput } from './keys';

interface Context {
  focused: string | null;
  log: string[];
}

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const actions: Action<Context>[] = [
  {
    name: 'note.move',
    label: 'Move to theme…',
    keys: ['M', 'Enter'],
    group: 'On a note',
    menus: ['note'],
    when: (c) => c.focused !== null,
    perform: (c) => c.log.push(`move ${c.focused}`),
  },
  {
    name: 'board.enter',
    label: 'Focus the first note',
    keys: ['Enter'],
    group: 'Anywhere',
    perform: (c) => c.log.push('enter board'),
  },
  {
    name: 'note.navigate',
    label: 'Move focus',
    keys: ['ArrowLeft', 'ArrowRight'],
    keysLabel: '← →',
    description: 'Move focus to the nearest note that way',
    group: 'On a note',
    when: (c) => c.focused !== null,
    perform: (c, trigger) => c.log.push(`go ${trigger.kind === 'key' ? trigger.event.key : 'menu'}`),
  },
  {
    name: 'note.rename',
    label: (c) => `Rename ${c.focused}`,
    group: 'On a note',
    menus: ['note', 'canvas'],
    perform: (c) => c.log.push('rename'),
  },
];

describe('action registry', () => {
  const registry = createRegistry(actions);

  it('refuses two actions with one name', () => {
    expect(() => createRegistry([actions[0]!, actions[0]!])).toThrow(/Two actions/);
  });

  it('runs the first action whose key matches and which applies; the rest fall through', () => {
    const onNote: Context = { focused: 'n1', log: [] };
    expect(performKey(registry, key('Enter'), onNote)).toBe(true);
    expect(onNote.log).toEqual(['move n1']);
    const onBoard: Context = { focused: null, log: [] };
    expect(actionForKey(registry, key('Enter'), onBoard)?.name).toBe('board.enter');
    expect(performKey(registry, key('m'), onBoard)).toBe(false);
    expect(onBoard.log).toEqual([]);
  });

  it('hands the key to the action (which arrow)', () => {
    const context: Context = { focused: 'n1', log: [] };
    performKey(registry, key('ArrowRight'), context);
    expect(context.log).toEqual(['go ArrowRight']);
  });

  it('builds menus from the same actions, with labels and shortcuts', () => {
    const context: Context = { focused: 'n1', log: [] };
    expect(menuEntries(registry, 'note', context)).toEqual([
      { name: 'note.move', label: 'Move to theme…', shortcut: 'M', ariaKeys: 'M Enter' },
      { name: 'note.rename', label: 'Rename n1', shortcut: null, ariaKeys: null },
    ]);
    expect(menuEntries(registry, 'note', { focused: null, log: [] }).map((e) => e.name)).toEqual(['note.rename']);
    expect(performMenu(registry, 'note.move', context)).toBe(true);
    expect(context.log).toEqual(['move n1']);
    expect(performMenu(registry, 'note.move', { focused: null, log: [] })).toBe(false);
  });

  it('builds the shortcuts dialog from the actions with keys, by group', () => {
    expect(shortcutSections(registry, ['On a note', 'Anywhere'])).toEqual([
      {
        heading: 'On a note',
        rows: [
          { keys: 'M or Enter', does: 'Move to theme…' },
          { keys: '← →', does: 'Move focus to the nearest note that way' },
        ],
      },
      { heading: 'Anywhere', rows: [{ keys: 'Enter', does: 'Focus the first note' }] },
    ]);
    expect(ariaKeysOf(registry, 'note.navigate')).toBe('ArrowLeft ArrowRight');
  });
});
