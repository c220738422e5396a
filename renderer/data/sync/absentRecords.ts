/**
 * Records a merge may presume new, read once before its batches (architecture: Sync, "Merge speed").
 *
 * Each batch of a merge would otherwise read every record its changes are for, one request per record, to learn
 * that most are not stored (a new device's work, a first sync): as many requests as the writes that follow. One
 * capped key read per table before the first batch says which are absent. That read is outside the batches'
 * transactions, so another writer could store one of those records in between; every use of the presumption is
 * therefore proved inside the batch's own transaction:
 * - a presumed-new record is written with `add`, which fails on a stored key;
 * - a presumed-new record that the batch leaves pending (no write to prove it) is read after all;
 * - a record a coding or memo names is always read (its erasure decides theirs, and it is not written).
 * A failed proof undoes the batch, which runs again reading everything (applyChanges.ts, `PresumedNewCollision`).
 */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import type { TableName } from '../../../shared/domain/schemas';
import { rowKey } from '../../../shared/sync/merge';
import type { FieldnotesDb } from '../db';
import { idsAbsent } from '../erasure/storedRows';

/** The `rowKey`s of the records these changes are for that are not stored now. */
export function absentRecords(db: FieldnotesDb, changes: readonly ChangeRecord[]): Promise<Set<string>> {
  const idsByTable = new Map<TableName, Set<string>>();
  for (const change of changes) {
    const ids = idsByTable.get(change.table) ?? new Set<string>();
    ids.add(change.rowId);
    idsByTable.set(change.table, ids);
  }
  const tables = [...idsByTable.keys()].map((table) => db.recordTable(table));
  if (!tables.length) return Dexie.Promise.resolve(new Set<string>());
  const absent = new Set<string>();
  return db.transaction('r', tables, () =>
    Dexie.Promise.all(
      [...idsByTable].map(([table, ids]) =>
        idsAbsent(db.recordTable(table), [...ids]).then((found) => {
          for (const id of found) absent.add(rowKey(table, id));
        }),
      ),
    ).then(() => absent),
  );
}
