/** The sync status panel's data for one project: stored outcome of the last sync plus what is waiting now. */
import { summariseSyncStatus, type SyncStatusSummary } from '../../../shared/sync/status';
import type { Translator } from '../../../shared/i18n/translate';
import type { FieldnotesDb } from '../db';
import { countWaiting } from './outbox';
import { loadSyncState, updateSyncState, type ProjectSyncState } from './syncMeta';
import { DEVICE_KEY } from '../commandRunner';
import { wordsText, type ErrorWords } from '../../../shared/i18n/words';

export async function getSyncStatus(
  db: FieldnotesDb,
  projectId: string,
  options: { folderSupported: boolean; now?: number; translator?: Translator },
): Promise<SyncStatusSummary> {
  const state = await loadSyncState(db, projectId);
  const ownDeviceId = ((await db.meta.get(DEVICE_KEY))?.value as string | undefined) ?? '';
  return summariseSyncStatus(
    {
      mode: !options.folderSupported ? 'unsupported' : state.folderLabel ? 'on' : 'off',
      ownDeviceId,
      lastSyncAt: state.lastSyncAt,
      lastError: stoppedReason(state.lastError, options.translator),
      waiting: await countWaiting(db, projectId),
      devices: Object.values(state.devices),
      problems: state.problems,
      awaitingConfirmation: state.awaitingConfirmation,
      holdingErased: holdingErased(state),
      now: options.now ?? Date.now(),
    },
    options.translator,
  );
}

/** Before the sentence was worded when shown, the whole English one was stored: only its reason is kept. */
const STORED_SENTENCE = /^Sync stopped: ([\s\S]*)\. Your work is safe on this computer\.$/;

/** The reason a run stopped, in the translator's language; text older versions stored stays as it was stored. */
export function stoppedReason(stored: ErrorWords | string | null, tr?: Translator): string | null {
  if (stored === null) return null;
  if (typeof stored !== 'string') return wordsText(stored, tr);
  return stored.replace(STORED_SENTENCE, '$1');
}

/** Per device, the files in the folder that held erased values when last read (the read index counts them). */
export function holdingErased(state: ProjectSyncState): { deviceId: string; files: number }[] {
  const byDevice = new Map<string, number>();
  for (const [path, entry] of Object.entries(state.index)) {
    if (!entry.erased) continue;
    const deviceId = path.slice(0, path.indexOf('/'));
    byDevice.set(deviceId, (byDevice.get(deviceId) ?? 0) + 1);
  }
  return [...byDevice].map(([deviceId, files]) => ({ deviceId, files }));
}

/** Remember (or forget, with null) which folder a project syncs through; the label is what the settings show. */
export async function setSyncFolderLabel(db: FieldnotesDb, projectId: string, label: string | null): Promise<void> {
  await updateSyncState(db, projectId, (state) =>
    label === state.folderLabel
      ? state
      : // A different folder holds different files: forget what was read there. Keep `written` and `lastSeq`:
        // names carry content hashes, so our own files stay recognisably ours if the same folder is chosen again.
        { ...state, folderLabel: label, index: {}, devices: {}, problems: [], awaitingConfirmation: [] },
  );
}
