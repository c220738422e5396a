/** Where the imported notes go (or those rows without a session): a new session, titled here, or an existing one. */
import type { Session } from '../../shared/domain/schemas';

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
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor="import-target">{fileHasSessions ? 'Rows without a session go into' : 'Notes go into'}</label>
        <select id="import-target" value={target} disabled={disabled} onChange={(e) => onTarget(e.target.value)}>
          <option value="new">A new session…</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      {target === 'new' && (
        <div className="field">
          <label htmlFor="import-new-title">New session title</label>
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
