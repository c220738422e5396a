/**
 * Writing the packed change history (batch.ts): a batch per command or applied sync batch, publishing, and the
 * removal of forged stamps. Erasure's rewrites are in erase.ts.
 *
 * Each returns one chain of Dexie promises (no async functions): native awaits nested inside a caller's
 * transaction can make Dexie lose it. Call inside a rw transaction over `changeBatches`.
 */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import type { FieldnotesDb } from '../db';
import { packBatch, packBatches, type ChangeBatch } from './batch';

type HistoryDb = Pick<FieldnotesDb, 'changeBatches'>;

/**
 * Store changes, one batch per project. A stamp already stored fails the write (the `hlcs` index is unique) with
 * Dexie's BulkError, as the old table's key did: callers rely on that to catch a clock that moved under them.
 */
export function addChanges(db: HistoryDb, changes: readonly ChangeRecord[], published: 0 | 1): Promise<unknown> {
  const batches = packBatches(changes, () => published === 0);
  if (!batches.length) return Dexie.Promise.resolve();
  return db.changeBatches.bulkAdd(batches);
}

function batchIdsOf(db: HistoryDb, index: 'hlcs' | 'unpublished', hlcs: readonly string[]): Promise<string[]> {
  return Dexie.Promise.all(
    [...new Set(hlcs)].map((hlc) => db.changeBatches.where(index).equals(hlc).primaryKeys()),
  ).then((lists) => [...new Set(lists.flat())]);
}

function loadBatches(db: HistoryDb, ids: readonly string[]): Promise<ChangeBatch[]> {
  return db.changeBatches
    .bulkGet([...ids])
    .then((batches) => batches.filter((batch): batch is ChangeBatch => batch !== undefined));
}

/** These changes are in the sync folder now (or need not go there): they leave the outbox. */
export function markPublished(db: HistoryDb, hlcs: readonly string[]): Promise<unknown> {
  if (!hlcs.length) return Dexie.Promise.resolve();
  const done = new Set(hlcs);
  return batchIdsOf(db, 'unpublished', hlcs)
    .then((ids) => loadBatches(db, ids))
    .then((batches) =>
      db.changeBatches.bulkPut(
        batches.map((batch) => ({ ...batch, unpublished: batch.unpublished.filter((hlc) => !done.has(hlc)) })),
      ),
    );
}

/**
 * Remove the changes under these stamps (forgeries an authentic change displaces). Their batches are written
 * again without them, under the smallest stamp left (the id must stay one of the batch's own stamps to stay
 * unique); a batch left empty is deleted.
 */
export function deleteStamps(db: HistoryDb, hlcs: readonly string[]): Promise<unknown> {
  if (!hlcs.length) return Dexie.Promise.resolve();
  const gone = new Set(hlcs);
  return batchIdsOf(db, 'hlcs', hlcs)
    .then((ids) => loadBatches(db, ids))
    .then((batches) => {
      const unpublished = new Set(batches.flatMap((batch) => batch.unpublished));
      const rewritten = batches.flatMap((batch) => {
        const left = batch.changes.filter((change) => !gone.has(change.hlc));
        const repacked = packBatch(batch.projectId, left, (change) => unpublished.has(change.hlc));
        return repacked ? [repacked] : [];
      });
      // Deleted first: in one transaction the requests run in order, so the rewrite never meets the old row.
      return db.changeBatches
        .bulkDelete(batches.map((batch) => batch.id))
        .then(() => db.changeBatches.bulkPut(rewritten));
    });
}
