/** Dot votes for a theme, typed in from the room: saved on Enter or when the field is left. */
import { useState } from 'react';
import { useT } from '../ui/i18n';

export function VotesField({ name, votes, onSave }: { name: string; votes: number; onSave(votes: number): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const { t } = useT();
  const commit = () => {
    if (draft === null) return;
    const value = Number(draft);
    setDraft(null);
    if (draft.trim() !== '' && Number.isInteger(value) && value >= 0 && value !== votes) onSave(value);
  };
  return (
    <label className="votes-field">
      <span className="visually-hidden">{t('board.dotVotesFor', { theme: name })}</span>
      <input
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        value={draft ?? String(votes)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            setDraft(null);
          }
        }}
      />
      <span aria-hidden="true" className="muted">
        {t('board.votesUnit')}
      </span>
    </label>
  );
}
