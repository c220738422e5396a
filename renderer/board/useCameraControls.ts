/**
 * Pan and zoom without re-rendering: every camera change goes to the live camera's listeners (the painter,
 * the minimap); once the gesture has been still for a moment the camera settles: the board's DOM layer is
 * moved to it (one style write, not one per frame) and the board store gets it. Wheel pans, Ctrl/⌘+wheel
 * (and trackpad pinch, which the browser reports the same way) zooms.
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

/** How long the camera must be still before it settles (the DOM layer, culling and the store follow it then). */
const COMMIT_DELAY_MS = 300;

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
    if (layerRef.current) layerRef.current.style.transform = cameraTransform(live.get());
    viewportRef.current?.classList.remove('is-moving');
    live.settle();
    commitCamera(live.get());
  }, [commitCamera, layerRef, live, viewportRef]);

  const apply = useCallback(
    (camera: Camera, commit = false) => {
      // While the camera moves, the DOM layer stays where it was and takes no pointer events (a press then
      // settles the camera first: usePointerGestures), so each frame writes nothing but the painter's canvas.
      if (!commit) viewportRef.current?.classList.add('is-moving');
      live.set(camera);
      if (commit) commitNow();
      else {
        if (timer.current !== null) window.clearTimeout(timer.current);
        timer.current = window.setTimeout(commitNow, COMMIT_DELAY_MS);
      }
    },
    [commitNow, live, viewportRef],
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
