/**
 * A theme's frame in the board's DOM, where the canvas draws it: its title is a focusable button (arrow keys
 * move the frame, Shift+arrow further; Enter selects its notes) that the pointer can also drag, and its corner
 * handle resizes it. Close up the title is the frame's top band; far out it sits above the frame at a
 * constant size on screen, as drawn (shared/board/detail.ts).
 */
import { memo, useCallback } from 'react';
import { frameTitleRect } from '../../shared/board/detail';
import type { Rect } from '../../shared/board/rect';
import { useT } from '../ui/i18n';

export interface FrameViewProps {
  id: string;
  title: string;
  rect: Rect;
  /** Every note the theme holds, its own and those linked to it from other themes. */
  count: number;
  /** Of those, the notes linked from other themes. */
  linked: number;
  votes: number;
  depth: number;
  /** The committed zoom: where the title is depends on it. */
  zoom: number;
  showText: boolean;
  register(id: string, element: HTMLElement | null): void;
}

export const FrameView = memo(function FrameView({
  id,
  title,
  rect,
  count,
  linked,
  votes,
  depth,
  zoom,
  showText,
  register,
}: FrameViewProps) {
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      register(id, element);
      return () => register(id, null);
    },
    [id, register],
  );
  const { t } = useT();
  const band = frameTitleRect(rect, zoom);
  return (
    <div
      ref={ref}
      className="frame"
      data-frame-id={id}
      style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h, zIndex: depth }}
    >
      <div
        className="frame-title"
        data-frame-part="title"
        role="button"
        tabIndex={0}
        aria-label={t('board.frameName', { theme: title, count, linked, votes })}
        aria-describedby="frame-hint"
        style={{ top: band.y - rect.y, height: band.h, width: band.w }}
      >
        {showText && `${title} · ${t('board.frameCaption', { count, linked, votes })}`}
      </div>
      <div className="frame-resize" data-frame-part="resize" aria-hidden="true" />
    </div>
  );
});
