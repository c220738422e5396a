/**
 * A theme's frame by keyboard: its title takes focus (Tab), arrow keys move the frame with its notes and
 * sub-frames (Shift: a larger step), Enter or Space selects its notes. Each move is one undoable command.
 */
import type { Direction } from '../../../shared/board/navigate';
import { setThemeFrame, assignTheme } from '../../data/commands/board';
import { useBoardStore } from '../boardStore';
import { planFrameMove } from '../dropPlan';
import { isFrame, perArrow, type BoardAction, type BoardActionContext } from './context';
import { msg } from '../../ui/i18n';

const STEP = 24;
const LARGE_STEP = 120;

function moveFrame(c: BoardActionContext & { target: { id: string } }, direction: Direction, step: number): void {
  const [dx, dy] = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] }[direction];
  const { layout, themes, notes: all, themeById } = c.model;
  const themeId = c.target.id;
  if (!layout.frames.has(themeId)) return;
  const plan = planFrameMove(layout, themes, all, themeId, { x: dx!, y: dy! });
  const theme = themeById.get(themeId)?.name ?? '';
  c.write({
    kind: 'frame',
    themeId,
    ...plan,
    label: { id: 'board.undo.moveTheme', values: { theme }, subject: 'theme' },
    summary: msg('board.said.movedThemeThatWay', { theme, direction }),
  });
  c.camera.reveal(plan.frame);
}

const themeName = (c: BoardActionContext) => (isFrame(c) ? (c.model.themeById.get(c.target.id)?.name ?? '') : '');

export const FRAME_ACTIONS: BoardAction[] = [
  ...perArrow('', (direction) => ({
    name: 'frame.move',
    label: () => msg('board.action.moveFrame'),
    keysLabel: '← ↑ → ↓',
    help: () => msg('board.action.moveFrameHelp'),
    section: 'frame',
    when: isFrame,
    perform: (c) => isFrame(c) && moveFrame(c, direction, STEP),
  })),
  ...perArrow('Shift+', (direction) => ({
    name: 'frame.moveFar',
    label: () => msg('board.action.moveFrameFar'),
    when: isFrame,
    perform: (c) => isFrame(c) && moveFrame(c, direction, LARGE_STEP),
  })),
  {
    name: 'frame.selectNotes',
    label: () => msg('board.action.selectNotes'),
    keys: ['Enter', ' '],
    keysLabel: () => msg('board.keys.enterOrSpace'),
    help: () => msg('board.action.selectNotesHelp'),
    section: 'frame',
    menus: ['frame'],
    when: isFrame,
    perform(c) {
      if (!isFrame(c)) return;
      const ids = (c.model.notesByTheme.get(c.target.id) ?? []).map((n) => n.id);
      useBoardStore.getState().select(ids);
      c.announce(msg('board.said.notesOf', { count: ids.length, theme: themeName(c) }));
    },
  },
  {
    name: 'frame.moveSelectionHere',
    label: (c) => msg('board.action.moveSelectionHere', { count: c.state.selection.size }),
    menus: ['frame'],
    when: (c) => isFrame(c) && c.state.selection.size > 0,
    perform(c) {
      if (!isFrame(c)) return;
      const theme = themeName(c);
      void c.act(assignTheme(c.runner, [...c.state.selection], c.target.id), (count) =>
        msg('board.said.movedTo', { count, theme }),
      );
    },
  },
  {
    name: 'frame.memos',
    label: () => msg('board.action.memos'),
    keys: ['Shift+KeyM'],
    keysLabel: () => msg('board.keys.shiftM'),
    help: () => msg('board.action.themeMemosHelp'),
    section: 'frame',
    menus: ['frame'],
    when: isFrame,
    perform: (c) => isFrame(c) && useBoardStore.getState().openMemos({ target: 'theme', id: c.target.id }),
  },
  {
    name: 'frame.newSticky',
    label: () => msg('board.action.newNoteInTheme'),
    keys: ['KeyN'],
    help: () => msg('board.action.newNoteInThemeHelp'),
    section: 'frame',
    menus: ['frame'],
    when: isFrame,
    perform(c) {
      if (!isFrame(c)) return;
      const frame = c.model.layout.frames.get(c.target.id);
      c.newSticky(frame ? { x: frame.x + 20, y: frame.y + 48 } : null, c.target.id);
    },
  },
  {
    name: 'frame.autoLayout',
    label: () => msg('board.action.autoLayout'),
    menus: ['frame'],
    when: (c) => isFrame(c) && !c.model.layout.autoFrames.has(c.target.id),
    perform(c) {
      if (!isFrame(c)) return;
      void c.act(setThemeFrame(c.runner, c.target.id, null), msg('board.said.autoLayout', { theme: themeName(c) }));
    },
  },
];
