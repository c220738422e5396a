/** What the keyboard (and a note's context menu) does with the focused note and the selection. */
import { directionOfKey, nearestInDirection } from '../../../shared/board/navigate';
import { storedPosition } from '../../../shared/board/layout';
import type { Rect } from '../../../shared/board/rect';
import type { Action } from '../../ui/actions/registry';
import { actionTargets, useBoardStore } from '../boardStore';
import { emptyPending } from '../dropPlan';
import { assignTheme } from '../../data/commands/board';
import { GROUPS, isNote, notes, type BoardActionContext } from './context';

type NoteAction = Action<BoardActionContext>;

const NUDGE = 24;
const SMALL_NUDGE = 4;
const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** The notes arrows move among: the filter's matches when a filter is on, else every note. */
export function candidates(c: BoardActionContext): Iterable<[string, Rect]> {
  const { layout } = c.model;
  if (!c.matches) return layout.notes;
  return [...c.matches].flatMap((id) => (layout.notes.has(id) ? [[id, layout.notes.get(id)!] as [string, Rect]] : []));
}

const targets = (c: BoardActionContext & { target: { id: string } }) =>
  actionTargets({ selection: c.state.selection, focusedId: c.target.id });

function nudge(c: BoardActionContext & { target: { id: string } }, key: string, small: boolean): void {
  const direction = directionOfKey(key)!;
  const step = small ? SMALL_NUDGE : NUDGE;
  const [dx, dy] = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] }[direction];
  const ids = targets(c);
  const pending = emptyPending();
  const moves = ids.flatMap((id) => {
    const rect = c.model.layout.notes.get(id);
    if (!rect) return [];
    const at = storedPosition(rect.x + dx!, rect.y + dy!);
    pending.notes.set(id, at);
    pending.expected.notes.set(id, at);
    return [{ id, ...at }];
  });
  const what = ids.length === 1 ? 'note' : notes(ids.length);
  c.write({ kind: 'notes', moves, pins: [], pending, label: `Nudge ${what}`, summary: `Nudged ${what} ${direction}` });
  const rect = c.model.layout.notes.get(c.target.id);
  if (rect) c.camera.reveal({ ...rect, x: rect.x + dx!, y: rect.y + dy! });
}

export const NOTE_ACTIONS: NoteAction[] = [
  {
    name: 'note.navigate',
    label: 'Move focus to the nearest note that way',
    keys: ARROWS,
    keysLabel: '← ↑ → ↓',
    description: 'Move focus to the nearest note in that direction (only matches while a filter is on)',
    group: GROUPS.note,
    when: isNote,
    perform(c, trigger) {
      if (!isNote(c) || trigger.kind !== 'key') return;
      const direction = directionOfKey(trigger.event.key)!;
      const from = c.model.layout.notes.get(c.target.id);
      const next = from ? nearestInDirection(from, direction, candidates(c), c.target.id) : null;
      if (next) c.focusNote(next);
      else {
        const where = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' }[direction];
        c.announce(`No more notes ${where}`);
      }
    },
  },
  {
    name: 'note.ends',
    label: 'First or last note',
    keys: ['Home', 'End'],
    keysLabel: 'Home / End',
    description: 'First / last note on the board',
    group: GROUPS.note,
    when: isNote,
    perform(c, trigger) {
      const ids = [...candidates(c)].map(([id]) => id);
      const next = trigger.kind === 'key' && trigger.event.key === 'End' ? ids.at(-1) : ids[0];
      if (next) c.focusNote(next);
    },
  },
  {
    name: 'note.toggle',
    label: (c) => (isNote(c) && c.state.selection.has(c.target.id) ? 'Unselect' : 'Select'),
    keys: ['Space'],
    description: 'Select or unselect the focused note',
    group: GROUPS.note,
    menus: ['note'],
    when: isNote,
    perform(c) {
      if (!isNote(c)) return;
      useBoardStore.getState().toggleSelected(c.target.id);
      const selected = useBoardStore.getState().selection;
      c.announce(`${selected.has(c.target.id) ? 'Selected' : 'Unselected'}; ${notes(selected.size)} selected`);
    },
  },
  {
    name: 'note.moveToTheme',
    label: 'Move to theme…',
    keys: ['M', 'Enter'],
    description: 'Move to theme… (the selection, or the focused note)',
    group: GROUPS.note,
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openMoveDialog(targets(c)),
  },
  {
    name: 'note.createTheme',
    label: 'Create theme…',
    keys: ['T'],
    description: 'Create a theme from the selection (or the focused note)',
    group: GROUPS.note,
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openCreateDialog(targets(c)),
  },
  {
    name: 'note.removeFromTheme',
    label: 'Remove from theme',
    group: GROUPS.note,
    menus: ['note'],
    when: (c) => isNote(c) && targets(c).some((id) => c.model.noteById.get(id)?.themeId),
    perform(c) {
      if (!isNote(c)) return;
      void c.act(assignTheme(c.runner, targets(c), null), (n) => `Took ${notes(n)} out of their theme`);
    },
  },
  {
    name: 'note.nudge',
    label: 'Nudge',
    keys: ['Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+ArrowUp', 'Shift+ArrowDown'],
    keysLabel: 'Shift+arrow',
    description: 'Nudge the selection (Alt+Shift+arrow: a small step)',
    group: GROUPS.note,
    when: isNote,
    perform: (c, t) => isNote(c) && t.kind === 'key' && nudge(c, t.event.key, false),
  },
  {
    name: 'note.nudgeSmall',
    label: 'Nudge a little',
    keys: ['Alt+Shift+ArrowLeft', 'Alt+Shift+ArrowRight', 'Alt+Shift+ArrowUp', 'Alt+Shift+ArrowDown'],
    group: GROUPS.note,
    when: isNote,
    perform: (c, t) => isNote(c) && t.kind === 'key' && nudge(c, t.event.key, true),
  },
  {
    name: 'note.selectTheme',
    label: 'Select the notes of this theme',
    keys: ['Mod+A'],
    description: 'Select every note in the focused note’s theme; again: every note on the board',
    group: GROUPS.note,
    menus: ['note'],
    when: isNote,
    perform(c) {
      if (!isNote(c)) return;
      const { model, state } = c;
      const note = model.noteById.get(c.target.id);
      const themeId = note?.themeId && model.themeById.has(note.themeId) ? note.themeId : null;
      const inFrame = (model.notesByTheme.get(themeId) ?? []).map((n) => n.id);
      const already = inFrame.length === state.selection.size && inFrame.every((id) => state.selection.has(id));
      const ids = already ? model.notes.map((n) => n.id) : inFrame;
      useBoardStore.getState().select(ids);
      c.announce(
        already
          ? `All ${notes(ids.length)} on the board selected`
          : `${notes(ids.length)} ${themeId ? `of theme ${model.themeById.get(themeId)!.name}` : 'without a theme'} selected`,
      );
    },
  },
];
