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
    label: 'Go to the notes',
    keysLabel: '← ↑ → ↓',
    section: 'board',
    when: (c) => c.target.kind === 'canvas',
    perform: enterNotes,
  })),
  {
    name: 'board.newSticky',
    label: 'New note here',
    keys: ['KeyN'],
    help: 'Type a new note at the pointer, or beside the focused note',
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
    label: 'Open the menu of the focused item',
    keys: ['ContextMenu', 'Shift+F10'],
    section: 'board',
    perform: (c) => c.openMenu(),
  },
  {
    name: 'board.zoomIn',
    label: 'Zoom in',
    keys: ['+', '='],
    keysLabel: '+ / −',
    help: 'Zoom in / out',
    section: 'board',
    perform: (c) => c.camera.zoomBy(1.25),
  },
  { name: 'board.zoomOut', label: 'Zoom out', keys: ['-', '_'], perform: (c) => c.camera.zoomBy(0.8) },
  {
    name: 'board.fit',
    label: 'Zoom to fit',
    keys: ['0'],
    help: 'Zoom to fit the whole board',
    section: 'board',
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
    section: 'board',
    perform(c) {
      const live = c.camera.live.get();
      c.camera.apply(zoomAt(live, { x: c.size.w / 2, y: c.size.h / 2 }, 1 / live.zoom), true);
      c.announce('Zoom 100%');
    },
  },
  ...perArrow('Alt+', (direction) => ({
    name: 'board.pan',
    label: 'Pan the board',
    keysLabel: 'Alt+arrow',
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
    label: 'Hand tool',
    keys: ['KeyH'],
    help: 'Hand tool: dragging the open board pans instead of lassoing',
    section: 'board',
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
    section: 'board',
    menus: ['canvas', 'note'],
    when: (c) => c.state.selection.size > 0,
    perform(c) {
      useBoardStore.getState().clearSelection();
      c.announce('Selection cleared');
    },
  },
  ...TIDY_MODES.map((mode): BoardAction => ({
    name: `board.tidy.${mode.id}`,
    label: mode.label,
    help: mode.description,
    menus: ['tidy', 'canvas'],
    when: (c) => c.model.notes.length > 0 && (mode.id !== 'session' || !c.model.session),
    perform: (c) => c.tidy(mode.id),
  })),
];
