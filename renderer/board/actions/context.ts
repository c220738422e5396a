/**
 * What the board's actions (notes, frames, the view) know when they run: what has focus, the board model and
 * its UI state, the camera, and the ways to change things — all gathered fresh for each key press or menu.
 */
import type { Size } from '../../../shared/board/camera';
import type { Point } from '../../../shared/board/rect';
import type { BoardState } from '../boardStore';
import type { BoardWrite } from '../dropPlan';
import type { BoardModel } from '../useBoardModel';
import type { CameraControls } from '../useCameraControls';
import type { TidyMode } from '../../../shared/board/regions';
import type { CommandRunner } from '../../data/commandRunner';
import type { Action, SectionOfActions } from '../../ui/actions';
import type { Direction } from '../../../shared/board/navigate';

export type ActionTarget = { kind: 'note'; id: string } | { kind: 'frame'; id: string } | { kind: 'canvas' };

export interface BoardActionContext {
  target: ActionTarget;
  model: BoardModel;
  camera: CameraControls;
  size: Size;
  /** Notes matching the filter, or null when no filter is on: arrow keys move among these only. */
  matches: ReadonlySet<string> | null;
  /** The board's UI state when the key was pressed (selection, focus, hand tool…). */
  state: BoardState;
  /** Where the pointer is over the board (world units), or null when it is elsewhere. */
  pointer: Point | null;
  runner: CommandRunner;
  /** Runs a command, announcing success and showing a failure in words (app/useAct.ts). */
  act<T>(action: Promise<T>, success?: string | ((result: T) => string)): Promise<T | undefined>;
  write(write: BoardWrite): void;
  /** Focus a note, mounting it and bringing it into view first if need be. */
  focusNote(id: string): void;
  focusFrame(id: string): void;
  /** Start typing a new sticky at a world point (null: the best spot for the keyboard's focus). */
  newSticky(at: Point | null, themeId: string | null): void;
  tidy(mode: TidyMode): void;
  /** Open the context menu of the focused element. */
  openMenu(): void;
  announce(message: string): void;
}

export type BoardAction = Action<BoardActionContext>;

/** The shortcuts dialog's sections, in the order it lists them. */
export const SECTIONS: readonly SectionOfActions[] = [
  { id: 'note', heading: 'board.section.note' },
  { id: 'frame', heading: 'board.section.frame' },
  { id: 'board', heading: 'board.section.board' },
  { id: 'screen', heading: 'board.section.screen' },
];

const ARROW_KEYS: readonly [string, Direction][] = [
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
];

/**
 * One action per arrow key (`prefix` + the arrow, e.g. `Shift+`), since an action is told which of its chords
 * ran only for digits. The shortcuts dialog lists the four as one row: the first keeps its section and
 * `keysLabel`, the other three are unlisted.
 */
export function perArrow(
  prefix: string,
  make: (direction: Direction) => Omit<BoardAction, 'keys' | 'name'> & { name: string },
): BoardAction[] {
  return ARROW_KEYS.map(([key, direction], index) => {
    const action = make(direction);
    const named = { ...action, name: `${action.name}.${direction}`, keys: [`${prefix}${key}`] };
    return index === 0 ? named : { ...named, section: undefined, keysLabel: undefined };
  });
}

export const isNote = (c: BoardActionContext): c is BoardActionContext & { target: { kind: 'note'; id: string } } =>
  c.target.kind === 'note';
export const isFrame = (c: BoardActionContext): c is BoardActionContext & { target: { kind: 'frame'; id: string } } =>
  c.target.kind === 'frame';
