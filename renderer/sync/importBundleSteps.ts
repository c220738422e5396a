/**
 * The steps of "Import bundle…" as one pure reducer: which step the dialog is on (choose a file, give its
 * passphrase, look at what it would change, done), what it is busy with, the last refusal, and the two things the
 * person types or ticks. One place decides what each event does to all of them together, so a new step cannot
 * leave an old error or a stale passphrase behind.
 */
import type { ImportPreview } from '../data/sync';
import { msg } from '../ui/i18n';

export type ImportStep =
  | { name: 'choose' }
  | { name: 'passphrase'; fileName: string; bytes: Uint8Array }
  | { name: 'preview'; fileName: string; preview: ImportPreview }
  | { name: 'done'; projectId: string; projectName: string; message: string };

export interface ImportState {
  step: ImportStep;
  /** What the dialog is doing now, in words for its status line; null when it waits for the person. */
  busy: string | null;
  /** The last refusal, shown as an alert; cleared when the person tries again. */
  error: string | null;
  passphrase: string;
  confirmRemovals: boolean;
}

export type ImportEvent =
  | { type: 'opened' }
  | { type: 'choosing' }
  | { type: 'fileChosen' }
  | { type: 'locked'; fileName: string; bytes: Uint8Array }
  | { type: 'reading'; unlocking: boolean }
  | { type: 'read'; fileName: string; preview: ImportPreview }
  | { type: 'passphraseTyped'; value: string }
  | { type: 'passphraseMissing' }
  | { type: 'removalsConfirmed'; value: boolean }
  | { type: 'importing' }
  | { type: 'removalsUnconfirmed' }
  | { type: 'imported'; projectId: string; projectName: string; message: string }
  | { type: 'failed'; message: string };

export const initialImportState: ImportState = {
  step: { name: 'choose' },
  busy: null,
  error: null,
  passphrase: '',
  confirmRemovals: false,
};

export function importBundleReducer(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case 'opened':
      return initialImportState;
    case 'choosing':
      return { ...state, error: null };
    case 'fileChosen':
      // A passphrase typed for an earlier file is never offered to the next one.
      return { ...state, passphrase: '' };
    case 'locked':
      return { ...state, busy: null, step: { name: 'passphrase', fileName: event.fileName, bytes: event.bytes } };
    case 'reading':
      return {
        ...state,
        error: null,
        busy: msg(event.unlocking ? 'bundle.import.unlocking' : 'bundle.import.reading'),
      };
    case 'read':
      return { ...state, busy: null, step: { name: 'preview', fileName: event.fileName, preview: event.preview } };
    case 'passphraseTyped':
      return { ...state, passphrase: event.value };
    case 'passphraseMissing':
      return { ...state, error: msg('bundle.import.needPassphrase') };
    case 'removalsConfirmed':
      return { ...state, confirmRemovals: event.value };
    case 'importing':
      return { ...state, error: null, busy: msg('bundle.import.importing') };
    case 'removalsUnconfirmed':
      return {
        ...state,
        busy: null,
        error: msg('bundle.import.removalsUnconfirmed'),
      };
    case 'imported': {
      const { projectId, projectName, message } = event;
      return { ...state, busy: null, step: { name: 'done', projectId, projectName, message } };
    }
    case 'failed':
      return { ...state, busy: null, error: event.message };
  }
}
