/** Where the imported notes go (or those rows without a session): a new session, titled here, or an existing one. */
import type { Session } from '../../shared/domain/schemas';
import { useT } from '../ui/i18n';

export function TargetSessionFields({
  sessions,
  target,
  newTitle,
  fileHasSessions,
  disabled,
  onTarget,
  onNewTitle,
}: {
  sessions: readonly Session[];
  /** 'new', or the id of an existing session. */
  target: string;
  newTitle: string;
  fileHasSessions: boolean;
  disabled: boolean;
  onTarget(target: string): void;
  onNewTitle(title: string): void;
}) {
  const { t } = useT();
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor="import-target">
          {fileHasSessions ? t('importNotes.target.withSessions') : t('importNotes.target.all')}
        </label>
        <select id="import-target" value={target} disabled={disabled} onChange={(e) => onTarget(e.target.value)}>
          <option value="new">{t('importNotes.target.new')}</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      {target === 'new' && (
        <div className="field">
          <label htmlFor="import-new-title">{t('importNotes.target.newTitle')}</label>
          <input
            id="import-new-title"
            type="text"
            value={newTitle}
            disabled={disabled}
            onChange={(e) => onNewTitle(e.target.value)}
          />
        </div>
      )}
    </div>
  );
}
