/**
 * Making and saving a bundle: checks what the person chose (at least one session, a passphrase long enough and
 * typed the same twice), makes the bundle and saves it through the platform (a save dialog, or a download in
 * browsers). `progress` is the status line; it ends in "…" while work is under way.
 */
import { useState } from 'react';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { describeError } from '../data/errors';
import { BUNDLE_EXTENSION, exportBundle, loadDeviceName, type BundleSelection } from '../data/sync';
import { getPlatform } from '../platform';
import { msg, uiTranslator } from '../ui/i18n';

export type BundleScope = BundleSelection['kind'];

const MIN_PASSPHRASE = 8;

export interface BundleChoice {
  scope: BundleScope;
  sessionIds: string[];
  /** Set when the person asked for a passphrase: what they typed, twice. */
  passphrase: { first: string; again: string } | null;
}

/** Why the choice cannot be exported yet, in words for the form's alert; null when it can. */
function problemOf({ scope, sessionIds, passphrase }: BundleChoice): string | null {
  if (scope === 'sessions' && sessionIds.length === 0) return msg('bundle.export.chooseSession');
  if (passphrase && passphrase.first.length < MIN_PASSPHRASE)
    return msg('bundle.export.tooShort', { min: MIN_PASSPHRASE });
  if (passphrase && passphrase.first !== passphrase.again) return msg('bundle.export.notSame');
  return null;
}

export function useBundleExport(projectId: string) {
  const { db, runner } = useData();
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState('');

  async function exportNow(choice: BundleChoice) {
    setError(null);
    const problem = problemOf(choice);
    if (problem) return setError(problem);
    const { scope, sessionIds, passphrase } = choice;
    const selection: BundleSelection =
      scope === 'sessions' ? { kind: 'sessions', projectId, sessionIds } : { kind: scope, projectId };
    setProgress(msg(passphrase ? 'bundle.export.preparingLocked' : 'bundle.export.preparing'));
    try {
      const deviceName = await loadDeviceName(db);
      const bundle = await exportBundle(runner, selection, {
        deviceName,
        ...(passphrase ? { passphrase: passphrase.first } : {}),
      });
      const saved = await getPlatform().saveFile({
        suggestedName: bundle.fileName,
        data: bundle.bytes,
        mimeType: 'application/octet-stream',
        filters: [{ name: msg('bundle.export.fileType'), extensions: [BUNDLE_EXTENSION] }],
      });
      if (saved.status === 'cancelled') return setProgress(msg('bundle.export.cancelled'));
      setProgress(msg('bundle.export.saved', { fileName: saved.fileName }));
      announce(msg('bundle.export.savedAnnounced', { fileName: saved.fileName }));
    } catch (failure) {
      setProgress('');
      setError(msg('bundle.export.failed', { reason: describeError(failure, uiTranslator()) }));
    }
  }

  return { error, progress, busy: progress.endsWith('…'), exportNow };
}
