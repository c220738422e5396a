/**
 * Erasure's part of the change history (erasure/apply.ts decides what goes): the changes of erased records, a
 * withdrawn participant's details and links to erased photos leave every batch that holds them. A batch is
 * written again whole, so no stored row keeps the words.
 *
 * An erased record's changes are emptied, not removed: the same stamp with no fields and published, so a copy
 * that arrives again is recognised as already here and dropped, and there is nothing left to send.
 * One chain of Dexie promises each (no async functions): call inside the caller's rw transaction.
 */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import type { TableName } from '../../../shared/domain/schemas';
import { rowKey } from '../../../shared/sync/merge';
import type { FieldnotesDb } from '../db';
import type { ChangeBatch } from './batch';

type HistoryDb = Pick<FieldnotesDb, 'changeBatches'>;

/**
 * What to do with one change: `undefined` keeps it as it is; otherwise its replacement (same stamp), and whether
 * it leaves the outbox.
 */
export type Revision = (change: ChangeRecord) => { change: ChangeRecord; publish: boolean } | undefined;

/** Rewrite the batches a revision changes; the others are not written. */
function reviseBatches(db: HistoryDb, batches: readonly ChangeBatch[], revise: Revision): Promise<unknown> {
  const rewritten: ChangeBatch[] = [];
  for (const batch of batches) {
    let touched = false;
    const published = new Set<string>();
    const changes = batch.changes.map((change) => {
      const revised = revise(change);
      if (!revised) return change;
      touched = true;
      if (revised.publish) published.add(change.hlc);
      return { ...revised.change, hlc: change.hlc };
    });
    if (touched)
      rewritten.push({ ...batch, changes, unpublished: batch.unpublished.filter((hlc) => !published.has(hlc)) });
  }
  return rewritten.length ? db.changeBatches.bulkPut(rewritten) : Dexie.Promise.resolve();
}

/** Revise the changes of these records. */
export function reviseRecords(
  db: HistoryDb,
  records: readonly { table: TableName; id: string }[],
  revise: Revision,
): Promise<unknown> {
  const keys = new Set(records.map(({ table, id }) => rowKey(table, id)));
  if (!keys.size) return Dexie.Promise.resolve();
  return Dexie.Promise.all([...keys].map((key) => db.changeBatches.where('rows').equals(key).primaryKeys()))
    .then((lists) => db.changeBatches.bulkGet([...new Set(lists.flat())]))
    .then((batches) =>
      reviseBatches(
        db,
        batches.filter((batch): batch is ChangeBatch => batch !== undefined),
        (change) => (keys.has(rowKey(change.table, change.rowId)) ? revise(change) : undefined),
      ),
    );
}

/** Revise any change of a project (for what no index finds, such as links to an erased photo). */
export function reviseProject(db: HistoryDb, projectId: string, revise: Revision): Promise<unknown> {
  return db.changeBatches
    .where('projectId')
    .equals(projectId)
    .toArray()
    .then((batches) => reviseBatches(db, batches, revise));
}

/** An erased record's change: same stamp, no fields, nothing left to publish. */
export const emptied: Revision = (change) => ({ change: { ...change, fields: {} }, publish: true });
