/** The fields of "Export a bundle": what goes in it, and whether a passphrase protects it. */
import type { Session } from '../../shared/domain/schemas';
import { useT } from '../ui/i18n';
import type { BundleScope } from './useBundleExport';

export function BundleScopeFields({
  scope,
  sessions,
  chosen,
  onScope,
  onChosen,
}: {
  scope: BundleScope;
  sessions: Session[];
  chosen: string[];
  onScope(scope: BundleScope): void;
  onChosen(sessionIds: string[]): void;
}) {
  const { t } = useT();
  return (
    <>
      <fieldset className="field">
        <legend>{t('bundle.export.what')}</legend>
        <label className="check">
          <input type="radio" name="bundle-scope" checked={scope === 'project'} onChange={() => onScope('project')} />
          <span>{t('bundle.export.project')}</span>
        </label>
        <label className="check">
          <input
            type="radio"
            name="bundle-scope"
            checked={scope === 'sessions'}
            onChange={() => onScope('sessions')}
            disabled={sessions.length === 0}
          />
          <span>{t('bundle.export.sessions')}</span>
        </label>
        <label className="check">
          <input type="radio" name="bundle-scope" checked={scope === 'kit'} onChange={() => onScope('kit')} />
          <span>{t('bundle.export.kit')}</span>
        </label>
      </fieldset>
      {scope === 'sessions' && (
        <fieldset className="field sync-session-choice">
          <legend>{t('bundle.export.whichSessions')}</legend>
          {sessions.map((session) => (
            <label key={session.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(session.id)}
                onChange={(e) =>
                  onChosen(e.target.checked ? [...chosen, session.id] : chosen.filter((id) => id !== session.id))
                }
              />
              <span>{session.title}</span>
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

export function PassphraseFields({
  protect,
  passphrase,
  again,
  onProtect,
  onPassphrase,
  onAgain,
}: {
  protect: boolean;
  passphrase: string;
  again: string;
  onProtect(protect: boolean): void;
  onPassphrase(value: string): void;
  onAgain(value: string): void;
}) {
  const { t } = useT();
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={protect} onChange={(e) => onProtect(e.target.checked)} />
        <span>{t('bundle.export.protect')}</span>
      </label>
      {protect && (
        <div className="sync-passphrase">
          <label className="field">
            <span>{t('bundle.export.passphrase')}</span>
            <input
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => onPassphrase(e.target.value)}
              aria-describedby="passphrase-note"
            />
          </label>
          <label className="field">
            <span>{t('bundle.export.again')}</span>
            <input
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => onAgain(e.target.value)}
            />
          </label>
          <p id="passphrase-note" className="muted">
            {t('bundle.export.passphraseNote')}
          </p>
        </div>
      )}
    </>
  );
}
