/**
 * A theme's frame on the board: a titled rectangle behind its notes. Its title bar moves the frame and the
 * corner handle resizes it (pointer only; the theme panel and outline offer the same by keyboard), so the
 * frame is hidden from assistive technology, whose users get the theme in each note's label and the outline.
 */
import { memo, useCallback } from 'react';
import type { Rect } from '../../shared/board/rect';
import { frameFill } from '../../shared/board/color';

export interface FrameViewProps {
  id: string;
  title: string;
  color: string;
  rect: Rect;
  count: number;
  votes: number;
  auto: boolean;
  depth: number;
  register(id: string, element: HTMLElement | null): void;
}

export const FrameView = memo(function FrameView({
  id,
  title,
  color,
  rect,
  count,
  votes,
  auto,
  depth,
  register,
}: FrameViewProps) {
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      register(id, element);
      return () => register(id, null);
    },
    [id, register],
  );
  return (
    <div
      ref={ref}
      className={`frame${auto ? ' is-auto' : ''}`}
      data-frame-id={id}
      aria-hidden="true"
      style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h, borderColor: color, zIndex: depth }}
    >
      <div
        className="frame-title"
        data-frame-part="title"
        style={{ background: frameFill(color) }}
        title="Drag to move the theme; double-click to select its notes"
      >
        <span className="frame-name">{title}</span>
        <span className="frame-count">
          {count} note{count === 1 ? '' : 's'}
          {votes > 0 && ` · ${votes} vote${votes === 1 ? '' : 's'}`}
        </span>
      </div>
      <div className="frame-resize" data-frame-part="resize" title="Drag to resize" />
    </div>
  );
});
