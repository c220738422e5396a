/**
 * "Export a bundle": the whole project, chosen sessions, or a project kit for facilitators,
 * optionally protected by a passphrase, saved through the platform (a save dialog, or a download in browsers).
 * Making and saving it is useBundleExport; the fields are BundleChoiceFields.
 */
import { useState } from 'react';
import type { Session } from '../../shared/domain/schemas';
import { BUNDLE_EXTENSION } from '../data/sync';
import { useRichMessage } from '../ui/richMessage';
import { useT } from '../ui/i18n';
import { BundleScopeFields, PassphraseFields } from './BundleChoiceFields';
import { useBundleExport, type BundleScope } from './useBundleExport';

export function ExportBundleSection({ projectId, sessions }: { projectId: string; sessions: Session[] }) {
  const [scope, setScope] = useState<BundleScope>('project');
  const [chosen, setChosen] = useState<string[]>([]);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const { error, progress, busy, exportNow } = useBundleExport(projectId);
  const { t } = useT();
  const rich = useRichMessage();

  return (
    <section aria-labelledby="export-bundle-heading" className="setup-section">
      <h2 id="export-bundle-heading">{t('bundle.export.heading')}</h2>
      <p className="muted">{rich('bundle.export.intro', { extension: <code>.{BUNDLE_EXTENSION}</code> })}</p>
      <form
        className="sync-export"
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow({
            scope,
            sessionIds: chosen,
            passphrase: protect ? { first: passphrase, again } : null,
          });
        }}
      >
        <BundleScopeFields scope={scope} sessions={sessions} chosen={chosen} onScope={setScope} onChosen={setChosen} />
        <PassphraseFields
          protect={protect}
          passphrase={passphrase}
          again={again}
          onProtect={setProtect}
          onPassphrase={setPassphrase}
          onAgain={setAgain}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('bundle.export.button')}
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
