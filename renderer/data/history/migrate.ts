/**
 * Version 9 of the database packs the old one-row-per-change table into batches (batch.ts): each project's
 * changes in stamp order, a fixed number per batch, with their published state carried into `unpublished`.
 * Runs inside Dexie's upgrade transaction, where the old table can still be read before it is dropped.
 */
import Dexie, { type Transaction } from 'dexie';
import type { StoredChange } from './storedChange';
import { byProject, packBatch, type ChangeBatch } from './batch';

/** Changes per migrated batch: enough that rows are few, few enough that reading one record's history is cheap. */
export const MIGRATED_BATCH_SIZE = 500;

export function packLegacy(changes: readonly StoredChange[], size = MIGRATED_BATCH_SIZE): ChangeBatch[] {
  const out: ChangeBatch[] = [];
  for (const [projectId, list] of byProject(changes)) {
    list.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
    for (let start = 0; start < list.length; start += size) {
      const batch = packBatch(projectId, list.slice(start, start + size), (change) => {
        // Anything not surely published goes out again: a change written twice to the folder is harmless.
        return (change as StoredChange).published !== 1;
      });
      if (batch) out.push(batch);
    }
  }
  return out;
}

/** The upgrade step: read every old row (keyed by stamp, so no stamp twice), write the batches. */
export function migrateToBatches(tx: Transaction): Promise<unknown> {
  return tx
    .table<StoredChange, string>('changes')
    .toArray()
    .then((changes): Promise<unknown> => {
      const batches = packLegacy(changes);
      return batches.length ? tx.table<ChangeBatch, string>('changeBatches').bulkAdd(batches) : Dexie.Promise.resolve();
    });
}
