/** What the keyboard (and a note's context menu) does with the focused note and the selection. */
import { nearestInDirection, type Direction } from '../../../shared/board/navigate';
import { storedPosition } from '../../../shared/board/layout';
import type { Rect } from '../../../shared/board/rect';
import { actionTargets, useBoardStore } from '../boardStore';
import { emptyPending } from '../dropPlan';
import { assignTheme } from '../../data/commands/board';
import { linkedThemesOf } from '../../../shared/domain/noteThemes';
import { isNote, perArrow, type BoardAction, type BoardActionContext } from './context';
import { msg } from '../../ui/i18n';

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
  const count = ids.length;
  c.write({
    kind: 'notes',
    moves,
    pins: [],
    pending,
    label: { id: 'board.undo.nudge', values: { count }, subject: 'note' },
    summary: msg('board.said.nudged', { count, direction }),
  });
  const rect = c.model.layout.notes.get(c.target.id);
  if (rect) c.camera.reveal({ ...rect, x: rect.x + dx!, y: rect.y + dy! });
}

export const NOTE_ACTIONS: BoardAction[] = [
  ...perArrow('', (direction) => ({
    name: 'note.navigate',
    label: () => msg('board.action.navigate'),
    keysLabel: '← ↑ → ↓',
    help: () => msg('board.action.navigateHelp'),
    section: 'note',
    when: isNote,
    perform(c) {
      if (!isNote(c)) return;
      const from = c.model.layout.notes.get(c.target.id);
      const next = from ? nearestInDirection(from, direction, candidates(c), c.target.id) : null;
      if (next) c.focusNote(next);
      else c.announce(msg('board.said.noMoreNotes', { direction }));
    },
  })),
  {
    name: 'note.first',
    label: () => msg('board.action.first'),
    keys: ['Home'],
    keysLabel: () => msg('board.keys.homeEnd'),
    help: () => msg('board.action.firstHelp'),
    section: 'note',
    when: isNote,
    perform(c) {
      const [first] = candidates(c);
      if (first) c.focusNote(first[0]);
    },
  },
  {
    name: 'note.last',
    label: () => msg('board.action.last'),
    keys: ['End'],
    when: isNote,
    perform(c) {
      const next = [...candidates(c)].at(-1);
      if (next) c.focusNote(next[0]);
    },
  },
  {
    name: 'note.toggle',
    label: (c) =>
      msg('board.action.toggle', { selected: isNote(c) && c.state.selection.has(c.target.id) ? 'yes' : 'no' }),
    keys: [' '],
    keysLabel: () => msg('board.keys.space'),
    help: () => msg('board.action.toggleHelp'),
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform(c) {
      if (!isNote(c)) return;
      useBoardStore.getState().toggleSelected(c.target.id);
      const selected = useBoardStore.getState().selection;
      c.announce(
        msg('board.said.toggled', { selected: selected.has(c.target.id) ? 'yes' : 'no', count: selected.size }),
      );
    },
  },
  {
    name: 'note.moveToTheme',
    label: () => msg('board.action.moveToTheme'),
    keys: ['KeyM', 'Enter'],
    help: () => msg('board.action.moveToThemeHelp'),
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openMoveDialog(targets(c)),
  },
  {
    name: 'note.linkToTheme',
    label: () => msg('board.action.linkToTheme'),
    keys: ['KeyK'],
    help: () => msg('board.action.linkToThemeHelp'),
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openLinkDialog({ noteIds: targets(c), unlink: false }),
  },
  {
    name: 'note.unlinkFromTheme',
    label: () => msg('board.action.unlinkFromTheme'),
    keys: ['Shift+KeyK'],
    help: () => msg('board.action.unlinkFromThemeHelp'),
    section: 'note',
    menus: ['note'],
    when: (c) =>
      isNote(c) && targets(c).some((id) => linkedThemesOf(c.model.noteById.get(id) ?? { themeId: null }).length > 0),
    perform: (c) => isNote(c) && useBoardStore.getState().openLinkDialog({ noteIds: targets(c), unlink: true }),
  },
  {
    name: 'note.createTheme',
    label: () => msg('board.action.createTheme'),
    keys: ['KeyT'],
    help: () => msg('board.action.createThemeHelp'),
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openCreateDialog(targets(c)),
  },
  {
    name: 'note.memos',
    label: () => msg('board.action.memos'),
    keys: ['Shift+KeyM'],
    keysLabel: () => msg('board.keys.shiftM'),
    help: () => msg('board.action.noteMemosHelp'),
    section: 'note',
    menus: ['note'],
    when: isNote,
    perform: (c) => isNote(c) && useBoardStore.getState().openMemos({ target: 'note', id: c.target.id }),
  },
  {
    name: 'note.removeFromTheme',
    label: () => msg('board.action.removeFromTheme'),
    menus: ['note'],
    when: (c) => isNote(c) && targets(c).some((id) => c.model.noteById.get(id)?.themeId),
    perform(c) {
      if (!isNote(c)) return;
      void c.act(assignTheme(c.runner, targets(c), null), (count) => msg('board.said.tookOut', { count }));
    },
  },
  // L and A are answered by the "Like this note" panel (similarKeys.ts), which needs its own state; they are
  // listed here, without keys, so the shortcuts dialog shows them and this list never takes them first.
  {
    name: 'note.similar',
    label: () => msg('board.action.similar'),
    keysLabel: 'L',
    help: () => msg('board.action.similarHelp'),
    section: 'note',
    perform: () => undefined,
  },
  {
    name: 'note.acceptLikelyTheme',
    label: () => msg('board.action.acceptLikely'),
    keysLabel: 'A',
    help: () => msg('board.action.acceptLikelyHelp'),
    section: 'note',
    perform: () => undefined,
  },
  ...perArrow('Shift+', (direction) => ({
    name: 'note.nudge',
    label: () => msg('board.action.nudge'),
    keysLabel: () => msg('board.keys.shiftArrow'),
    help: () => msg('board.action.nudgeHelp'),
    section: 'note',
    when: isNote,
    perform: (c) => isNote(c) && nudge(c, direction, false),
  })),
  ...perArrow('Alt+Shift+', (direction) => ({
    name: 'note.nudgeSmall',
    label: () => msg('board.action.nudgeSmall'),
    when: isNote,
    perform: (c) => isNote(c) && nudge(c, direction, true),
  })),
  {
    name: 'note.selectTheme',
    label: () => msg('board.action.selectTheme'),
    keys: ['Mod+KeyA'],
    help: () => msg('board.action.selectThemeHelp'),
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
      const count = ids.length;
      c.announce(
        already
          ? msg('board.said.allSelected', { count })
          : themeId
            ? msg('board.said.themeSelected', { count, theme: model.themeById.get(themeId)!.name })
            : msg('board.said.unthemedSelected', { count }),
      );
    },
  },
];
