/**
 * One recognised line in the review list: its text and confidence (a low one says "check this line"), and the
 * mouse's Confirm, Edit and Drop buttons. The row itself takes the keys (useDraftReview.ts), so the buttons stay
 * out of the tab order.
 */
import type { KeyboardEvent, Ref } from 'react';
import { useT } from '../ui/i18n';
import { DraftEditor } from './DraftEditor';
import type { Draft } from './draft';

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
  const { t } = useT();
  const { draft } = props;
  const low = draft.confidence < CHECK_BELOW;
  return (
    <li
      ref={ref}
      tabIndex={props.focusable ? 0 : -1}
      aria-label={t('photos.review.row', { text: draft.text, confidence: draft.confidence })}
      className={low ? 'draft low' : 'draft'}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
    >
      {props.editing ? (
        <DraftEditor draft={draft} onSave={props.onConfirm} onCancel={props.onCancelEdit} />
      ) : (
        <>
          <span className="draft-text">{draft.text}</span>
          <span className="draft-confidence">
            {low ? t('photos.review.check') : t('photos.review.confidence', { confidence: draft.confidence })}
          </span>
          <span className="draft-actions">
            <button type="button" tabIndex={-1} onClick={() => props.onConfirm(draft.text)}>
              {t('photos.review.confirm')}
            </button>
            <button type="button" tabIndex={-1} onClick={props.onEdit}>
              {t('photos.review.edit')}
            </button>
            <button type="button" tabIndex={-1} onClick={props.onDrop}>
              {t('photos.review.drop')}
            </button>
          </span>
        </>
      )}
    </li>
  );
}
