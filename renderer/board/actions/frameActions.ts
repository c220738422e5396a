/**
 * A theme's frame by keyboard: its title takes focus (Tab), arrow keys move the frame with its notes and
 * sub-frames (Shift: a larger step), Enter or Space selects its notes. Each move is one undoable command.
 */
import type { Direction } from '../../../shared/board/navigate';
import { setThemeFrame, assignTheme } from '../../data/commands/board';
import { useBoardStore } from '../boardStore';
import { planFrameMove } from '../dropPlan';
import { isFrame, notes, perArrow, type BoardAction, type BoardActionContext } from './context';

const STEP = 24;
const LARGE_STEP = 120;

function moveFrame(c: BoardActionContext & { target: { id: string } }, direction: Direction, step: number): void {
  const [dx, dy] = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] }[direction];
  const { layout, themes, notes: all, themeById } = c.model;
  const themeId = c.target.id;
  if (!layout.frames.has(themeId)) return;
  const plan = planFrameMove(layout, themes, all, themeId, { x: dx!, y: dy! });
  const name = themeById.get(themeId)?.name ?? 'theme';
  c.write({
    kind: 'frame',
    themeId,
    ...plan,
    label: `Move theme “${name}”`,
    summary: `Moved theme ${name} ${direction}`,
  });
  c.camera.reveal(plan.frame);
}

const themeName = (c: BoardActionContext) => (isFrame(c) ? (c.model.themeById.get(c.target.id)?.name ?? '') : '');

export const FRAME_ACTIONS: BoardAction[] = [
  ...perArrow('', (direction) => ({
    name: 'frame.move',
    label: 'Move the frame',
    keysLabel: '← ↑ → ↓',
    help: 'Move the frame with its notes (Shift+arrow: further)',
    section: 'frame',
    when: isFrame,
    perform: (c) => isFrame(c) && moveFrame(c, direction, STEP),
  })),
  ...perArrow('Shift+', (direction) => ({
    name: 'frame.moveFar',
    label: 'Move the frame further',
    when: isFrame,
    perform: (c) => isFrame(c) && moveFrame(c, direction, LARGE_STEP),
  })),
  {
    name: 'frame.selectNotes',
    label: 'Select its notes',
    keys: ['Enter', ' '],
    keysLabel: 'Enter or Space',
    help: 'Select the theme’s notes',
    section: 'frame',
    menus: ['frame'],
    when: isFrame,
    perform(c) {
      if (!isFrame(c)) return;
      const ids = (c.model.notesByTheme.get(c.target.id) ?? []).map((n) => n.id);
      useBoardStore.getState().select(ids);
      c.announce(`${notes(ids.length)} of ${themeName(c)} selected`);
    },
  },
  {
    name: 'frame.moveSelectionHere',
    label: (c) => `Move the ${notes(c.state.selection.size)} selected here`,
    menus: ['frame'],
    when: (c) => isFrame(c) && c.state.selection.size > 0,
    perform(c) {
      if (!isFrame(c)) return;
      const name = themeName(c);
      void c.act(
        assignTheme(c.runner, [...c.state.selection], c.target.id),
        (n) => `Moved ${notes(n)} to theme ${name}`,
      );
    },
  },
  {
    name: 'frame.memos',
    label: 'Memos…',
    keys: ['Shift+KeyM'],
    keysLabel: 'Shift+M',
    help: 'Memos on the theme: read them, write one',
    section: 'frame',
    menus: ['frame'],
    when: isFrame,
    perform: (c) => isFrame(c) && useBoardStore.getState().openMemos({ target: 'theme', id: c.target.id }),
  },
  {
    name: 'frame.newSticky',
    label: 'New note in this theme',
    keys: ['KeyN'],
    help: 'Type a new note in this theme',
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
    label: 'Lay out automatically',
    menus: ['frame'],
    when: (c) => isFrame(c) && !c.model.layout.autoFrames.has(c.target.id),
    perform(c) {
      if (!isFrame(c)) return;
      void c.act(setThemeFrame(c.runner, c.target.id, null), `${themeName(c)} is laid out automatically`);
    },
  },
];
