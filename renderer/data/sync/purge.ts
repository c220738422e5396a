/**
 * Purging a retired device's files from the Sync screen: the same rewrite as `fieldnotes purge`, over the
 * project's folder port, with the erasures this device knows. Only on a person's explicit request, for a device
 * that will never sync again (the rule is in shared/sync/rewriteSegments.ts). Afterwards the read index forgets
 * the files it replaced, so the next sync reads the new ones and the device leaves the list.
 */
import { serializeFilter } from '../../../shared/sync/erasure';
import type { PurgeResult, SyncFolderPort } from '../../../shared/sync/folderProtocol';
import type { FieldnotesDb } from '../db';
import { loadErasureFilter } from '../erasure/filter';
import { updateSyncState } from './syncMeta';

export async function purgeDevice(
  db: FieldnotesDb,
  port: SyncFolderPort,
  input: { projectId: string; deviceId: string; now?: number; dryRun?: boolean },
): Promise<PurgeResult> {
  const filter = await loadErasureFilter(db, input.projectId);
  const result = await port.purge({
    projectId: input.projectId,
    deviceId: input.deviceId,
    now: new Date(input.now ?? Date.now()).toISOString(),
    erase: serializeFilter(filter),
    dryRun: input.dryRun ?? false,
  });
  if (result.status === 'purged' || result.status === 'clean') {
    const retired = new Set(result.status === 'purged' ? result.retired : []);
    await updateSyncState(db, input.projectId, (state) => ({
      ...state,
      index: Object.fromEntries(
        Object.entries(state.index).flatMap(([path, entry]) => {
          if (!path.startsWith(`${input.deviceId}/`)) return [[path, entry]];
          if (retired.has(path.slice(input.deviceId.length + 1))) return [];
          // Checked just now: nothing erased is left in this device's files.
          return [[path, { ...entry, erased: 0 }]];
        }),
      ),
    }));
  }
  return result;
}
