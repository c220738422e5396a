/**
 * The minimap: the whole board drawn small on a canvas (redrawn only when the layout changes) and the
 * viewport as a box that follows the live camera without re-rendering. Click or drag on it to move there.
 * It sits in the panels beside the board, never over it, and folds away. Pointer-only and hidden from
 * assistive technology: keyboard users have zoom to fit (0) and Alt+arrows.
 */
import { useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { visibleWorldRect, type Size } from '../../shared/board/camera';
import { expandRect, type Rect } from '../../shared/board/rect';
import type { BoardModel } from './useBoardModel';
import type { CameraControls } from './useCameraControls';
import { useBoardStore, type ColorMode } from './boardStore';
import { Legend } from './BoardToolbar';
import { useT } from '../ui/i18n';

const W = 320;
const H = 180;

/** The overview panel: a heading with a fold-away toggle, and the minimap while the board is shown. */
export function OverviewPanel({
  model,
  camera,
  size,
}: {
  model: BoardModel;
  camera: CameraControls | null;
  size: Size;
}) {
  const open = useBoardStore((s) => s.minimapOpen);
  const setOpen = useBoardStore((s) => s.setMinimapOpen);
  const colorMode = useBoardStore((s) => s.colorMode);
  const { t } = useT();
  return (
    <section className="side-section overview" aria-labelledby="overview-heading">
      <div className="side-head">
        <h2 id="overview-heading">{t('board.overview')}</h2>
        <button
          type="button"
          className="small-button"
          aria-expanded={open}
          aria-controls="overview-map"
          onClick={() => setOpen(!open)}
        >
          {t('board.map', { open: open ? 'yes' : 'no' })}
        </button>
      </div>
      <div id="overview-map" hidden={!open}>
        {open && camera && <Minimap model={model} camera={camera} size={size} colorMode={colorMode} />}
      </div>
      <Legend model={model} />
    </section>
  );
}

export function Minimap({
  model,
  camera,
  size,
  colorMode,
}: {
  model: BoardModel;
  camera: CameraControls;
  size: Size;
  colorMode: ColorMode;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  // The world area the minimap shows: the board plus a margin.
  const world = useMemo<Rect>(() => {
    const bounds = model.layout.bounds ?? { x: 0, y: 0, w: 1000, h: 700 };
    return expandRect(bounds, Math.max(bounds.w, bounds.h) * 0.05 + 50);
  }, [model.layout.bounds]);
  const scale = Math.min(W / world.w, H / world.h);

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, W, H);
    const x = (v: number) => (v - world.x) * scale;
    const y = (v: number) => (v - world.y) * scale;
    for (const [id, rect] of model.layout.frames) {
      const theme = model.themeById.get(id);
      context.strokeStyle = theme?.color ?? '#52606D';
      context.lineWidth = 1;
      context.strokeRect(x(rect.x), y(rect.y), Math.max(1, rect.w * scale), Math.max(1, rect.h * scale));
    }
    for (const note of model.notes) {
      const rect = model.layout.notes.get(note.id);
      if (!rect) continue;
      context.fillStyle = model.colorOf(note, colorMode) ?? '#D4B106';
      context.fillRect(x(rect.x), y(rect.y), Math.max(1, rect.w * scale), Math.max(1, rect.h * scale));
    }
  }, [model, world, scale, colorMode]);

  useEffect(() => {
    const place = () => {
      const box = boxRef.current;
      if (!box) return;
      const view = visibleWorldRect(camera.live.get(), size);
      // The minimap clips (overflow hidden) a view box larger than the board.
      const shown = view;
      box.style.transform = `translate(${(shown.x - world.x) * scale}px, ${(shown.y - world.y) * scale}px)`;
      box.style.width = `${Math.max(4, shown.w * scale)}px`;
      box.style.height = `${Math.max(4, shown.h * scale)}px`;
    };
    place();
    return camera.live.subscribe(place);
  }, [camera, size, world, scale]);

  const moveTo = (event: ReactPointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const wx = world.x + (event.clientX - box.left) / scale;
    const wy = world.y + (event.clientY - box.top) / scale;
    const zoom = camera.live.get().zoom;
    camera.apply({ x: size.w / 2 - wx * zoom, y: size.h / 2 - wy * zoom, zoom });
  };

  return (
    <div
      className="minimap"
      data-board-overlay
      aria-hidden="true"
      style={{ width: W, height: H }}
      onPointerDown={(event) => {
        event.stopPropagation();
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => dragging.current && moveTo(event)}
      onPointerUp={(event) => {
        dragging.current = false;
        event.currentTarget.releasePointerCapture(event.pointerId);
        camera.commitNow();
      }}
    >
      <canvas ref={canvasRef} width={W} height={H} />
      <div ref={boxRef} className="minimap-view" />
    </div>
  );
}
