/**
 * One sticky note in the board's DOM: an option of the board's listbox, placed where the canvas draws it, so
 * keyboards, screen readers and the pointer find it there. Its name is its text followed by its theme,
 * speaker, question, kind and group. The canvas draws the note; this element is drawn only where the
 * system's forced colours replace the canvas (then it shows the text itself).
 */
import { memo, useCallback } from 'react';
import type { Rect } from '../../shared/board/rect';

const LABEL_CHARS = 600;

export interface StickyProps {
  id: string;
  text: string;
  rect: Rect;
  context: string;
  selected: boolean;
  tabbable: boolean;
  dimmed: boolean;
  matched: boolean;
  position: number;
  total: number;
  /** Show the text in the element itself (forced colours: the canvas is not shown). */
  showText: boolean;
  register(id: string, element: HTMLElement | null): void;
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
  const text = props.text.length > LABEL_CHARS ? `${props.text.slice(0, LABEL_CHARS)}…` : props.text;
  return (
    <div
      ref={ref}
      id={`sticky-${id}`}
      role="option"
      data-note-id={id}
      aria-selected={props.selected}
      aria-label={`${text} ${props.context}`}
      aria-posinset={props.position}
      aria-setsize={props.total}
      tabIndex={props.tabbable ? 0 : -1}
      className={classes.join(' ')}
      style={{ left: props.rect.x, top: props.rect.y }}
    >
      {props.showText && (
        <span className="sticky-text" dir="auto" aria-hidden="true">
          {text}
        </span>
      )}
    </div>
  );
});
