/**
 * A minutes field that saves on Enter or when it loses focus; empty means “no time box”.
 * The parent keys it by the saved value, so a change from elsewhere resets the draft.
 */
import { useState } from 'react';
import { useT } from '../ui/i18n';

export function TimeboxField({
  label,
  value,
  onSave,
}: {
  label: string;
  value: number | null;
  onSave(minutes: number | null): unknown;
}) {
  const { t } = useT();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const commit = () => {
    const minutes = draft.trim() ? Math.round(Number(draft)) : null;
    if (minutes !== value && (minutes === null || Number.isFinite(minutes))) onSave(minutes);
  };
  return (
    <label className="timebox-field">
      <span className="visually-hidden">{label}</span>
      <input
        type="number"
        min={1}
        max={600}
        placeholder={t('setup.minutes')}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <span aria-hidden="true"> {t('setup.minutes')}</span>
    </label>
  );
}
