/**
 * Pan and zoom without re-rendering: every camera change writes the layer's CSS transform directly and tells
 * the live camera's listeners (minimap, culling); the board store gets the camera once the gesture has been
 * still for a moment. Wheel pans, Ctrl/⌘+wheel (and trackpad pinch, which the browser reports the same way) zooms.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import {
  cameraTransform,
  panBy,
  revealRect,
  wheelZoomFactor,
  zoomAt,
  zoomToFit,
  type Camera,
  type Size,
} from '../../shared/board/camera';
import type { Rect } from '../../shared/board/rect';
import { createLiveCamera, type LiveCamera } from './liveCamera';
import { useBoardStore } from './boardStore';

const COMMIT_DELAY_MS = 160;

export interface CameraControls {
  live: LiveCamera;
  /** Move the camera now; the store is updated after the gesture settles (or at once with `commit: true`). */
  apply(camera: Camera, commit?: boolean): void;
  commitNow(): void;
  zoomBy(factor: number, anchor?: { x: number; y: number }): void;
  fit(bounds: Rect | null): void;
  pan(dx: number, dy: number): void;
  reveal(rect: Rect): void;
}

export function useCameraControls(
  viewportRef: RefObject<HTMLElement | null>,
  layerRef: RefObject<HTMLElement | null>,
  size: Size | null,
  initial: Camera,
): CameraControls {
  const commitCamera = useBoardStore((s) => s.commitCamera);
  // The live camera lives as long as the canvas; its first value is the stored camera (or the initial fit).
  const live = useMemo(() => createLiveCamera(initial), []); // eslint-disable-line react-hooks/exhaustive-deps
  const timer = useRef<number | null>(null);
  const sizeRef = useRef(size);
  useLayoutEffect(() => {
    sizeRef.current = size;
  }, [size]);

  const commitNow = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    viewportRef.current?.classList.remove('is-moving');
    commitCamera(live.get());
  }, [commitCamera, live, viewportRef]);

  const apply = useCallback(
    (camera: Camera, commit = false) => {
      if (layerRef.current) layerRef.current.style.transform = cameraTransform(camera);
      // While the camera moves, the stickies take no pointer events, so each wheel event's hit test is one box.
      if (!commit) viewportRef.current?.classList.add('is-moving');
      live.set(camera);
      if (commit) commitNow();
      else {
        if (timer.current !== null) window.clearTimeout(timer.current);
        timer.current = window.setTimeout(commitNow, COMMIT_DELAY_MS);
      }
    },
    [commitNow, layerRef, live, viewportRef],
  );

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const center = () => ({ x: (sizeRef.current?.w ?? 0) / 2, y: (sizeRef.current?.h ?? 0) / 2 });
  const zoomBy = useCallback(
    (factor: number, anchor?: { x: number; y: number }) => apply(zoomAt(live.get(), anchor ?? center(), factor)),
    [apply, live],
  );
  const fit = useCallback(
    (bounds: Rect | null) => sizeRef.current && apply(zoomToFit(bounds, sizeRef.current), true),
    [apply],
  );
  const pan = useCallback((dx: number, dy: number) => apply(panBy(live.get(), dx, dy)), [apply, live]);
  const reveal = useCallback(
    (rect: Rect) => {
      if (!sizeRef.current) return;
      const next = revealRect(live.get(), sizeRef.current, rect);
      if (next !== live.get()) apply(next, true);
    },
    [apply, live],
  );

  // Wheel and pinch: a non-passive listener, because the page must not scroll or browser-zoom instead.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      const anchor = { x: event.clientX - box.left, y: event.clientY - box.top };
      if (event.ctrlKey || event.metaKey)
        apply(zoomAt(live.get(), anchor, wheelZoomFactor(event.deltaY, event.deltaMode)));
      else {
        const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? box.height : 1;
        const dx = (event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX) * scale;
        const dy = (event.shiftKey && !event.deltaX ? 0 : event.deltaY) * scale;
        apply(panBy(live.get(), -dx, -dy));
      }
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [apply, live, viewportRef]);

  // Write the starting transform before the first paint.
  useLayoutEffect(() => {
    if (layerRef.current) layerRef.current.style.transform = cameraTransform(live.get());
  }, [layerRef, live]);

  return useMemo(
    () => ({ live, apply, commitNow, zoomBy, fit, pan, reveal }),
    [live, apply, commitNow, zoomBy, fit, pan, reveal],
  );
}
