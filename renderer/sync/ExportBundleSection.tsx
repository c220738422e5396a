/**
 * "Export a bundle": the whole project, chosen sessions, or a project kit for facilitators,
 * optionally protected by a passphrase, saved through the platform (a save dialog, or a download in browsers).
 */
import { useState } from 'react';
import type { Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { describeError } from '../data/errors';
import { BUNDLE_EXTENSION, exportBundle, loadDeviceName, type BundleSelection } from '../data/sync';
import { getPlatform } from '../platform';

type Scope = BundleSelection['kind'];

const MIN_PASSPHRASE = 8;

export function ExportBundleSection({ projectId, sessions }: { projectId: string; sessions: Session[] }) {
  const { db, runner } = useData();
  const [scope, setScope] = useState<Scope>('project');
  const [chosen, setChosen] = useState<string[]>([]);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState('');
  const busy = progress.endsWith('…');

  async function exportNow() {
    setError(null);
    if (scope === 'sessions' && chosen.length === 0) return setError('Choose at least one session to export.');
    if (protect && passphrase.length < MIN_PASSPHRASE)
      return setError(`Use a passphrase of at least ${MIN_PASSPHRASE} characters.`);
    if (protect && passphrase !== again) return setError('The two passphrases are not the same. Type them again.');
    const selection: BundleSelection =
      scope === 'sessions' ? { kind: 'sessions', projectId, sessionIds: chosen } : { kind: scope, projectId };
    setProgress(protect ? 'Preparing and locking the bundle…' : 'Preparing the bundle…');
    try {
      const deviceName = await loadDeviceName(db);
      const bundle = await exportBundle(runner, selection, { deviceName, ...(protect ? { passphrase } : {}) });
      const saved = await getPlatform().saveFile({
        suggestedName: bundle.fileName,
        data: bundle.bytes,
        mimeType: 'application/octet-stream',
        filters: [{ name: 'Fieldnotes bundle', extensions: [BUNDLE_EXTENSION] }],
      });
      if (saved.status === 'cancelled') return setProgress('Export cancelled; nothing was saved.');
      setProgress(`Bundle saved as “${saved.fileName}”.`);
      announce(`Bundle saved as ${saved.fileName}`);
    } catch (failure) {
      setProgress('');
      setError(`The bundle could not be made: ${describeError(failure)}`);
    }
  }

  return (
    <section aria-labelledby="export-bundle-heading" className="setup-section">
      <h2 id="export-bundle-heading">Export a bundle</h2>
      <p className="muted">
        A bundle is one <code>.{BUNDLE_EXTENSION}</code> file to hand over by USB stick or e-mail. It works in every
        browser and without a shared folder. Importing the same bundle twice changes nothing.
      </p>
      <form
        className="sync-export"
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow();
        }}
      >
        <fieldset className="field">
          <legend>What to export</legend>
          <label className="check">
            <input
              type="radio"
              name="bundle-scope"
              checked={scope === 'project'}
              onChange={() => setScope('project')}
            />
            <span>This whole project</span>
          </label>
          <label className="check">
            <input
              type="radio"
              name="bundle-scope"
              checked={scope === 'sessions'}
              onChange={() => setScope('sessions')}
              disabled={sessions.length === 0}
            />
            <span>Chosen sessions</span>
          </label>
          <label className="check">
            <input type="radio" name="bundle-scope" checked={scope === 'kit'} onChange={() => setScope('kit')} />
            <span>
              A project kit for facilitators (guide, groups, note kinds and master themes; no sessions or notes)
            </span>
          </label>
        </fieldset>
        {scope === 'sessions' && (
          <fieldset className="field sync-session-choice">
            <legend>Sessions to export</legend>
            {sessions.map((session) => (
              <label key={session.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(session.id)}
                  onChange={(e) =>
                    setChosen(e.target.checked ? [...chosen, session.id] : chosen.filter((id) => id !== session.id))
                  }
                />
                <span>{session.title}</span>
              </label>
            ))}
          </fieldset>
        )}
        <label className="check">
          <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
          <span>Protect with a passphrase</span>
        </label>
        {protect && (
          <div className="sync-passphrase">
            <label className="field">
              <span>Passphrase</span>
              <input
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                aria-describedby="passphrase-note"
              />
            </label>
            <label className="field">
              <span>Passphrase again</span>
              <input
                type="password"
                autoComplete="new-password"
                value={again}
                onChange={(e) => setAgain(e.target.value)}
              />
            </label>
            <p id="passphrase-note" className="muted">
              A forgotten passphrase cannot be recovered: without it nobody, including you, can open the bundle. Give it
              to the recipient separately, not in the same e-mail.
            </p>
          </div>
        )}
        <button type="submit" className="primary-button" disabled={busy}>
          Export bundle…
        </button>
        <p className="muted" role="status">
          {progress}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
