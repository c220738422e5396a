import { describe, expect, it } from 'vitest';
import { findKeyAction, type KeyInput } from '../../ui/actions';
import { BOARD_ACTIONS, boardShortcutSections, SCREEN_ACTIONS } from './boardActions';
import type { ActionTarget, BoardActionContext } from './context';
import { setUiLocale } from '../../ui/i18n';

const press = (key: string, init: Partial<KeyInput> = {}): KeyInput => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...init,
});

/** Only what the actions' `when` reads before a key runs them. */
const on = (target: ActionTarget, selected: string[] = []) =>
  ({ target, state: { selection: new Set(selected) } }) as unknown as BoardActionContext;

const which = (event: KeyInput, context: BoardActionContext) =>
  findKeyAction(BOARD_ACTIONS, event, context)?.action.name ?? null;

const note = on({ kind: 'note', id: 'n1' });
const frame = on({ kind: 'frame', id: 't1' });
const canvas = on({ kind: 'canvas' });

describe('the board’s keys', () => {
  it('mean what the focused thing offers: a note, a frame’s title or the open board', () => {
    expect(which(press('ArrowLeft'), note)).toBe('note.navigate.left');
    expect(which(press('ArrowLeft'), frame)).toBe('frame.move.left');
    expect(which(press('ArrowDown'), canvas)).toBe('board.enterNotes.down');
    expect(which(press('Enter'), note)).toBe('note.moveToTheme');
    expect(which(press('Enter'), frame)).toBe('frame.selectNotes');
    expect(which(press('n'), frame)).toBe('frame.newSticky');
    expect(which(press('n'), note)).toBe('board.newSticky');
    expect(which(press(' '), note)).toBe('note.toggle');
  });

  it('tell each arrow and modifier apart', () => {
    expect(which(press('ArrowUp', { shiftKey: true }), note)).toBe('note.nudge.up');
    expect(which(press('ArrowUp', { shiftKey: true, altKey: true }), note)).toBe('note.nudgeSmall.up');
    expect(which(press('ArrowRight', { shiftKey: true }), frame)).toBe('frame.moveFar.right');
    expect(which(press('ArrowRight', { altKey: true }), note)).toBe('board.pan.right');
    expect(which(press('End'), note)).toBe('note.last');
    expect(which(press('a', { ctrlKey: true }), note)).toBe('note.selectTheme');
    expect(which(press('m'), note)).toBe('note.moveToTheme');
    expect(which(press('m', { shiftKey: true }), note)).toBe('note.memos');
    expect(which(press('m', { shiftKey: true }), frame)).toBe('frame.memos');
    expect(which(press('m', { altKey: true }), note)).toBeNull();
  });

  it('leave Escape to the page when nothing is selected', () => {
    expect(which(press('Escape'), note)).toBeNull();
    expect(which(press('Escape'), on({ kind: 'note', id: 'n1' }, ['n1']))).toBe('board.clearSelection');
  });
});

describe('the board’s shortcuts dialog', () => {
  it('is built from the same actions, one row for the four arrows, and no action twice by name', () => {
    const names = [...BOARD_ACTIONS, ...SCREEN_ACTIONS].map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    const sections = boardShortcutSections();
    const onNote = sections.find((s) => s.heading === 'On a note')!;
    expect(onNote.rows.filter((r) => r.keys === '← ↑ → ↓')).toHaveLength(1);
    expect(onNote.rows).toContainEqual({ keys: 'Space', does: 'Select or unselect the focused note' });
    expect(onNote.rows).toContainEqual({
      keys: 'M or Enter',
      does: 'Move to theme… (the selection, or the focused note)',
    });
    expect(sections.map((s) => s.heading)).toEqual([
      'On a note',
      'On a theme’s frame',
      'Anywhere on the board',
      'Anywhere on the board screen',
    ]);
  });

  it('says what every listed action does in general, so a label of the moment never needs a context', () => {
    for (const action of [...BOARD_ACTIONS, ...SCREEN_ACTIONS])
      if (action.section && typeof action.label === 'function' && action.label.length > 0)
        expect(action.help, action.name).toBeTruthy();
  });

  it('speaks the app’s language of the moment', () => {
    setUiLocale('fr-CA');
    try {
      const sections = boardShortcutSections();
      expect(sections.map((s) => s.heading)[0]).toBe('Sur une note');
      expect(sections[0]!.rows).toContainEqual({
        keys: 'Espace',
        does: 'Sélectionner ou désélectionner la note active',
      });
      expect(sections[0]!.rows).toContainEqual({
        keys: 'M ou Entrée',
        does: 'Déplacer vers un thème… (la sélection, ou la note active)',
      });
    } finally {
      setUiLocale('en');
    }
  });
});
