/**
 * The board without a mouse: arrow keys move focus spatially between stickies (roving tabindex), Space
 * selects, M/Enter opens "Move to theme", T makes a theme, Shift+arrows nudge, Esc clears; zoom and pan keys
 * work anywhere on the canvas. The table in boardShortcuts.ts documents the same keys.
 */
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { zoomAt, type Size } from '../../shared/board/camera';
import { directionOfKey, nearestInDirection } from '../../shared/board/navigate';
import { rectCenter, type Rect } from '../../shared/board/rect';
import { storedPosition } from '../../shared/board/layout';
import { announce } from '../app/announce';
import { actionTargets, useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import type { CameraControls } from './useCameraControls';
import type { BoardWrite } from './usePointerGestures';
import type { PendingWrite } from './dropPlan';
import { visibleWorldRect } from '../../shared/board/camera';

const NUDGE = 24;
const SMALL_NUDGE = 4;
const PAN_STEP = 160;

export interface KeyboardDeps {
  camera: CameraControls;
  model: BoardModel;
  size: Size;
  /** Notes matching the filter, or null when no filter is on. */
  matches: ReadonlySet<string> | null;
  onWrite(write: BoardWrite): void;
  /** Focus this note's element once it is mounted (it may be culled until the camera reveals it). */
  requestFocus(id: string): void;
}

const plural = (n: number) => `${n} note${n === 1 ? '' : 's'}`;

export function useBoardKeyboard(deps: KeyboardDeps) {
  const depsRef = useRef(deps);
  useLayoutEffect(() => {
    depsRef.current = deps;
  });

  const focusNote = useCallback((id: string) => {
    const { model, camera, requestFocus } = depsRef.current;
    useBoardStore.getState().setFocused(id);
    const rect = model.layout.notes.get(id);
    if (rect) camera.reveal(rect);
    requestFocus(id);
  }, []);

  return useCallback(
    (event: ReactKeyboardEvent) => {
      const { camera, model, size, matches, onWrite } = depsRef.current;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [role="dialog"]')) return;
      const store = useBoardStore.getState();
      const noteId = target.closest<HTMLElement>('[data-note-id]')?.dataset.noteId ?? null;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key;
      const direction = directionOfKey(key);
      const done = () => {
        event.preventDefault();
        event.stopPropagation();
      };

      // Anywhere on the canvas.
      if (direction && event.altKey && !event.shiftKey) {
        const d = { left: [PAN_STEP, 0], right: [-PAN_STEP, 0], up: [0, PAN_STEP], down: [0, -PAN_STEP] }[direction];
        camera.pan(d[0]!, d[1]!);
        return done();
      }
      if (!ctrl && !event.altKey) {
        if (key === '+' || key === '=') {
          camera.zoomBy(1.25);
          return done();
        }
        if (key === '-' || key === '_') {
          camera.zoomBy(0.8);
          return done();
        }
        if (key === '0') {
          camera.fit(model.layout.bounds);
          announce('Zoomed to fit the board');
          return done();
        }
        if (key === '1') {
          const live = camera.live.get();
          camera.apply(zoomAt(live, { x: size.w / 2, y: size.h / 2 }, 1 / live.zoom), true);
          announce('Zoom 100%');
          return done();
        }
        if (key === 'h' || key === 'H') {
          store.setHandTool(!store.handTool);
          announce(
            store.handTool
              ? 'Hand tool off: dragging the board draws a lasso'
              : 'Hand tool on: dragging the board pans',
          );
          return done();
        }
      }

      const candidates = (): Iterable<[string, Rect]> =>
        matches
          ? [...matches].flatMap((id) =>
              model.layout.notes.has(id) ? [[id, model.layout.notes.get(id)!] as [string, Rect]] : [],
            )
          : model.layout.notes;

      if (!noteId) {
        // Focus on the canvas itself: an arrow key enters the notes at the one nearest the middle of the view.
        if (direction && !event.shiftKey) {
          const view = visibleWorldRect(camera.live.get(), size);
          const centre = rectCenter(view);
          let best: string | null = null;
          let bestDistance = Infinity;
          for (const [id, rect] of candidates()) {
            const c = rectCenter(rect);
            const distance = Math.hypot(c.x - centre.x, c.y - centre.y);
            if (distance < bestDistance) {
              best = id;
              bestDistance = distance;
            }
          }
          if (best) focusNote(best);
          return done();
        }
        if (key === 'Escape' && store.selection.size) {
          store.clearSelection();
          announce('Selection cleared');
          return done();
        }
        return;
      }

      const from = model.layout.notes.get(noteId);
      if (direction && !event.shiftKey && !ctrl && from) {
        const next = nearestInDirection(from, direction, candidates(), noteId);
        if (next) focusNote(next);
        else
          announce(
            `No more notes ${direction === 'left' || direction === 'right' ? `to the ${direction}` : direction === 'up' ? 'above' : 'below'}`,
          );
        return done();
      }
      if (direction && event.shiftKey && !ctrl) {
        const ids = actionTargets({ selection: store.selection, focusedId: noteId });
        const step = event.altKey ? SMALL_NUDGE : NUDGE;
        const d = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] }[direction];
        const pending: PendingWrite = {
          notes: new Map(),
          frames: new Map(),
          expected: { notes: new Map(), frames: new Map() },
        };
        const moves = ids.flatMap((id) => {
          const rect = model.layout.notes.get(id);
          if (!rect) return [];
          const at = storedPosition(rect.x + d[0]!, rect.y + d[1]!);
          pending.notes.set(id, at);
          pending.expected.notes.set(id, at);
          return [{ id, ...at }];
        });
        const what = ids.length === 1 ? 'note' : plural(ids.length);
        onWrite({
          kind: 'notes',
          moves,
          pins: [],
          pending,
          label: `Nudge ${what}`,
          summary: `Nudged ${what} ${direction}`,
        });
        const rect = model.layout.notes.get(noteId);
        if (rect) camera.reveal({ ...rect, x: rect.x + d[0]!, y: rect.y + d[1]! });
        return done();
      }
      if ((key === 'Home' || key === 'End') && !ctrl) {
        const ids = [...candidates()].map(([id]) => id);
        const next = key === 'Home' ? ids[0] : ids.at(-1);
        if (next) focusNote(next);
        return done();
      }
      if (key === ' ' && !ctrl) {
        store.toggleSelected(noteId);
        const selected = useBoardStore.getState().selection;
        announce(`${selected.has(noteId) ? 'Selected' : 'Unselected'}; ${plural(selected.size)} selected`);
        return done();
      }
      if ((key === 'Enter' || key === 'm' || key === 'M') && !ctrl && !event.altKey) {
        store.openMoveDialog(actionTargets({ selection: store.selection, focusedId: noteId }));
        return done();
      }
      if ((key === 't' || key === 'T') && !ctrl && !event.altKey) {
        store.openCreateDialog(actionTargets({ selection: store.selection, focusedId: noteId }));
        return done();
      }
      if (ctrl && (key === 'a' || key === 'A')) {
        const note = model.noteById.get(noteId);
        const themeId = note?.themeId && model.themeById.has(note.themeId) ? note.themeId : null;
        const inFrame = (model.notesByTheme.get(themeId) ?? []).map((n) => n.id);
        const already = inFrame.length === store.selection.size && inFrame.every((id) => store.selection.has(id));
        const ids = already ? model.notes.map((n) => n.id) : inFrame;
        store.select(ids);
        announce(
          already
            ? `All ${plural(ids.length)} on the board selected`
            : `${plural(ids.length)} ${themeId ? `of theme ${model.themeById.get(themeId)!.name}` : 'without a theme'} selected`,
        );
        return done();
      }
      if (key === 'Escape' && store.selection.size) {
        store.clearSelection();
        announce('Selection cleared');
        return done();
      }
    },
    [focusNote],
  );
}
