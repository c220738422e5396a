/**
 * The board's actions, built on the app's action lists (ui/actions.ts): every key the canvas answers, every
 * item of its menus and every row of its shortcuts dialog come from these lists. Order matters: the first
 * action whose key matches and which applies runs, so the frame's and the note's own keys come before the
 * board's.
 */
import { applies, findKeyAction, shortcutSections, type Action, type KeyInput } from '../../ui/actions';
import { SECTIONS, type BoardAction } from './context';
import { FRAME_ACTIONS } from './frameActions';
import { NOTE_ACTIONS } from './noteActions';
import { SCREEN_ACTIONS } from './screenActions';
import { VIEW_ACTIONS } from './viewActions';

export const BOARD_ACTIONS: readonly BoardAction[] = [...FRAME_ACTIONS, ...NOTE_ACTIONS, ...VIEW_ACTIONS];
export { SCREEN_ACTIONS };

export function boardAction(name: string): BoardAction {
  const action = BOARD_ACTIONS.find((a) => a.name === name);
  if (!action) throw new Error(`The board has no action called “${name}”`);
  return action;
}

/** Runs the first action a key press triggers and which applies; true when one ran (the caller stops the event). */
export function runKey<C>(actions: readonly Action<C>[], event: KeyInput, context: C): boolean {
  const found = findKeyAction(actions, event, context);
  if (!found) return false;
  found.action.perform(context, found.trigger);
  return true;
}

/** Runs a menu item's action with a context of the moment it was chosen, if it still applies then. */
export function runMenuItem<C>(action: Action<C>, context: C): void {
  if (applies(action, context)) action.perform(context, { source: 'menu' });
}

/**
 * The help says what an action does in general (its `help`, or its label), never a label of the moment, so
 * the dialog needs no context: every listed action whose label reads the context (a function taking one) has
 * a `help` (a unit test holds every list to it); a label taking none is words read in the app's language.
 */
function forHelp<C>(actions: readonly Action<C>[]): Action<null>[] {
  return actions.map((action) => ({
    ...action,
    label: () => {
      if (action.help) return typeof action.help === 'function' ? action.help() : action.help;
      if (typeof action.label === 'string') return action.label;
      return action.label.length === 0 ? action.label(undefined as C) : action.name;
    },
    help: undefined,
    when: undefined,
    perform: () => undefined,
  }));
}

/** The shortcuts dialog's sections, in the app's language of the moment. */
export function boardShortcutSections() {
  return shortcutSections([...forHelp(BOARD_ACTIONS), ...forHelp(SCREEN_ACTIONS)], SECTIONS, null);
}
