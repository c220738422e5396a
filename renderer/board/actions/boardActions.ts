/**
 * The board's one action registry: every key the canvas answers, every item of its menus and every row of its
 * shortcuts dialog come from these lists (ui/actions/registry.ts). Order matters: the first action whose key
 * matches and which applies runs, so the frame's and the note's own keys come before the board's.
 */
import { createRegistry, shortcutSections } from '../../ui/actions/registry';
import type { BoardActionContext } from './context';
import { GROUPS } from './context';
import { FRAME_ACTIONS } from './frameActions';
import { NOTE_ACTIONS } from './noteActions';
import { SCREEN_ACTIONS, type ScreenContext } from './screenActions';
import { VIEW_ACTIONS } from './viewActions';

export const BOARD_ACTIONS = createRegistry<BoardActionContext>([...FRAME_ACTIONS, ...NOTE_ACTIONS, ...VIEW_ACTIONS]);
export const SCREEN_REGISTRY = createRegistry<ScreenContext>(SCREEN_ACTIONS);

export const BOARD_SHORTCUT_SECTIONS = [
  ...shortcutSections(BOARD_ACTIONS, [GROUPS.note, GROUPS.frame, GROUPS.board]),
  ...shortcutSections(SCREEN_REGISTRY, [GROUPS.screen]),
];
