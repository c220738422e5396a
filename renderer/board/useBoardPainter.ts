/**
 * Connects the board painter (paint/painter.ts) to React: builds the scene it draws from the board model and
 * the board's UI state whenever either changes, feeds it the live camera (outside React, every frame the
 * camera moves) and the viewport's size, and disposes of it with the canvas.
 */
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Size } from '../../shared/board/camera';
import type { BoardModel } from './useBoardModel';
import type { LiveCamera } from './liveCamera';
import type { NoteFace } from './useStickyFaces';
import { BoardPainter } from './paint/painter';
import type { FrameFace, PaintScene } from './paint/scene';
import { memberCount } from '../../shared/domain/noteThemes';

export interface PainterInputs {
  /** The element holding the picture's tiles. */
  tilesRef: RefObject<HTMLDivElement | null>;
  /** The view-sized canvas drawn while zooming. */
  canvasRef: RefObject<HTMLCanvasElement | null>;
  copyRef: RefObject<HTMLCanvasElement | null>;
  live: LiveCamera;
  size: Size;
  model: BoardModel;
  faces: ReadonlyMap<string, NoteFace>;
  selection: ReadonlySet<string>;
  highlight: ReadonlySet<string> | null;
  search: string;
  /** Forced colours: the DOM is shown instead, nothing is painted. */
  disabled: boolean;
}

function frameFaces(model: BoardModel): FrameFace[] {
  const faces: FrameFace[] = [];
  for (const theme of model.themes) {
    if (!model.layout.frames.has(theme.id)) continue;
    faces.push({
      id: theme.id,
      name: theme.name,
      color: theme.color,
      count: memberCount(model.membersByTheme.get(theme.id)),
      linked: model.membersByTheme.get(theme.id)?.linked.length ?? 0,
      votes: theme.votes,
      auto: model.layout.autoFrames.has(theme.id),
      depth: model.layout.depth.get(theme.id) ?? 0,
      parentId: theme.parentId && model.themeById.has(theme.parentId) ? theme.parentId : null,
    });
  }
  // Outer frames first, so nested ones are drawn on top; otherwise board order.
  return faces.sort((a, b) => a.depth - b.depth);
}

export function useBoardPainter(inputs: PainterInputs): BoardPainter | null {
  const { tilesRef, canvasRef, copyRef, live, size, model, faces, selection, highlight, search, disabled } = inputs;
  const [painter, setPainter] = useState<BoardPainter | null>(null);

  useLayoutEffect(() => {
    const host = tilesRef.current;
    const canvas = canvasRef.current;
    const copy = copyRef.current;
    if (disabled || !host || !canvas || !copy || !canvas.getContext('2d')) return;
    const created = new BoardPainter(host, canvas, copy, live.get());
    setPainter(created);
    const unsubscribe = live.subscribe((camera) => created.setCamera(camera));
    return () => {
      unsubscribe();
      created.dispose();
      setPainter(null);
    };
  }, [tilesRef, canvasRef, copyRef, live, disabled]);

  const frames = useMemo(() => frameFaces(model), [model]);
  const themeOf = useMemo(
    () => new Map(model.notes.map((n) => [n.id, n.themeId && model.themeById.has(n.themeId) ? n.themeId : null])),
    [model],
  );
  const scene = useMemo<PaintScene>(
    () => ({
      notes: model.layout.notes,
      order: model.paintOrder,
      index: model.index,
      themeOf,
      faces,
      frames: model.layout.frames,
      frameFaces: frames,
      selection,
      highlight,
      search,
    }),
    [model, themeOf, faces, frames, selection, highlight, search],
  );

  useLayoutEffect(() => {
    painter?.setSize(size, window.devicePixelRatio || 1);
  }, [painter, size]);
  useLayoutEffect(() => {
    painter?.setScene(scene);
  }, [painter, scene]);
  return painter;
}
