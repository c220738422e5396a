/**
 * What a pointer gesture on the board works with, kept apart from React and the DOM so each gesture is a
 * small module that unit tests can drive with plain objects: the live camera, the board model, the
 * selection, a view that shows the gesture while it lasts, and a way to commit its result.
 *
 * Points are in viewport pixels (relative to the board viewport's top-left corner); `camera()` maps them to
 * the world.
 */
import type { Camera } from '../../../shared/board/camera';
import type { Point, Rect } from '../../../shared/board/rect';
import type { BoardModel } from '../useBoardModel';
import type { BoardWrite } from '../dropPlan';

export interface SelectionApi {
  current(): ReadonlySet<string>;
  select(ids: Iterable<string>): void;
  toggle(id: string): void;
  add(ids: Iterable<string>): void;
  clear(): void;
  /** Keyboard focus (the roving tab stop) follows the note a pointer pressed. */
  focus(id: string): void;
}

/** How a gesture shows itself while it lasts; the board draws it (and batches it to one update per frame). */
export interface GestureView {
  /** The notes being dragged, `delta` world units from where they lie, and the frame they would drop into. */
  dragNotes(ids: readonly string[], delta: Point, target: string | null): void;
  /** A frame (with its notes and sub-frames) being moved by `delta` world units. */
  dragFrame(themeId: string, delta: Point): void;
  /** A frame being resized to `rect` (world units). */
  resizeFrame(themeId: string, rect: Rect): void;
  /** The lasso rectangle in viewport pixels, or null to hide it. */
  lasso(rect: Rect | null): void;
  /** Ends any of the above; `committed` says whether a write follows (so the board draws the new state at once). */
  clear(committed: boolean): void;
}

export interface CameraApi {
  get(): Camera;
  /** Move the camera live (committed to the store once the gesture settles). */
  set(camera: Camera): void;
  commit(): void;
}

export interface GestureEnv {
  camera: CameraApi;
  model: Pick<BoardModel, 'layout' | 'index' | 'themes' | 'themeById' | 'notes' | 'notesByTheme'>;
  selection: SelectionApi;
  view: GestureView;
  write(write: BoardWrite): void;
  announce(message: string): void;
}

/** A gesture in progress: created by a press, fed pointer moves, ended by a release or a cancel. */
export interface Gesture {
  move(at: Point): void;
  end(at: Point): void;
  cancel(): void;
}

/** How far (viewport pixels) a press must travel to be a drag rather than a click. */
export const DRAG_THRESHOLD = 4;

export const travelled = (from: Point, to: Point) => Math.hypot(to.x - from.x, to.y - from.y);
