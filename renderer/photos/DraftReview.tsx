/**
 * Review of the lines recognised on one photo, keyboard first: each line is a draft in a list. On a draft, Enter
 * makes it a note, F2 (or E) edits its text in place (Enter then saves it as a note, Escape goes back), Delete
 * drops it, and the arrow keys move between drafts (useDraftReview.ts). The draft's box is outlined on the photo
 * beside the list.
 */
import type { Photo } from '../../shared/domain/schemas';
import type { Draft } from './draft';
import { useT } from '../ui/i18n';
import { DraftPhoto } from './DraftPhoto';
import { DraftRow } from './DraftRow';
import { useDraftReview } from './useDraftReview';

export function DraftReview({
  photo,
  drafts,
  onChange,
}: {
  photo: Photo;
  drafts: Draft[];
  onChange(drafts: Draft[]): void;
}) {
  const { t } = useT();
  const review = useDraftReview(photo, drafts, onChange);
  const shown = drafts.find((d) => d.key === review.active) ?? drafts[0];
  const focusKey = review.active ?? drafts[0]?.key;
  return (
    <div className="draft-review">
      <DraftPhoto photo={photo} shown={shown} />
      <div className="draft-list-wrap">
        <p className="muted" id={`draft-help-${photo.id}`}>
          {t('photos.review.help')}
        </p>
        {drafts.length === 0 ? (
          <p>{t('photos.review.empty')}</p>
        ) : (
          <ol className="draft-list" aria-label={t('photos.review.list')} aria-describedby={`draft-help-${photo.id}`}>
            {drafts.map((draft, index) => (
              <DraftRow
                key={draft.key}
                draft={draft}
                focusable={focusKey === draft.key}
                editing={review.editing === draft.key}
                ref={review.register(draft.key)}
                onFocus={() => review.setActive(draft.key)}
                onKeyDown={(event) => review.onRowKey(event, draft, index)}
                onConfirm={(text) => void review.confirm(draft, text)}
                onEdit={() => review.setEditing(draft.key)}
                onCancelEdit={() => review.cancelEdit(draft)}
                onDrop={() => review.drop(draft)}
              />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
