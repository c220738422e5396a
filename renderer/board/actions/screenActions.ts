/**
 * Keys that work anywhere on the board screen (except while typing in a field or inside a dialog): search,
 * the shortcuts dialog; and undo and redo, which the app handles everywhere and are listed here for the help.
 */
import type { Action } from '../../ui/actions';
import { useBoardStore } from '../boardStore';
import type { ActionTarget, BoardActionContext } from './context';
import { msg } from '../../ui/i18n';

export interface ScreenContext {
  /** The board canvas's context, when the canvas is shown (not the outline). */
  canvas: ((target: ActionTarget) => BoardActionContext) | null;
}

export const SCREEN_ACTIONS: Action<ScreenContext>[] = [
  {
    name: 'screen.search',
    label: () => msg('board.action.search'),
    keys: ['/'],
    section: 'screen',
    perform: () => document.getElementById('board-search')?.focus(),
  },
  {
    // N on the canvas is the canvas's own (beside the focused note); from elsewhere on the screen it still
    // starts a note, at the pointer when it is over the board, else in the middle of the view.
    name: 'screen.newSticky',
    label: () => msg('board.newNote'),
    keys: ['KeyN'],
    when: (c) => c.canvas !== null,
    perform(c) {
      const context = c.canvas!({ kind: 'canvas' });
      context.newSticky(context.pointer, null);
    },
  },
  {
    name: 'screen.undo',
    label: () => msg('board.action.undo'),
    keysLabel: () => msg('board.keys.undo'),
    section: 'screen',
    // The app's own undo handles the keys everywhere; this row only lists them.
    perform: () => {},
  },
  {
    name: 'screen.help',
    label: () => msg('board.action.help'),
    keys: ['?', 'Mod+/'],
    section: 'screen',
    perform: () => useBoardStore.getState().setHelpOpen(true),
  },
];
