/**
 * Reading what merge needs from the `changes` table: the applied history of given records, from which each
 * field's clock (max HLC of the changes that set it) follows (shared/sync/merge.ts `fieldClocksOf`).
 *
 * One `equals` query per record on the [table+rowId] index, issued together: on fake-indexeddb and in Chromium
 * this is far faster than one `anyOf` over compound keys (measured 200 ms against 10 s for 400 records).
 * Records that have no stored row and are not pending have no history, so they are not queried at all; the
 * set of pending records is kept in meta (see applyChanges.ts).
 */
import Dexie from 'dexie';
import type { TableName } from '../../../shared/domain/schemas';
import { fieldClocksOf, rowKey } from '../../../shared/sync/merge';
import type { FieldnotesDb, StoredChange } from '../db';

export function loadHistories(
  db: FieldnotesDb,
  keys: readonly { table: TableName; rowId: string }[],
): Promise<Map<string, StoredChange[]>> {
  // Not an async function, and Dexie.Promise rather than a native Promise.all: each extra native await layer
  // inside a transaction is a chance for Dexie to lose track of it (PrematureCommitError, seen in tests).
  return Dexie.Promise.all(
    keys.map(({ table, rowId }) => db.changes.where('[table+rowId]').equals([table, rowId]).toArray()),
  ).then((lists) => {
    const out = new Map<string, StoredChange[]>();
    keys.forEach(({ table, rowId }, index) => out.set(rowKey(table, rowId), lists[index]!));
    return out;
  });
}

/** Field → winning HLC for one record: for the UI's "changed by … at …" and for tests. */
export async function fieldClocks(db: FieldnotesDb, table: TableName, rowId: string): Promise<Map<string, string>> {
  return fieldClocksOf(await db.changes.where('[table+rowId]').equals([table, rowId]).toArray());
}
