/**
 * The work behind "Import bundle…": ask for a file, read it (with its passphrase when it has one) into a preview
 * without writing anything, then apply that preview. Every outcome goes through the dialog's reducer
 * (importBundleSteps.ts); every refusal becomes the bundle's own message, with nothing changed.
 */
import { useReducer } from 'react';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { describeError } from '../data/errors';
import {
  applyBundleImport,
  BUNDLE_EXTENSION,
  BundleError,
  isEncryptedBundle,
  previewBundleImport,
  type ImportPreview,
} from '../data/sync';
import { getPlatform } from '../platform';
import { msg, uiLocale, uiTranslator } from '../ui/i18n';
import { translator } from '../../shared/i18n/translate';
import { BUNDLE_ERROR_MESSAGES } from '../../shared/sync/bundle';
import { importBundleReducer, initialImportState } from './importBundleSteps';

function messageOf(error: unknown): string {
  if (error instanceof BundleError) return msg(BUNDLE_ERROR_MESSAGES[error.code]);
  return msg('bundle.import.failed', { reason: describeError(error, uiTranslator()) });
}

export function useBundleImport() {
  const { db, runner } = useData();
  const [state, dispatch] = useReducer(importBundleReducer, initialImportState);

  async function readBundle(fileName: string, bytes: Uint8Array, secret?: string) {
    dispatch({ type: 'reading', unlocking: !!secret });
    try {
      const preview = await previewBundleImport(db, bytes, {
        ...(secret ? { passphrase: secret } : {}),
        translator: translator(uiLocale()),
      });
      dispatch({ type: 'read', fileName, preview });
    } catch (failure) {
      if (failure instanceof BundleError && failure.code === 'passphrase-needed') {
        dispatch({ type: 'locked', fileName, bytes });
      } else {
        dispatch({ type: 'failed', message: messageOf(failure) });
      }
    }
  }

  async function chooseFile() {
    dispatch({ type: 'choosing' });
    try {
      const file = await getPlatform().openFile({
        filters: [{ name: msg('bundle.export.fileType'), extensions: [BUNDLE_EXTENSION] }],
      });
      if (!file) return;
      dispatch({ type: 'fileChosen' });
      if (isEncryptedBundle(file.data)) dispatch({ type: 'locked', fileName: file.fileName, bytes: file.data });
      else await readBundle(file.fileName, file.data);
    } catch (failure) {
      dispatch({ type: 'failed', message: messageOf(failure) });
    }
  }

  /** Reads a locked bundle with the passphrase typed so far (an empty one is refused before anything is read). */
  function unlock(fileName: string, bytes: Uint8Array) {
    if (!state.passphrase) dispatch({ type: 'passphraseMissing' });
    else void readBundle(fileName, bytes, state.passphrase);
  }

  async function apply(preview: ImportPreview) {
    dispatch({ type: 'importing' });
    try {
      const report = await applyBundleImport(runner, preview, { confirmRemovals: state.confirmRemovals });
      if (report.status !== 'applied') return dispatch({ type: 'removalsUnconfirmed' });
      const message = msg('bundle.import.imported', {
        project: preview.project.name,
        summary: preview.summary.join(' '),
      });
      announce(msg('bundle.import.importedAnnounced', { project: preview.project.name }));
      dispatch({ type: 'imported', projectId: preview.project.id, projectName: preview.project.name, message });
    } catch (failure) {
      dispatch({ type: 'failed', message: messageOf(failure) });
    }
  }

  return {
    state,
    reset: () => dispatch({ type: 'opened' }),
    chooseFile,
    unlock,
    apply,
    typePassphrase: (value: string) => dispatch({ type: 'passphraseTyped', value }),
    confirmRemovals: (value: boolean) => dispatch({ type: 'removalsConfirmed', value }),
  };
}
