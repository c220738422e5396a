/**
 * Text shown as text with an Edit button; editing swaps in a field. Enter (or Save) commits, Escape cancels,
 * and focus goes back to the Edit button so keyboard users never lose their place.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from './i18n';

export interface InlineEditProps {
  value: string;
  label: string;
  onSave(next: string): Promise<unknown> | void;
  multiline?: boolean;
  display?: ReactNode;
  editLabel?: string;
}

export function InlineEdit({ value, label, onSave, multiline, display, editLabel }: InlineEditProps) {
  const { t } = useT();
  const editWord = editLabel ?? t('ui.edit');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) fieldRef.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  const finish = async (save: boolean) => {
    if (save && draft.trim() !== value) await onSave(draft);
    returnFocus.current = true;
    setEditing(false);
  };

  if (!editing) {
    return (
      <span className="inline-edit">
        <span className="inline-edit-text">{display ?? value}</span>
        <button
          ref={buttonRef}
          type="button"
          className="small-button"
          aria-label={`${editWord} ${label}`}
          onClick={() => {
            setDraft(value);
            setEditing(true);
          }}
        >
          {editWord}
        </button>
      </span>
    );
  }
  const commonProps = {
    ref: fieldRef,
    'aria-label': label,
    value: draft,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        void finish(false);
      } else if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
        e.preventDefault();
        void finish(true);
      }
    },
  };
  return (
    <span className="inline-edit editing">
      {multiline ? <textarea rows={3} {...commonProps} /> : <input type="text" {...commonProps} />}
      <button type="button" className="small-button" onClick={() => void finish(true)}>
        {t('ui.save')}
      </button>
      <button type="button" className="small-button" onClick={() => void finish(false)}>
        {t('ui.cancel')}
      </button>
    </span>
  );
}
