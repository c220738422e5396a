/**
 * Reading what merge needs from the change history: the applied history of given records, from which each
 * field's clock (max HLC of the changes that set it) follows (shared/sync/merge.ts `fieldClocksOf`).
 *
 * Records that have no stored row and are not pending have no history, so they are not queried at all; the
 * set of pending records is kept in meta (see applyChanges.ts). The history itself is read through
 * ../history, which fetches each batch holding these records once.
 */
import type { TableName } from '../../../shared/domain/schemas';
import { fieldClocksOf } from '../../../shared/sync/merge';
import type { FieldnotesDb, StoredChange } from '../db';
import { changesOfRecord, changesOfRecords } from '../history/read';

export function loadHistories(
  db: FieldnotesDb,
  keys: readonly { table: TableName; rowId: string }[],
): Promise<Map<string, StoredChange[]>> {
  // Not an async function: each extra native await layer inside a transaction is a chance for Dexie to lose
  // track of it (PrematureCommitError, seen in tests).
  return changesOfRecords(db, keys);
}

/** Field → winning HLC for one record: for the UI's "changed by … at …" and for tests. */
export async function fieldClocks(db: FieldnotesDb, table: TableName, rowId: string): Promise<Map<string, string>> {
  return fieldClocksOf(await changesOfRecord(db, table, rowId));
}
