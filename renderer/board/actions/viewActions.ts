/**
 * Keys that work anywhere on the board canvas: zoom, pan, the hand tool, a new note, the context menu and
 * clearing the selection — and the tidy-up commands, offered by the toolbar's and the board's menus.
 */
import { visibleWorldRect, zoomAt } from '../../../shared/board/camera';
import { rectCenter } from '../../../shared/board/rect';
import { TIDY_MODES } from '../../../shared/board/regions';
import { useBoardStore } from '../boardStore';
import { candidates } from './noteActions';
import { isNote, perArrow, type BoardAction, type BoardActionContext } from './context';
import { msg } from '../../ui/i18n';

const PAN_STEP = 160;

/** From the canvas itself, an arrow key enters the notes at the one nearest the middle of the view. */
function enterNotes(c: BoardActionContext): void {
  const centre = rectCenter(visibleWorldRect(c.camera.live.get(), c.size));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [id, rect] of candidates(c)) {
    const middle = rectCenter(rect);
    const distance = Math.hypot(middle.x - centre.x, middle.y - centre.y);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  if (best) c.focusNote(best);
}

export const VIEW_ACTIONS: BoardAction[] = [
  ...perArrow('', () => ({
    name: 'board.enterNotes',
    label: () => msg('board.action.enterNotes'),
    keysLabel: '← ↑ → ↓',
    section: 'board',
    when: (c) => c.target.kind === 'canvas',
    perform: enterNotes,
  })),
  {
    name: 'board.newSticky',
    label: () => msg('board.action.newNoteHere'),
    keys: ['KeyN'],
    help: () => msg('board.action.newNoteHereHelp'),
    section: 'board',
    menus: ['canvas', 'note'],
    when: (c) => c.target.kind !== 'frame',
    perform(c) {
      if (c.pointer) return c.newSticky(c.pointer, null);
      const note = isNote(c) ? c.model.noteById.get(c.target.id) : undefined;
      const themeId = note?.themeId && c.model.themeById.has(note.themeId) ? note.themeId : null;
      c.newSticky(null, themeId);
    },
  },
  {
    name: 'board.contextMenu',
    label: () => msg('board.action.contextMenu'),
    keys: ['ContextMenu', 'Shift+F10'],
    section: 'board',
    perform: (c) => c.openMenu(),
  },
  {
    name: 'board.zoomIn',
    label: () => msg('board.action.zoomIn'),
    keys: ['+', '='],
    keysLabel: '+ / −',
    help: () => msg('board.action.zoomHelp'),
    section: 'board',
    perform: (c) => c.camera.zoomBy(1.25),
  },
  {
    name: 'board.zoomOut',
    label: () => msg('board.action.zoomOut'),
    keys: ['-', '_'],
    perform: (c) => c.camera.zoomBy(0.8),
  },
  {
    name: 'board.fit',
    label: () => msg('board.action.fit'),
    keys: ['0'],
    help: () => msg('board.action.fitHelp'),
    section: 'board',
    menus: ['canvas'],
    perform(c) {
      c.camera.fit(c.model.layout.bounds);
      c.announce(msg('board.said.fit'));
    },
  },
  {
    name: 'board.actualSize',
    label: () => msg('board.action.actualSize'),
    keys: ['1'],
    section: 'board',
    perform(c) {
      const live = c.camera.live.get();
      c.camera.apply(zoomAt(live, { x: c.size.w / 2, y: c.size.h / 2 }, 1 / live.zoom), true);
      c.announce(msg('board.said.actualSize'));
    },
  },
  ...perArrow('Alt+', (direction) => ({
    name: 'board.pan',
    label: () => msg('board.action.pan'),
    keysLabel: () => msg('board.keys.altArrow'),
    section: 'board',
    perform(c) {
      const [dx, dy] = { left: [PAN_STEP, 0], right: [-PAN_STEP, 0], up: [0, PAN_STEP], down: [0, -PAN_STEP] }[
        direction
      ];
      c.camera.pan(dx!, dy!);
    },
  })),
  {
    name: 'board.handTool',
    label: () => msg('board.action.handTool'),
    keys: ['KeyH'],
    help: () => msg('board.action.handToolHelp'),
    section: 'board',
    perform(c) {
      const on = !c.state.handTool;
      useBoardStore.getState().setHandTool(on);
      c.announce(msg('board.said.handTool', { on: on ? 'yes' : 'no' }));
    },
  },
  {
    name: 'board.clearSelection',
    label: () => msg('board.action.clearSelection'),
    keys: ['Escape'],
    section: 'board',
    menus: ['canvas', 'note'],
    when: (c) => c.state.selection.size > 0,
    perform(c) {
      useBoardStore.getState().clearSelection();
      c.announce(msg('board.said.selectionCleared'));
    },
  },
  ...TIDY_MODES.map((mode): BoardAction => ({
    name: `board.tidy.${mode.id}`,
    label: () => msg(mode.label),
    help: () => msg(mode.description),
    menus: ['tidy', 'canvas'],
    when: (c) => c.model.notes.length > 0 && (mode.id !== 'session' || !c.model.session),
    perform: (c) => c.tidy(mode.id),
  })),
];
