/**
 * One recognised line in the review list: its text and confidence (a low one says "check this line"), and the
 * mouse's Confirm, Edit and Drop buttons. The row itself takes the keys (useDraftReview.ts), so the buttons stay
 * out of the tab order.
 */
import type { KeyboardEvent, Ref } from 'react';
import { DraftEditor } from './DraftEditor';
import type { Draft } from './DraftReview';

/** Below this, a line is marked for checking rather than shown with its percentage. */
const CHECK_BELOW = 70;

export function DraftRow({
  ref,
  ...props
}: {
  draft: Draft;
  focusable: boolean;
  editing: boolean;
  ref: Ref<HTMLLIElement>;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent<HTMLLIElement>): void;
  onConfirm(text: string): void;
  onEdit(): void;
  onCancelEdit(): void;
  onDrop(): void;
}) {
  const { draft } = props;
  const low = draft.confidence < CHECK_BELOW;
  return (
    <li
      ref={ref}
      tabIndex={props.focusable ? 0 : -1}
      aria-label={`${draft.text}, confidence ${draft.confidence}%`}
      className={low ? 'draft low' : 'draft'}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
    >
      {props.editing ? (
        <DraftEditor draft={draft} onSave={props.onConfirm} onCancel={props.onCancelEdit} />
      ) : (
        <>
          <span className="draft-text">{draft.text}</span>
          <span className="draft-confidence">{low ? 'check this line' : `${draft.confidence}%`}</span>
          <span className="draft-actions">
            <button type="button" tabIndex={-1} onClick={() => props.onConfirm(draft.text)}>
              Confirm
            </button>
            <button type="button" tabIndex={-1} onClick={props.onEdit}>
              Edit
            </button>
            <button type="button" tabIndex={-1} onClick={props.onDrop}>
              Drop
            </button>
          </span>
        </>
      )}
    </li>
  );
}
