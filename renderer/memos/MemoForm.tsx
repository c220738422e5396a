/**
 * Writing or editing a memo: an optional title and the memo itself. Ctrl+Enter (or Cmd+Enter) saves from the text,
 * as the Save button does; the form empties after a new memo is saved, ready for the next.
 */
import { useId, useState } from 'react';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../shared/domain/limits';
import type { Memo } from '../../shared/domain/schemas';
import { useT } from '../ui/i18n';

export function MemoForm({
  editing,
  onSave,
  onCancelEdit,
  autoFocus = false,
}: {
  /** The memo being edited; absent for a new memo. */
  editing?: Memo;
  /** Resolves true when saved. */
  onSave(words: { title: string; text: string }): Promise<boolean>;
  onCancelEdit?(): void;
  autoFocus?: boolean;
}) {
  const { t } = useT();
  const id = useId();
  const [title, setTitle] = useState(editing?.title ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (!text.trim()) {
      setError(t('memos.empty'));
      return;
    }
    setBusy(true);
    const saved = await onSave({ title, text });
    setBusy(false);
    if (saved) {
      setError(null);
      if (!editing) {
        setTitle('');
        setText('');
      }
    }
  };

  return (
    <form
      className="memo-form"
      aria-label={editing ? t('memos.editForm') : t('memos.newForm')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('memos.title')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={MAX_NAME_LENGTH}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('memos.text')}</label>
        <textarea
          id={`${id}-text`}
          rows={5}
          value={text}
          maxLength={MAX_NOTE_LENGTH}
          autoFocus={autoFocus}
          aria-describedby={`${id}-help`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        />
        <p id={`${id}-help`} className="muted memo-help">
          {t('memos.help')}
        </p>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="memo-form-actions">
        {editing && onCancelEdit && (
          <button type="button" onClick={onCancelEdit}>
            {t('memos.cancelEdit')}
          </button>
        )}
        <button type="submit" className="primary-button" disabled={busy}>
          {editing ? t('memos.saveEdit') : t('memos.save')}
        </button>
      </div>
    </form>
  );
}
