/**
 * Keys that work anywhere on the board canvas: zoom, pan, the hand tool, a new note, the context menu and
 * clearing the selection — and the tidy-up commands, offered by the toolbar's and the board's menus.
 */
import { visibleWorldRect, zoomAt } from '../../../shared/board/camera';
import { rectCenter } from '../../../shared/board/rect';
import { TIDY_MODES } from '../../../shared/board/regions';
import type { Action } from '../../ui/actions/registry';
import { useBoardStore } from '../boardStore';
import { candidates } from './noteActions';
import { GROUPS, isNote, type BoardActionContext } from './context';

type ViewAction = Action<BoardActionContext>;

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

export const VIEW_ACTIONS: ViewAction[] = [
  {
    name: 'board.enterNotes',
    label: 'Go to the notes',
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'],
    group: GROUPS.board,
    when: (c) => c.target.kind === 'canvas',
    perform: enterNotes,
  },
  {
    name: 'board.newSticky',
    label: 'New note here',
    keys: ['N'],
    description: 'Type a new note at the pointer, or beside the focused note',
    group: GROUPS.board,
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
    label: 'Open the menu of the focused item',
    keys: ['ContextMenu', 'Shift+F10'],
    group: GROUPS.board,
    perform: (c) => c.openMenu(),
  },
  {
    name: 'board.zoomIn',
    label: 'Zoom in',
    keys: ['+', '='],
    keysLabel: '+ / −',
    description: 'Zoom in / out',
    group: GROUPS.board,
    perform: (c) => c.camera.zoomBy(1.25),
  },
  { name: 'board.zoomOut', label: 'Zoom out', keys: ['-', '_'], group: 'hidden', perform: (c) => c.camera.zoomBy(0.8) },
  {
    name: 'board.fit',
    label: 'Zoom to fit',
    keys: ['0'],
    description: 'Zoom to fit the whole board',
    group: GROUPS.board,
    menus: ['canvas'],
    perform(c) {
      c.camera.fit(c.model.layout.bounds);
      c.announce('Zoomed to fit the board');
    },
  },
  {
    name: 'board.actualSize',
    label: 'Zoom to 100%',
    keys: ['1'],
    group: GROUPS.board,
    perform(c) {
      const live = c.camera.live.get();
      c.camera.apply(zoomAt(live, { x: c.size.w / 2, y: c.size.h / 2 }, 1 / live.zoom), true);
      c.announce('Zoom 100%');
    },
  },
  {
    name: 'board.pan',
    label: 'Pan the board',
    keys: ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+ArrowUp', 'Alt+ArrowDown'],
    keysLabel: 'Alt+arrow',
    group: GROUPS.board,
    perform(c, t) {
      if (t.kind !== 'key') return;
      const step = {
        ArrowLeft: [PAN_STEP, 0],
        ArrowRight: [-PAN_STEP, 0],
        ArrowUp: [0, PAN_STEP],
        ArrowDown: [0, -PAN_STEP],
      }[t.event.key];
      if (step) c.camera.pan(step[0]!, step[1]!);
    },
  },
  {
    name: 'board.handTool',
    label: 'Hand tool',
    keys: ['H'],
    description: 'Hand tool: dragging the open board pans instead of lassoing',
    group: GROUPS.board,
    perform(c) {
      const on = !c.state.handTool;
      useBoardStore.getState().setHandTool(on);
      c.announce(on ? 'Hand tool on: dragging the board pans' : 'Hand tool off: dragging the board draws a lasso');
    },
  },
  {
    name: 'board.clearSelection',
    label: 'Clear the selection',
    keys: ['Escape'],
    group: GROUPS.board,
    menus: ['canvas', 'note'],
    when: (c) => c.state.selection.size > 0,
    perform(c) {
      useBoardStore.getState().clearSelection();
      c.announce('Selection cleared');
    },
  },
  ...TIDY_MODES.map((mode): ViewAction => ({
    name: `board.tidy.${mode.id}`,
    label: mode.label,
    description: mode.description,
    group: GROUPS.board,
    menus: ['tidy', 'canvas'],
    when: (c) => c.model.notes.length > 0 && (mode.id !== 'session' || !c.model.session),
    perform: (c) => c.tidy(mode.id),
  })),
];
