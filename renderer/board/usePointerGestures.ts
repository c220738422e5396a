/**
 * Pointer gestures on the board, with no drag-and-drop library (DESIGN §7): press a sticky to select it,
 * drag to move it (or the whole selection), drag a frame's title to move the frame, its corner to resize it,
 * drag on the open board to lasso (or to pan with the hand tool or the middle button).
 *
 * While a gesture runs nothing re-renders: moved elements get a CSS transform written directly, coalesced
 * to one write per animation frame. On release, one command is run and the drop's positions are shown
 * (via `onWrite`'s pending view, rendered synchronously) before the transforms are cleared, so nothing flickers.
 */
import {
  useCallback,
  useLayoutEffect,
  useRef,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { panBy, screenToWorld, type Camera } from '../../shared/board/camera';
import { frameAt, notesInLasso } from '../../shared/board/hitTest';
import { rectFromPoints, type Point } from '../../shared/board/rect';
import { useBoardStore } from './boardStore';
import type { CameraControls } from './useCameraControls';
import type { BoardModel } from './useBoardModel';
import { planFrameMove, planNoteDrop, resizedFrame, subtreeOf, type PendingWrite } from './dropPlan';
import type { FramePin, NoteMove } from '../data/commands/board';
import { announce } from '../app/announce';

/**
 * The dragged stickies, copied into one container of their own: the copies move together with a single
 * compositor-only transform per frame, however many there are, instead of restyling each sticky.
 */
function liftIntoProxy(els: HTMLElement[], layer: Element | null): HTMLElement | null {
  if (!layer || !els.length) return null;
  const proxy = document.createElement('div');
  proxy.className = 'drag-proxy';
  proxy.setAttribute('aria-hidden', 'true');
  for (const el of els) {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const attribute of [
      'id',
      'role',
      'tabindex',
      'aria-selected',
      'aria-label',
      'aria-posinset',
      'aria-setsize',
      'data-note-id',
    ])
      copy.removeAttribute(attribute);
    copy.classList.add('is-dragging');
    proxy.appendChild(copy);
    el.classList.add('is-drag-source');
  }
  layer.appendChild(proxy);
  return proxy;
}

function dropProxy(proxy: HTMLElement | null, els: HTMLElement[]): void {
  proxy?.remove();
  for (const el of els) el.classList.remove('is-drag-source');
}

function clearStyles(els: HTMLElement[]): void {
  for (const el of els) {
    el.style.transform = '';
    el.classList.remove('is-dragging');
  }
}

const DRAG_THRESHOLD = 4;

export type BoardWrite =
  | { kind: 'notes'; moves: NoteMove[]; pins: FramePin[]; label: string; summary: string; pending: PendingWrite }
  | {
      kind: 'frame';
      themeId: string;
      frame: { x: number; y: number; w: number; h: number };
      notes: NoteMove[];
      frames: FramePin[];
      label: string;
      summary: string;
      pending: PendingWrite;
    };

type Gesture =
  | {
      kind: 'press';
      id: string;
      ids: string[];
      start: Point;
      additive: boolean;
      dragging: boolean;
      delta: Point;
      /** The mounted stickies being dragged, hidden while their copies in `proxy` move. */
      els: HTMLElement[];
      proxy: HTMLElement | null;
      target: string | null;
    }
  | { kind: 'pan'; start: Point; camera: Camera }
  | { kind: 'lasso'; start: Point; additive: boolean; moved: boolean }
  | { kind: 'frame-move'; themeId: string; start: Point; delta: Point; els: HTMLElement[]; moved: boolean }
  | { kind: 'frame-resize'; themeId: string; start: Point; delta: Point; moved: boolean };

export interface GestureDeps {
  viewportRef: RefObject<HTMLElement | null>;
  lassoRef: RefObject<HTMLElement | null>;
  camera: CameraControls;
  model: BoardModel;
  stickyEls: Map<string, HTMLElement>;
  frameEls: Map<string, HTMLElement>;
  handTool: boolean;
  onWrite(write: BoardWrite): void;
}

export function usePointerGestures(deps: GestureDeps) {
  const gesture = useRef<Gesture | null>(null);
  const frame = useRef<number | null>(null);
  const dropTarget = useRef<string | null>(null);
  const depsRef = useRef(deps);
  useLayoutEffect(() => {
    depsRef.current = deps;
  });

  const local = useCallback((event: { clientX: number; clientY: number }): Point => {
    const box = depsRef.current.viewportRef.current!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }, []);

  const setDropTarget = useCallback((themeId: string | null) => {
    if (dropTarget.current === themeId) return;
    const { frameEls } = depsRef.current;
    if (dropTarget.current) frameEls.get(dropTarget.current)?.classList.remove('is-drop-target');
    if (themeId) frameEls.get(themeId)?.classList.add('is-drop-target');
    dropTarget.current = themeId;
  }, []);

  /** One DOM write per frame, whatever the pointer's event rate. */
  const paint = useCallback(() => {
    frame.current = null;
    const g = gesture.current;
    if (!g) return;
    if (g.kind === 'press' && g.dragging) {
      if (g.proxy) g.proxy.style.transform = `translate(${g.delta.x}px, ${g.delta.y}px)`;
      setDropTarget(g.target);
    } else if (g.kind === 'frame-move') {
      const transform = `translate(${g.delta.x}px, ${g.delta.y}px)`;
      for (const el of g.els) el.style.transform = transform;
    } else if (g.kind === 'frame-resize') {
      const el = depsRef.current.frameEls.get(g.themeId);
      const shown = depsRef.current.model.layout.frames.get(g.themeId);
      if (el && shown) {
        const next = resizedFrame(shown, g.delta);
        el.style.width = `${next.w}px`;
        el.style.height = `${next.h}px`;
      }
    }
  }, [setDropTarget]);
  const schedule = useCallback(() => {
    if (frame.current === null) frame.current = requestAnimationFrame(paint);
  }, [paint]);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent) => {
      const { viewportRef, camera, model, stickyEls, frameEls, handTool, lassoRef } = depsRef.current;
      const viewport = viewportRef.current;
      if (!viewport || gesture.current) return;
      const target = event.target as HTMLElement;
      if (target.closest('[data-board-overlay]')) return;
      const start = local(event);
      if (event.button === 1 || (event.button === 0 && handTool)) {
        event.preventDefault();
        gesture.current = { kind: 'pan', start, camera: camera.live.get() };
        viewport.setPointerCapture(event.pointerId);
        viewport.classList.add('is-panning');
        return;
      }
      if (event.button !== 0) return;
      const store = useBoardStore.getState();
      const noteEl = target.closest<HTMLElement>('[data-note-id]');
      if (noteEl) {
        const id = noteEl.dataset.noteId!;
        const additive = event.shiftKey || event.metaKey || event.ctrlKey;
        if (additive) store.toggleSelected(id);
        else if (!store.selection.has(id)) store.select([id]);
        store.setFocused(id);
        noteEl.focus({ preventScroll: true });
        const selection = useBoardStore.getState().selection;
        if (!selection.has(id)) return;
        const ids = [...selection];
        gesture.current = {
          kind: 'press',
          id,
          ids,
          start,
          additive,
          dragging: false,
          delta: { x: 0, y: 0 },
          els: [],
          proxy: null,
          target: null,
        };
        viewport.setPointerCapture(event.pointerId);
        return;
      }
      const part = target.closest<HTMLElement>('[data-frame-part]');
      const frameEl = target.closest<HTMLElement>('[data-frame-id]');
      if (part && frameEl) {
        const themeId = frameEl.dataset.frameId!;
        if (part.dataset.framePart === 'resize') {
          gesture.current = { kind: 'frame-resize', themeId, start, delta: { x: 0, y: 0 }, moved: false };
        } else {
          const subtree = subtreeOf(model.themes, themeId);
          const els: HTMLElement[] = [];
          for (const id of subtree) {
            const el = frameEls.get(id);
            if (el) els.push(el);
            for (const note of model.notesByTheme.get(id) ?? []) {
              const sticky = stickyEls.get(note.id);
              if (sticky) els.push(sticky);
            }
          }
          gesture.current = { kind: 'frame-move', themeId, start, delta: { x: 0, y: 0 }, els, moved: false };
        }
        viewport.setPointerCapture(event.pointerId);
        return;
      }
      // The open board (or a frame's body): lasso.
      gesture.current = {
        kind: 'lasso',
        start,
        additive: event.shiftKey || event.metaKey || event.ctrlKey,
        moved: false,
      };
      viewport.setPointerCapture(event.pointerId);
      if (lassoRef.current) lassoRef.current.hidden = true;
      viewport.focus({ preventScroll: true });
    },
    [local],
  );

  const onPointerMove = useCallback(
    (event: ReactPointerEvent) => {
      const g = gesture.current;
      if (!g) return;
      const { camera, model, stickyEls, lassoRef } = depsRef.current;
      const at = local(event);
      const zoom = camera.live.get().zoom;
      const dx = at.x - g.start.x;
      const dy = at.y - g.start.y;
      switch (g.kind) {
        case 'pan':
          camera.apply(panBy(g.camera, dx, dy));
          return;
        case 'press': {
          if (!g.dragging) {
            if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
            g.dragging = true;
            g.els = g.ids.map((id) => stickyEls.get(id)).filter((el): el is HTMLElement => Boolean(el));
            g.proxy = liftIntoProxy(g.els, depsRef.current.viewportRef.current?.querySelector('.board-layer') ?? null);
          }
          g.delta = { x: dx / zoom, y: dy / zoom };
          g.target = frameAt(model.layout.frames, model.layout.depth, screenToWorld(camera.live.get(), at));
          schedule();
          return;
        }
        case 'lasso': {
          if (!g.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
          g.moved = true;
          const box = lassoRef.current;
          if (box) {
            const r = rectFromPoints(g.start, at);
            box.hidden = false;
            box.style.transform = `translate(${r.x}px, ${r.y}px)`;
            box.style.width = `${r.w}px`;
            box.style.height = `${r.h}px`;
          }
          return;
        }
        case 'frame-move':
        case 'frame-resize':
          if (!g.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
          g.moved = true;
          g.delta = { x: dx / zoom, y: dy / zoom };
          schedule();
          return;
      }
    },
    [local, schedule],
  );

  const finish = useCallback(
    (event: ReactPointerEvent, cancelled: boolean) => {
      const g = gesture.current;
      if (!g) return;
      gesture.current = null;
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      const { viewportRef, camera, model, onWrite, lassoRef, frameEls } = depsRef.current;
      const viewport = viewportRef.current;
      if (viewport?.hasPointerCapture(event.pointerId)) viewport.releasePointerCapture(event.pointerId);
      const store = useBoardStore.getState();
      const at = local(event);
      switch (g.kind) {
        case 'pan':
          viewport?.classList.remove('is-panning');
          camera.commitNow();
          return;
        case 'press': {
          setDropTarget(null);
          if (!g.dragging) {
            // A click (no drag) on a note of a larger selection makes it the only selected note.
            if (!g.additive && store.selection.size > 1) store.select([g.id]);
            return;
          }
          if (cancelled) return dropProxy(g.proxy, g.els);
          const write = planNoteDrop(
            model.layout,
            model.themeById,
            g.ids,
            g.delta,
            screenToWorld(camera.live.get(), at),
          );
          // The notes are drawn at their new places before the copies go, so nothing flickers back.
          flushSync(() => onWrite({ kind: 'notes', ...write }));
          dropProxy(g.proxy, g.els);
          return;
        }
        case 'lasso': {
          if (lassoRef.current) lassoRef.current.hidden = true;
          if (cancelled) return;
          if (!g.moved) {
            if (!g.additive) store.clearSelection();
            return;
          }
          const cam = camera.live.get();
          const caught = notesInLasso(model.index, rectFromPoints(screenToWorld(cam, g.start), screenToWorld(cam, at)));
          if (g.additive) store.addToSelection(caught);
          else store.select(caught);
          const total = useBoardStore.getState().selection.size;
          announce(`${total} note${total === 1 ? '' : 's'} selected`);
          return;
        }
        case 'frame-move': {
          if (!g.moved || cancelled) return clearStyles(g.els);
          const plan = planFrameMove(model.layout, model.themes, model.notes, g.themeId, g.delta);
          const name = model.themeById.get(g.themeId)?.name ?? 'theme';
          flushSync(() =>
            onWrite({
              kind: 'frame',
              themeId: g.themeId,
              ...plan,
              label: `Move theme “${name}”`,
              summary: `Moved theme ${name}`,
            }),
          );
          clearStyles(g.els);
          return;
        }
        case 'frame-resize': {
          const el = frameEls.get(g.themeId);
          const shown = model.layout.frames.get(g.themeId);
          if (!g.moved || cancelled || !shown) {
            if (el && shown) {
              el.style.width = `${shown.w}px`;
              el.style.height = `${shown.h}px`;
            }
            return;
          }
          const next = resizedFrame(shown, g.delta);
          const name = model.themeById.get(g.themeId)?.name ?? 'theme';
          const pending: PendingWrite = {
            notes: new Map(),
            frames: new Map([[g.themeId, next]]),
            expected: { notes: new Map(), frames: new Map([[g.themeId, next]]) },
          };
          flushSync(() =>
            onWrite({
              kind: 'frame',
              themeId: g.themeId,
              frame: next,
              notes: [],
              frames: [],
              pending,
              label: `Resize theme “${name}”`,
              summary: `Resized theme ${name}`,
            }),
          );
          return;
        }
      }
    },
    [local, setDropTarget],
  );

  const onPointerUp = useCallback((event: ReactPointerEvent) => finish(event, false), [finish]);
  const onPointerCancel = useCallback((event: ReactPointerEvent) => finish(event, true), [finish]);

  const onDoubleClick = useCallback((event: ReactMouseEvent) => {
    const frameEl = (event.target as HTMLElement).closest<HTMLElement>('[data-frame-id]');
    if (!frameEl || !(event.target as HTMLElement).closest('[data-frame-part="title"]')) return;
    const themeId = frameEl.dataset.frameId!;
    const { model } = depsRef.current;
    const ids = (model.notesByTheme.get(themeId) ?? []).map((n) => n.id);
    useBoardStore.getState().select(ids);
    announce(
      `${ids.length} note${ids.length === 1 ? '' : 's'} of ${model.themeById.get(themeId)?.name ?? 'the theme'} selected`,
    );
  }, []);

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onDoubleClick };
}
