/** A draft line's text being corrected in place: Enter saves it as a note, Escape goes back to the line. */
import { useState } from 'react';
import { useT } from '../ui/i18n';
import type { Draft } from './draft';

export function DraftEditor({
  draft,
  onSave,
  onCancel,
}: {
  draft: Draft;
  onSave(text: string): void;
  onCancel(): void;
}) {
  const { t } = useT();
  const [text, setText] = useState(draft.text);
  return (
    <input
      className="draft-input"
      aria-label={t('photos.review.editor')}
      value={text}
      autoFocus
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onSave(text);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    />
  );
}
