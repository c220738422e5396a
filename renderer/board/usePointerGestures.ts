/**
 * The board's pointer input: turns DOM pointer events into the gesture modules in gestures/ (note drag,
 * lasso, pan, frame move and resize, two-finger pinch, double click), each a small tested module of its own.
 * This hook only finds what was pressed, keeps one gesture going at a time, and hands the gestures the
 * camera, the model, the selection and the painter that shows them.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Point, Rect } from '../../shared/board/rect';
import { announce } from '../app/announce';
import { useBoardStore } from './boardStore';
import type { BoardWrite } from './dropPlan';
import type { BoardModel } from './useBoardModel';
import type { CameraControls } from './useCameraControls';
import { doubleClickIntent } from './gestures/doubleClick';
import { startFrameMove, startFrameResize } from './gestures/frameDrag';
import { startLasso } from './gestures/lasso';
import { pressNote } from './gestures/noteDrag';
import { startPan } from './gestures/pan';
import { startPinch, type Pinch } from './gestures/pinch';
import { pickGesture, targetOf, type GestureKind, type PressTarget } from './gestures/target';
import type { Gesture, GestureEnv, GestureView } from './gestures/types';
import { msg } from '../ui/i18n';

export interface GestureDeps {
  viewportRef: RefObject<HTMLElement | null>;
  lassoRef: RefObject<HTMLElement | null>;
  camera: CameraControls;
  model: BoardModel;
  /** Draws drags, frame moves and resizes (the painter); null while there is none (forced colours). */
  view: Omit<GestureView, 'lasso'> | null;
  handTool: boolean;
  onWrite(write: BoardWrite): void;
  /** A double click on empty board (or in a frame): a new sticky at that world point. */
  onNewSticky(at: Point, themeId: string | null): void;
  /** Keyboard focus follows the pressed note. */
  focusNote(id: string): void;
}

const NO_VIEW: Omit<GestureView, 'lasso'> = { dragNotes() {}, dragFrame() {}, resizeFrame() {}, clear() {} };

function showLasso(box: HTMLElement | null, rect: Rect | null): void {
  if (!box) return;
  box.hidden = !rect;
  if (!rect) return;
  box.style.transform = `translate(${rect.x}px, ${rect.y}px)`;
  box.style.width = `${rect.w}px`;
  box.style.height = `${rect.h}px`;
}

/** The gesture modules' environment, from the hook's current dependencies and the board store. */
function gestureEnv(d: GestureDeps): GestureEnv {
  const store = useBoardStore.getState;
  const view = d.view ?? NO_VIEW;
  return {
    camera: { get: d.camera.live.get, set: (c) => d.camera.apply(c), commit: d.camera.commitNow },
    model: d.model,
    selection: {
      current: () => store().selection,
      select: (ids) => store().select(ids),
      toggle: (id) => store().toggleSelected(id),
      add: (ids) => store().addToSelection(ids),
      clear: () => store().clearSelection(),
      focus: d.focusNote,
    },
    view: {
      dragNotes: (ids, delta, target) => view.dragNotes(ids, delta, target),
      dragFrame: (themeId, delta) => view.dragFrame(themeId, delta),
      resizeFrame: (themeId, rect) => view.resizeFrame(themeId, rect),
      lasso: (rect) => showLasso(d.lassoRef.current, rect),
      clear: (committed) => view.clear(committed),
    },
    // The new positions are drawn before the drag's copy goes, so nothing flickers back.
    write: (write) => flushSync(() => d.onWrite(write)),
    announce,
  };
}

/** Starts the gesture a press on `target` calls for, or none. */
function startGesture(kind: GestureKind | null, target: PressTarget, at: Point, additive: boolean, d: GestureDeps) {
  const e = gestureEnv(d);
  switch (kind) {
    case 'pan':
      return startPan(e, at);
    case 'note':
      return target.kind === 'note' ? pressNote(e, { id: target.id, start: at, additive }) : null;
    case 'frame-move':
      return target.kind === 'frame-title' ? startFrameMove(e, target.themeId, at) : null;
    case 'frame-resize':
      return target.kind === 'frame-resize' ? startFrameResize(e, target.themeId, at) : null;
    case 'lasso':
      d.viewportRef.current?.focus({ preventScroll: true });
      return startLasso(e, at, additive);
    default:
      return null;
  }
}

export function usePointerGestures(deps: GestureDeps) {
  const gesture = useRef<Gesture | null>(null);
  const pinch = useRef<Pinch | null>(null);
  const fingers = useRef(new Map<number, Point>());
  const depsRef = useRef(deps);
  useLayoutEffect(() => {
    depsRef.current = deps;
  });

  const local = useCallback((event: { clientX: number; clientY: number }): Point => {
    const box = depsRef.current.viewportRef.current!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }, []);

  const env = useCallback(() => gestureEnv(depsRef.current), []);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent) => {
      const viewport = depsRef.current.viewportRef.current;
      if (!viewport) return;
      const at = local(event);
      if (event.pointerType === 'touch') fingers.current.set(event.pointerId, at);
      // A second finger turns whatever the first one started into a pinch.
      if (fingers.current.size === 2 && !pinch.current) {
        gesture.current?.cancel();
        gesture.current = null;
        pinch.current = startPinch(env(), fingers.current);
        viewport.setPointerCapture(event.pointerId);
        return;
      }
      if (gesture.current || pinch.current) return;
      // A press while the camera still moves: settle it, so the DOM layer is where the board is drawn.
      let pressed = event.target as Element;
      if (viewport.classList.contains('is-moving')) {
        depsRef.current.camera.commitNow();
        pressed = document.elementFromPoint(event.clientX, event.clientY) ?? pressed;
      }
      const target = targetOf(pressed);
      if (target.kind === 'overlay') return;
      if (event.button === 1) event.preventDefault();
      const kind = pickGesture({ button: event.button, target, handTool: depsRef.current.handTool });
      const additive = event.shiftKey || event.metaKey || event.ctrlKey;
      gesture.current = startGesture(kind, target, at, additive, depsRef.current);
      if (gesture.current) viewport.setPointerCapture(event.pointerId);
      viewport.classList.toggle('is-panning', kind === 'pan');
    },
    [env, local],
  );

  const onPointerMove = useCallback(
    (event: ReactPointerEvent) => {
      const at = local(event);
      if (fingers.current.has(event.pointerId)) fingers.current.set(event.pointerId, at);
      if (pinch.current) pinch.current.move(event.pointerId, at);
      else gesture.current?.move(at);
    },
    [local],
  );

  const finish = useCallback(
    (event: ReactPointerEvent, cancelled: boolean) => {
      const viewport = depsRef.current.viewportRef.current;
      if (viewport?.hasPointerCapture(event.pointerId)) viewport.releasePointerCapture(event.pointerId);
      viewport?.classList.remove('is-panning');
      fingers.current.delete(event.pointerId);
      if (pinch.current) {
        if (fingers.current.size < 2) {
          pinch.current.end();
          pinch.current = null;
        }
        return;
      }
      const current = gesture.current;
      gesture.current = null;
      if (!current) return;
      if (cancelled) current.cancel();
      else current.end(local(event));
    },
    [local],
  );

  const onPointerUp = useCallback((event: ReactPointerEvent) => finish(event, false), [finish]);
  const onPointerCancel = useCallback((event: ReactPointerEvent) => finish(event, true), [finish]);

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      const d = depsRef.current;
      const intent = doubleClickIntent(targetOf(event.target as Element), local(event), d.camera.live.get());
      if (intent?.kind === 'select-theme') {
        const ids = (d.model.notesByTheme.get(intent.themeId) ?? []).map((n) => n.id);
        useBoardStore.getState().select(ids);
        const theme = d.model.themeById.get(intent.themeId)?.name ?? '';
        announce(msg('board.said.notesOf', { count: ids.length, theme }));
      } else if (intent?.kind === 'new-sticky') d.onNewSticky(intent.at, intent.themeId);
    },
    [local],
  );

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onDoubleClick };
}
