/** What the keyboard (and a note's context menu) does with the focused note and the selection. */
import { nearestInDirection, type Direction } from '../../../shared/board/navigate';
import { storedPosition } from '../../../shared/board/layout';
import type { Rect } from '../../../shared/board/rect';
import { actionTargets, useBoardStore } from '../boardStore';
import { emptyPending } from '../dropPlan';
import { assignTheme } from '../../data/commands/board';
import { linkedThemesOf } from '../../../shared/domain/noteThemes';
import { isNote, notes, perArrow, type BoardAction, type BoardActionContext } from './context';
import { noteOrNotes } from '../words';

const NUDGE = 24;
const SMALL_NUDGE = 4;

/** The notes arrows move among: the filter's matches when a filter is on, else every note. */
export function candidates(c: BoardActionContext): Iterable<[string, Rect]> {
  const { layout } = c.model;
  if (!c.matches) return layout.notes;
  return [...c.matches].flatMap((id) => (layout.notes.has(id) ? [[id, layout.notes.get(id)!] as [string, Rect]] : []));
}

const targets = (c: BoardActionContext & { target: { id: string } }) =>
  actionTargets({ selection: c.state.selection, focusedId: c.target.id });

function nudge(c: BoardActionContext & { target: { id: string } }, direction: Direction, small: boolean): void {
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
  const what = noteOrNotes(ids.length);
  c.write({ kind: 'notes', moves, pins: [], pending, label: `Nudge ${what}`, summary: `Nudged ${what} ${direction}` });
  const rect = c.model.layout.notes.get(c.target.id);
  if (rect) c.camera.reveal({ ...rect, x: rect.x + dx!, y: rect.y + dy! });
}

export const NOTE_ACTIONS: BoardAction[] = [
  ...perArrow('', (direction) => ({
    name: 'note.navigate',
    label: 'Move focus to the nearest note that way',
    keysLabel: '← ↑ → ↓',
    help: 'Move focus to the nearest note in that direction (only matches while a filter is on)',
    section: 'note',
    when: isNote,
    perform(c) {
      if (!isNote(c)) return;
      const from = c.model.layout.notes.get(c.target.id);
      const next = from ? nearestInDirection(from, direction, candidates(c), c.target.id) : null;
      if (next) c.focusNote(next);
      else {
        const where = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' }[direction];
        c.announce(`No more notes ${where}`);
      }
    },
  })),
  {
    name: 'note.first',
    label: 'First note',
    keys: ['Home'],
    keysLabel: 'Home / End',
    help: 'First / last note on the board',
    section: 'note',
    when: isNote,
    perform(c) {
      const [first] = candidates(c);
      if (first) c.focusNote(first[0]);
    },
  },
  {
    name: 'note.last',
    label: 'Last note',
    keys: ['End'],
    when: isNote,
    perform(c) {
      const next = [...candidates(c)].at(-1);
      if (next) c.focusNote(next[0]);
    },
  },
  {
    name: 'note.toggle',
    label: (c) => (isNote(c) && c.state.selection.has(c.target.id) ? 'Unselect' : 'Select'),
    keys: [' '],
    keysLabel: 'Space',
    help: 'Select or unselect the focused note',
    section: 'note',
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
    keys: ['KeyM', 'Enter'],
    help: 'Move to theme… (the selection, or the focused note)',
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openMoveDialog(targets(c)),
  },
  {
    name: 'note.linkToTheme',
    label: 'Link to theme…',
    keys: ['KeyK'],
    help: 'Link to another theme as well (the selection, or the focused note); it stays where it is',
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openLinkDialog({ noteIds: targets(c), unlink: false }),
  },
  {
    name: 'note.unlinkFromTheme',
    label: 'Unlink from theme…',
    keys: ['Shift+KeyK'],
    help: 'Unlink from one of the themes it is linked to',
    section: 'note',
    menus: ['note'],
    when: (c) =>
      isNote(c) && targets(c).some((id) => linkedThemesOf(c.model.noteById.get(id) ?? { themeId: null }).length > 0),
    perform: (c) => isNote(c) && useBoardStore.getState().openLinkDialog({ noteIds: targets(c), unlink: true }),
  },
  {
    name: 'note.createTheme',
    label: 'Create theme…',
    keys: ['KeyT'],
    help: 'Create a theme from the selection (or the focused note)',
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openCreateDialog(targets(c)),
  },
  {
    name: 'note.memos',
    label: 'Memos…',
    keys: ['Shift+KeyM'],
    keysLabel: 'Shift+M',
    help: 'Memos on the focused note: read them, write one',
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openMemos({ target: 'note', id: c.target.id }),
  },
  {
    name: 'note.removeFromTheme',
    label: 'Remove from theme',
    menus: ['note'],
    when: (c) => isNote(c) && targets(c).some((id) => c.model.noteById.get(id)?.themeId),
    perform(c) {
      if (!isNote(c)) return;
      void c.act(assignTheme(c.runner, targets(c), null), (n) => `Took ${notes(n)} out of their theme`);
    },
  },
  // L and A are answered by the "Like this note" panel (similarKeys.ts), which needs its own state; they are
  // listed here, without keys, so the shortcuts dialog shows them and this list never takes them first.
  {
    name: 'note.similar',
    label: 'Go to the notes most like this one',
    keysLabel: 'L',
    help: 'Go to the notes most like the focused one (tick them, then pull them into its theme)',
    section: 'note',
    perform: () => undefined,
  },
  {
    name: 'note.acceptLikelyTheme',
    label: 'Accept the likely theme',
    keysLabel: 'A',
    help: 'Accept the likely theme suggested for the focused note',
    section: 'note',
    perform: () => undefined,
  },
  ...perArrow('Shift+', (direction) => ({
    name: 'note.nudge',
    label: 'Nudge',
    keysLabel: 'Shift+arrow',
    help: 'Nudge the selection (Alt+Shift+arrow: a small step)',
    section: 'note',
    when: isNote,
    perform: (c) => isNote(c) && nudge(c, direction, false),
  })),
  ...perArrow('Alt+Shift+', (direction) => ({
    name: 'note.nudgeSmall',
    label: 'Nudge a little',
    when: isNote,
    perform: (c) => isNote(c) && nudge(c, direction, true),
  })),
  {
    name: 'note.selectTheme',
    label: 'Select the notes of this theme',
    keys: ['Mod+KeyA'],
    help: 'Select every note in the focused note’s theme; again: every note on the board',
    section: 'note',
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
