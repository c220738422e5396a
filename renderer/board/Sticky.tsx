/**
 * One sticky note on the board: an option in the board's listbox, positioned by left/top inside the
 * transformed layer. Drags never re-render it: the gesture code writes `transform` on its element directly
 * and clears it when the drop is committed. Memoised on what it shows, so a commit re-renders only the
 * stickies that changed.
 */
import { memo, useCallback, type ReactNode } from 'react';
import type { Rect } from '../../shared/board/rect';

/** Stickies show this much text at most (they clamp to a few lines anyway); the outline shows more. */
const SHOWN_CHARS = 280;
const LABEL_CHARS = 600;

export interface StickyProps {
  id: string;
  text: string;
  rect: Rect;
  fill: string;
  accent: string | null;
  meta: string;
  /** Said after the visible text (theme, speaker, question, group): the name is the content, so it always contains what is shown. */
  context: string;
  selected: boolean;
  tabbable: boolean;
  dimmed: boolean;
  matched: boolean;
  sensitive: boolean;
  far: boolean;
  ranges: readonly [number, number][] | null;
  position: number;
  total: number;
  register(id: string, element: HTMLElement | null): void;
}

function highlighted(text: string, ranges: readonly [number, number][] | null): ReactNode {
  const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
  if (!ranges?.length) return shown;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start >= shown.length) break;
    if (start > at) parts.push(shown.slice(at, start));
    parts.push(<mark key={start}>{shown.slice(start, Math.min(end, shown.length))}</mark>);
    at = end;
  }
  if (at < shown.length) parts.push(shown.slice(at));
  return parts;
}

export const Sticky = memo(function Sticky(props: StickyProps) {
  const { id, register } = props;
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      register(id, element);
      return () => register(id, null);
    },
    [id, register],
  );
  const classes = ['sticky'];
  if (props.selected) classes.push('is-selected');
  if (props.dimmed) classes.push('is-dimmed');
  if (props.matched) classes.push('is-match');
  if (props.far) classes.push('is-far');
  return (
    <div
      ref={ref}
      id={`sticky-${id}`}
      role="option"
      data-note-id={id}
      aria-selected={props.selected}
      // Far out the text is not drawn, so the name carries it; close up the name is the content itself.
      aria-label={
        props.far
          ? `${props.text.length > LABEL_CHARS ? `${props.text.slice(0, LABEL_CHARS)}…` : props.text} ${props.context}`
          : undefined
      }
      aria-posinset={props.position}
      aria-setsize={props.total}
      tabIndex={props.tabbable ? 0 : -1}
      className={classes.join(' ')}
      style={{
        left: props.rect.x,
        top: props.rect.y,
        background: props.fill,
        borderTopColor: props.accent ?? undefined,
      }}
    >
      {!props.far && (
        <>
          <p className="sticky-meta">
            {props.sensitive && <span className="sticky-flag">Sensitive</span>}
            {props.meta}
          </p>
          <p className="sticky-text" dir="auto">
            {highlighted(props.text, props.ranges)}
          </p>
        </>
      )}
      {!props.far && <span className="visually-hidden">{props.context}</span>}
    </div>
  );
});
