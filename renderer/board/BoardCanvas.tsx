/**
 * The board canvas (DESIGN §7): one layer transformed by the camera, holding absolutely positioned frames and
 * stickies; only stickies near the viewport are mounted (useCulling); pan, zoom and drags write styles
 * directly (useCameraControls, usePointerGestures) and React renders only when something is committed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { zoomToFit, type Camera, type Size } from '../../shared/board/camera';
import type { Rect } from '../../shared/board/rect';
import { useBoardStore, type ColorMode } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { useViewportSize } from './useViewportSize';
import { useCameraControls, type CameraControls } from './useCameraControls';
import { usePointerGestures, type BoardWrite } from './usePointerGestures';
import { useBoardKeyboard } from './useBoardKeyboard';
import { StickyLayer } from './StickyLayer';
import { FrameView } from './FrameView';
import { Minimap } from './Minimap';

/**
 * Below this zoom stickies are drawn as coloured blocks without their text: at 13 px × 0.5 the text is too
 * small to read, and thousands of laid-out text blocks are most of what a zoomed-out board would cost.
 * The text stays in each sticky's accessible name.
 */
export const FAR_ZOOM = 0.5;
/** A first look at a big board starts no further out than this (text readable), at its top-left, rather than as a speck. */
const FIRST_LOOK_MIN_ZOOM = 0.75;

export interface BoardCanvasProps {
  model: BoardModel;
  colorMode: ColorMode;
  matches: ReadonlySet<string> | null;
  searchText: string;
  onWrite(write: BoardWrite): void;
  /** Hands the camera controls to the toolbar (zoom buttons). */
  onCamera(controls: CameraControls | null): void;
}

export function BoardCanvas(props: BoardCanvasProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const size = useViewportSize(wrapRef);
  return (
    <div ref={wrapRef} className="board-wrap">
      {size && size.w > 0 && <BoardSurface {...props} size={size} />}
    </div>
  );
}

function firstCamera(bounds: Rect | null, size: Size): Camera {
  const fit = zoomToFit(bounds, size);
  if (!bounds || fit.zoom >= FIRST_LOOK_MIN_ZOOM) return fit;
  return { x: 40 - bounds.x * FIRST_LOOK_MIN_ZOOM, y: 40 - bounds.y * FIRST_LOOK_MIN_ZOOM, zoom: FIRST_LOOK_MIN_ZOOM };
}

function BoardSurface({
  model,
  colorMode,
  matches,
  searchText,
  onWrite,
  onCamera,
  size,
}: BoardCanvasProps & { size: Size }) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const lassoRef = useRef<HTMLDivElement>(null);
  const boardKey = useBoardStore((s) => s.boardKey);
  const stored = useBoardStore((s) => s.cameras[s.boardKey]);
  const [initial] = useState(() => stored ?? firstCamera(model.layout.bounds, size));
  const camera = useCameraControls(viewportRef, layerRef, size, initial);
  const committed = stored ?? initial;
  const selection = useBoardStore((s) => s.selection);
  const focusedId = useBoardStore((s) => s.focusedId);
  const preview = useBoardStore((s) => s.preview);
  const handTool = useBoardStore((s) => s.handTool);
  const [stickyEls] = useState(() => new Map<string, HTMLElement>());
  const [frameEls] = useState(() => new Map<string, HTMLElement>());
  const registerSticky = useCallback(
    (id: string, el: HTMLElement | null) => (el ? stickyEls.set(id, el) : stickyEls.delete(id)),
    [stickyEls],
  );
  const registerFrame = useCallback(
    (id: string, el: HTMLElement | null) => (el ? frameEls.set(id, el) : frameEls.delete(id)),
    [frameEls],
  );
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    onCamera(camera);
    return () => onCamera(null);
  }, [camera, onCamera]);
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

  const far = committed.zoom < FAR_ZOOM;
  const gestures = usePointerGestures({ viewportRef, lassoRef, camera, model, stickyEls, frameEls, handTool, onWrite });
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
  const onKeyDown = useBoardKeyboard({ camera, model, size, matches, onWrite, requestFocus });

  const total = model.notes.length;
  // A previewed suggestion is highlighted in place of the search matches; its words are not the search's.
  const highlight = preview ? preview.noteIds : matches;

  const frames = [];
  for (const theme of model.themes) {
    const rect = model.layout.frames.get(theme.id);
    if (!rect) continue;
    frames.push(
      <FrameView
        key={theme.id}
        id={theme.id}
        title={theme.name}
        color={theme.color}
        rect={rect}
        count={model.notesByTheme.get(theme.id)?.length ?? 0}
        votes={theme.votes}
        auto={model.layout.autoFrames.has(theme.id)}
        depth={model.layout.depth.get(theme.id) ?? 0}
        register={registerFrame}
      />,
    );
  }

  return (
    <div
      ref={viewportRef}
      className={`board-viewport${handTool ? ' is-hand' : ''}`}
      role="group"
      aria-label="Board canvas"
      aria-describedby="board-canvas-hint"
      tabIndex={-1}
      onPointerDown={gestures.onPointerDown}
      onPointerMove={gestures.onPointerMove}
      onPointerUp={gestures.onPointerUp}
      onPointerCancel={gestures.onPointerCancel}
      onDoubleClick={gestures.onDoubleClick}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const id = (event.target as HTMLElement).dataset?.noteId;
        if (id && useBoardStore.getState().focusedId !== id) useBoardStore.getState().setFocused(id);
      }}
    >
      <p id="board-canvas-hint" className="visually-hidden">
        Arrow keys move between notes, Space selects, M moves the selection to a theme, T makes a theme from it.
        Question mark lists every shortcut. The outline view shows the same board as a list.
      </p>
      <div ref={layerRef} className={`board-layer${far ? ' is-far' : ''}`} data-testid="board-layer">
        <div className="board-frames">{frames}</div>
        {total > 0 && (
          <StickyLayer
            model={model}
            colorMode={colorMode}
            live={camera.live}
            size={size}
            far={far}
            selection={selection}
            focusedId={focusedId}
            highlight={highlight}
            searchText={preview ? '' : searchText}
            register={registerSticky}
          />
        )}
      </div>
      <div ref={lassoRef} className="lasso" hidden />
      {total === 0 && <p className="board-empty">No notes on this board yet. Capture some in a session first.</p>}
      <Minimap model={model} camera={camera} size={size} colorMode={colorMode} />
    </div>
  );
}
