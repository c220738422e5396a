/**
 * Memos as a list: each with its title, what it is about (in the project list), its author and dates, and buttons
 * to edit or delete it (deleting is undoable, like every command). A memo is the team's own thinking, so it is
 * shown as an article of analysis, never styled as a participant's quote.
 */
import type { Memo } from '../../shared/domain/schemas';
import { useT } from '../ui/i18n';

export function MemoList({
  memos,
  authorOf,
  aboutOf,
  editingId,
  onEdit,
  onDelete,
}: {
  memos: readonly Memo[];
  authorOf(deviceId: string): string;
  /** What each memo is about, when the list mixes targets. */
  aboutOf?(memo: Memo): string;
  editingId?: string | null;
  onEdit(memo: Memo): void;
  onDelete(memo: Memo): void;
}) {
  const { t, date } = useT();
  if (!memos.length) return <p className="muted">{t('memos.none')}</p>;
  const when = (iso: string) => date(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="plain-list memo-list">
      {memos.map((memo) => {
        const name = memo.title || t('memos.untitled');
        return (
          <li key={memo.id}>
            <article className={`memo${editingId === memo.id ? ' is-editing' : ''}`} aria-label={name}>
              <h4 className="memo-title">{name}</h4>
              {aboutOf && <p className="memo-about">{aboutOf(memo)}</p>}
              <p className="memo-meta muted">
                {t('memos.byline', { author: authorOf(memo.authorDeviceId), date: when(memo.createdAt) })}
                {memo.updatedAt !== memo.createdAt && ` · ${t('memos.edited', { date: when(memo.updatedAt) })}`}
              </p>
              <div className="memo-text">{memo.text}</div>
              <div className="memo-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('memos.editNamed', { name })}
                  onClick={() => onEdit(memo)}
                >
                  {t('memos.edit')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('memos.deleteNamed', { name })}
                  onClick={() => onDelete(memo)}
                >
                  {t('memos.delete')}
                </button>
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
