/**
 * The board canvas (docs: the board's rendering): a canvas that draws the board (paint/painter.ts) under a
 * transparent DOM layer, moved by the same camera, that holds every frame and the stickies near the view as
 * focusable, labelled elements for keyboards, screen readers and the pointer. Pan, zoom and drags never
 * re-render React: the camera and gestures write to the painter and the layer directly, and React renders
 * only when something is committed.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { screenToWorld, zoomToFit, type Camera, type Size } from '../../shared/board/camera';
import type { Point, Rect } from '../../shared/board/rect';
import { useBoardStore } from './boardStore';
import type { BoardWrite } from './dropPlan';
import type { BoardModel } from './useBoardModel';
import { useViewportSize } from './useViewportSize';
import { useCameraControls, type CameraControls } from './useCameraControls';
import { usePointerGestures } from './usePointerGestures';
import { actionTarget, useActionContext, useBoardKeyboard } from './useBoardKeyboard';
import { useBoardPainter } from './useBoardPainter';
import { useForcedColors } from './useForcedColors';
import { useStickyFaces } from './useStickyFaces';
import type { BoardPainter } from './paint/painter';
import type { FocusRing } from './paint/scene';
import type { TidyMode } from '../../shared/board/regions';
import type { ActionTarget, BoardActionContext } from './actions/context';
import { BoardContextMenu, type MenuRequest } from './BoardContextMenu';
import { StickyLayer } from './StickyLayer';
import { FrameView } from './FrameView';
import { useT } from '../ui/i18n';
import { memberCount } from '../../shared/domain/noteThemes';

/** A first look at a big board starts no further out than this (text readable), at its top-left, rather than as a speck. */
const FIRST_LOOK_MIN_ZOOM = 0.75;

/** What the rest of the board screen drives the canvas with (the toolbar's zoom and tidy, a tidy's animation). */
export interface CanvasControls {
  camera: CameraControls;
  /** The viewport's size now. */
  size(): Size;
  painter: BoardPainter | null;
  /** The context the board's actions run in, for menus outside the canvas (the toolbar's Tidy menu). */
  contextFor(target: ActionTarget, pointer?: Point | null): BoardActionContext;
}

export interface BoardCanvasProps {
  model: BoardModel;
  matches: ReadonlySet<string> | null;
  searchText: string;
  onWrite(write: BoardWrite): void;
  onControls(controls: CanvasControls | null): void;
  /** Start typing a new sticky at a world point (null: the best spot for the keyboard's focus). */
  onNewSticky(at: Point | null, themeId: string | null): void;
  onTidy(mode: TidyMode): void;
  /** Shown over the board (the new-note form), outside the canvas's own keys and gestures. */
  overlay?: ReactNode;
}

export function BoardCanvas(props: BoardCanvasProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const size = useViewportSize(wrapRef);
  return (
    <div ref={wrapRef} className="board-wrap">
      {size && size.w > 0 && <BoardSurface {...props} size={size} />}
      {props.overlay}
    </div>
  );
}

function firstCamera(bounds: Rect | null, size: Size): Camera {
  const fit = zoomToFit(bounds, size);
  if (!bounds || fit.zoom >= FIRST_LOOK_MIN_ZOOM) return fit;
  return { x: 40 - bounds.x * FIRST_LOOK_MIN_ZOOM, y: 40 - bounds.y * FIRST_LOOK_MIN_ZOOM, zoom: FIRST_LOOK_MIN_ZOOM };
}

/** Which board element has keyboard focus, read from the DOM: its ring is drawn on the canvas. */
function focusOf(element: Element | null): FocusRing {
  const note = element?.closest<HTMLElement>('[data-note-id]');
  if (note) return { kind: 'note', id: note.dataset.noteId! };
  const title = element?.closest<HTMLElement>('[data-frame-part="title"]');
  const frame = title?.closest<HTMLElement>('[data-frame-id]');
  return frame ? { kind: 'frame', id: frame.dataset.frameId! } : null;
}

function useElementRegistry() {
  const [elements] = useState(() => new Map<string, HTMLElement>());
  const register = useCallback(
    (id: string, el: HTMLElement | null) => (el ? elements.set(id, el) : elements.delete(id)),
    [elements],
  );
  return [elements, register] as const;
}

/** Focus a note's element, now or as soon as it is mounted (culling may mount it only once the camera reveals it). */
function useFocusRequests(stickyEls: ReadonlyMap<string, HTMLElement>) {
  const pendingFocus = useRef<string | null>(null);
  const requestFocus = useCallback(
    (id: string) => {
      pendingFocus.current = id;
      const el = stickyEls.get(id);
      if (el) {
        el.focus({ preventScroll: true });
        pendingFocus.current = null;
      }
    },
    [stickyEls],
  );
  useEffect(() => {
    const id = pendingFocus.current;
    const el = id ? stickyEls.get(id) : null;
    if (el) {
      el.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });
  const focusNote = useCallback(
    (id: string) => {
      useBoardStore.getState().setFocused(id);
      requestFocus(id);
    },
    [requestFocus],
  );
  return { requestFocus, focusNote };
}

/** The camera for this board: the one it was left at, else a first look; remembered by the store as it settles. */
function useBoardCamera(
  viewportRef: RefObject<HTMLDivElement | null>,
  layerRef: RefObject<HTMLDivElement | null>,
  model: BoardModel,
  size: Size,
) {
  const boardKey = useBoardStore((s) => s.boardKey);
  const stored = useBoardStore((s) => s.cameras[s.boardKey]);
  const [initial] = useState(() => stored ?? firstCamera(model.layout.bounds, size));
  const camera = useCameraControls(viewportRef, layerRef, size, initial);
  // The board benchmark puts this board and its baseline at the same camera. Only in the benchmark build
  // (`npm run build:bench`); in every other build the condition is the constant false and this is dropped.
  useEffect(() => {
    if (import.meta.env.MODE === 'bench') {
      (window as unknown as { __fieldnotesBoardCamera?: CameraControls }).__fieldnotesBoardCamera = camera;
    }
  }, [camera]);
  // The store remembers each board's camera; seed it so returning to this board starts where it was left.
  useEffect(() => {
    if (!useBoardStore.getState().cameras[boardKey]) useBoardStore.getState().commitCamera(camera.live.get());
  }, [boardKey, camera]);
  return { camera, zoom: (stored ?? initial).zoom };
}

/** The pointer's world position while over the board, and the context menu a right-click opens there. */
function usePointerAndMenu(camera: CameraControls) {
  const pointer = useRef<Point | null>(null);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const world = (event: ReactMouseEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return screenToWorld(camera.live.get(), { x: event.clientX - box.left, y: event.clientY - box.top });
  };
  const handlers = {
    onPointerMoveCapture(event: ReactMouseEvent<HTMLElement>) {
      pointer.current = world(event);
    },
    onPointerLeave() {
      pointer.current = null;
    },
    onContextMenu(event: ReactMouseEvent<HTMLElement>) {
      if ((event.target as Element).closest('[data-board-overlay]')) return;
      event.preventDefault();
      setMenu({
        target: actionTarget(event.target as Element),
        client: { x: event.clientX, y: event.clientY },
        pointer: world(event),
      });
    },
  };
  return { pointer, menu, setMenu, handlers };
}

/** The frames' elements: where each frame is, its focusable title and its resize handle. */
function FrameLayer({
  model,
  zoom,
  showText,
  register,
}: {
  model: BoardModel;
  zoom: number;
  showText: boolean;
  register(id: string, element: HTMLElement | null): void;
}) {
  return (
    <div className="board-frames">
      {model.themes.map((theme) => {
        const rect = model.layout.frames.get(theme.id);
        return (
          rect && (
            <FrameView
              key={theme.id}
              id={theme.id}
              title={theme.name}
              rect={rect}
              count={memberCount(model.membersByTheme.get(theme.id))}
              linked={model.membersByTheme.get(theme.id)?.linked.length ?? 0}
              votes={theme.votes}
              depth={model.layout.depth.get(theme.id) ?? 0}
              zoom={zoom}
              showText={showText}
              register={register}
            />
          )
        );
      })}
    </div>
  );
}

/** Hands the canvas's controls (camera, painter, actions' context) to the rest of the board screen. */
function useControlsHandOff(
  controls: Omit<CanvasControls, 'size'>,
  size: Size,
  onControls: BoardCanvasProps['onControls'],
) {
  const { camera, painter, contextFor } = controls;
  const sizeRef = useRef(size);
  useLayoutEffect(() => {
    sizeRef.current = size;
  }, [size]);
  useEffect(() => {
    onControls({ camera, painter, contextFor, size: () => sizeRef.current });
    return () => onControls(null);
  }, [camera, painter, contextFor, onControls]);
}

/** What a screen reader says the canvas and a frame's title offer. */
function CanvasHints() {
  const { t } = useT();
  return (
    <>
      <p id="board-canvas-hint" className="visually-hidden">
        {t('board.canvasHint')}
      </p>
      <p id="frame-hint" className="visually-hidden">
        {t('board.frameHint')}
      </p>
    </>
  );
}

/** The element an action's target is drawn as: a note, a frame's title, or the canvas itself. */
function elementOf(
  target: ActionTarget,
  stickyEls: ReadonlyMap<string, HTMLElement>,
  frameEls: ReadonlyMap<string, HTMLElement>,
  canvas: Element | null,
): Element | null {
  if (target.kind === 'note') return stickyEls.get(target.id) ?? null;
  if (target.kind === 'frame') return frameEls.get(target.id)?.querySelector('[data-frame-part="title"]') ?? null;
  return canvas;
}

/** The menu key opens the focused element's menu just below its top-left corner. */
function menuBelow(target: ActionTarget, element: Element | null): MenuRequest | null {
  if (!element) return null;
  const box = element.getBoundingClientRect();
  return { target, client: { x: box.left + 8, y: box.top + Math.min(box.height, 40) }, pointer: null };
}

/** The canvas draws the focus ring of whichever board element has focus; a focused note becomes the store's. */
function focusRingHandlers(painter: BoardPainter | null) {
  return {
    onFocus(event: ReactFocusEvent<HTMLElement>) {
      const ring = focusOf(event.target as Element);
      painter?.setFocus(ring);
      if (ring?.kind === 'note' && useBoardStore.getState().focusedId !== ring.id)
        useBoardStore.getState().setFocused(ring.id);
    },
    onBlur(event: ReactFocusEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) painter?.setFocus(null);
    },
  };
}

function BoardSurface(props: BoardCanvasProps & { size: Size }) {
  const { model, matches, searchText, onWrite, size } = props;
  const { t } = useT();
  const viewportRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const lassoRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tilesRef = useRef<HTMLDivElement>(null);
  const copyRef = useRef<HTMLCanvasElement>(null);
  const { camera, zoom } = useBoardCamera(viewportRef, layerRef, model, size);
  const selection = useBoardStore((s) => s.selection);
  const focusedId = useBoardStore((s) => s.focusedId);
  const preview = useBoardStore((s) => s.preview);
  const handTool = useBoardStore((s) => s.handTool);
  const colorMode = useBoardStore((s) => s.colorMode);
  const forced = useForcedColors();
  const [stickyEls, registerSticky] = useElementRegistry();
  const [frameEls, registerFrame] = useElementRegistry();
  // A previewed suggestion is highlighted in place of the search matches; its words are not the search's.
  const highlight = preview ? preview.noteIds : matches;
  const faces = useStickyFaces(model, colorMode);
  const painter = useBoardPainter({
    tilesRef,
    canvasRef,
    copyRef,
    live: camera.live,
    size,
    model,
    faces,
    selection,
    highlight,
    search: preview ? '' : searchText,
    disabled: forced,
  });
  const { requestFocus, focusNote } = useFocusRequests(stickyEls);
  const { pointer, menu, setMenu, handlers } = usePointerAndMenu(camera);
  const gestures = usePointerGestures({
    viewportRef,
    lassoRef,
    camera,
    model,
    view: painter,
    handTool,
    onWrite,
    onNewSticky: props.onNewSticky,
    focusNote,
  });
  const keyboardDeps = {
    camera,
    model,
    size,
    matches,
    onWrite,
    requestFocus,
    frameEls,
    pointer: () => pointer.current,
    onNewSticky: props.onNewSticky,
    onTidy: props.onTidy,
    onMenu: (target: ActionTarget) => {
      const request = menuBelow(target, elementOf(target, stickyEls, frameEls, viewportRef.current));
      if (request) setMenu(request);
    },
  };
  const onKeyDown = useBoardKeyboard(keyboardDeps);
  const contextFor = useActionContext(keyboardDeps);
  useControlsHandOff({ camera, painter, contextFor }, size, props.onControls);
  const total = model.notes.length;

  return (
    <div
      ref={viewportRef}
      className={`board-viewport${handTool ? ' is-hand' : ''}`}
      role="group"
      aria-label={t('board.canvas')}
      aria-describedby="board-canvas-hint"
      tabIndex={-1}
      {...gestures}
      {...handlers}
      onKeyDown={onKeyDown}
      {...focusRingHandlers(painter)}
    >
      <CanvasHints />
      <div ref={tilesRef} className="board-tiles" aria-hidden="true" />
      <canvas ref={canvasRef} className="board-zoom-canvas" aria-hidden="true" hidden />
      <div ref={layerRef} className="board-layer" data-testid="board-layer">
        {total > 0 && (
          <StickyLayer
            model={model}
            faces={faces}
            live={camera.live}
            size={size}
            selection={selection}
            focusedId={focusedId}
            highlight={highlight}
            showText={forced}
            register={registerSticky}
          />
        )}
        <FrameLayer model={model} zoom={zoom} showText={forced} register={registerFrame} />
      </div>
      <div className="board-shield" aria-hidden="true" />
      <canvas ref={copyRef} className="drag-copy" aria-hidden="true" hidden />
      <div ref={lassoRef} className="lasso" hidden />
      {total === 0 && <p className="board-empty">{t('board.empty')}</p>}
      {menu && <BoardContextMenu request={menu} contextFor={contextFor} onClose={() => setMenu(null)} />}
    </div>
  );
}
