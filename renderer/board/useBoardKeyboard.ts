/**
 * The board canvas's keys: each key press becomes a context (what has focus, the model, the camera…) and runs
 * the first action of the board’s list (actions/boardActions.ts) that the key triggers and that applies.
 * The same list builds the board's menus and its shortcuts dialog.
 */
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Size } from '../../shared/board/camera';
import type { Point } from '../../shared/board/rect';
import type { TidyMode } from '../../shared/board/regions';
import { announce } from '../app/announce';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { useBoardStore } from './boardStore';
import type { BoardWrite } from './dropPlan';
import type { BoardModel } from './useBoardModel';
import type { CameraControls } from './useCameraControls';
import { BOARD_ACTIONS, runKey } from './actions/boardActions';
import type { ActionTarget, BoardActionContext } from './actions/context';

export interface KeyboardDeps {
  camera: CameraControls;
  model: BoardModel;
  size: Size;
  /** Notes matching the filter, or null when no filter is on. */
  matches: ReadonlySet<string> | null;
  onWrite(write: BoardWrite): void;
  /** Focus this note's element once it is mounted (it may be culled until the camera reveals it). */
  requestFocus(id: string): void;
  frameEls: ReadonlyMap<string, HTMLElement>;
  /** The pointer's world position while it is over the board. */
  pointer(): Point | null;
  onNewSticky(at: Point | null, themeId: string | null): void;
  onTidy(mode: TidyMode): void;
  onMenu(target: ActionTarget): void;
}

/** What a key press's target is: a note, a frame's title, or the canvas itself. */
export function actionTarget(element: Element | null): ActionTarget {
  const note = element?.closest<HTMLElement>('[data-note-id]');
  if (note) return { kind: 'note', id: note.dataset.noteId! };
  const title = element?.closest('[data-frame-part="title"]');
  const frame = title?.closest<HTMLElement>('[data-frame-id]');
  return frame ? { kind: 'frame', id: frame.dataset.frameId! } : { kind: 'canvas' };
}

/** The context actions run in: built by the keyboard here, and by the board's menus. */
export function useActionContext(
  deps: KeyboardDeps,
): (target: ActionTarget, pointer?: Point | null) => BoardActionContext {
  const { runner } = useData();
  const act = useAct();
  const depsRef = useRef(deps);
  useLayoutEffect(() => {
    depsRef.current = deps;
  });
  return useCallback(
    (target, pointer) => {
      const d = depsRef.current;
      return {
        target,
        model: d.model,
        camera: d.camera,
        size: d.size,
        matches: d.matches,
        state: useBoardStore.getState(),
        pointer: pointer === undefined ? d.pointer() : pointer,
        runner,
        act,
        write: d.onWrite,
        focusNote(id) {
          useBoardStore.getState().setFocused(id);
          const rect = d.model.layout.notes.get(id);
          if (rect) d.camera.reveal(rect);
          d.requestFocus(id);
        },
        focusFrame(id) {
          const frame = d.model.layout.frames.get(id);
          if (frame) d.camera.reveal(frame);
          d.frameEls.get(id)?.querySelector<HTMLElement>('[data-frame-part="title"]')?.focus({ preventScroll: true });
        },
        newSticky: d.onNewSticky,
        tidy: d.onTidy,
        openMenu: () => d.onMenu(target),
        announce,
      };
    },
    [runner, act],
  );
}

export function useBoardKeyboard(deps: KeyboardDeps) {
  const contextFor = useActionContext(deps);
  return useCallback(
    (event: ReactKeyboardEvent) => {
      const element = event.target as HTMLElement;
      if (element.closest('input, textarea, select, [role="dialog"], [role="menu"], [data-board-overlay]')) return;
      if (runKey(BOARD_ACTIONS, event, contextFor(actionTarget(element)))) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [contextFor],
  );
}
