/**
 * Reading the packed change history (batch.ts): by stamp, by record, by project, and what waits for the outbox.
 *
 * Lookups go through an index to batch ids first (`primaryKeys`, which reads only the index), then fetch each
 * batch once: many stamps or records usually share a few batches, and a batch holds up to thousands of changes.
 * Each returns one chain of Dexie promises (no async functions): native awaits nested inside a caller's
 * transaction can make Dexie lose it.
 */
import Dexie from 'dexie';
import type { TableName } from '../../../shared/domain/schemas';
import { rowKey } from '../../../shared/sync/merge';
import type { StoredChange } from '../db';
import type { ReadTable } from '../readView';
import { byStamp, storedChangesOf, type ChangeBatch } from './batch';

/** What reading history needs: the real database, or a command's read-only view of it. */
export interface HistoryReader {
  readonly changeBatches: ReadTable<ChangeBatch>;
}

function batchesByIds(db: HistoryReader, idLists: readonly string[][]): Promise<ChangeBatch[]> {
  const ids = [...new Set(idLists.flat())];
  if (!ids.length) return Dexie.Promise.resolve([]);
  return db.changeBatches
    .bulkGet(ids)
    .then((batches) => batches.filter((batch): batch is ChangeBatch => batch !== undefined));
}

/** The batches an index names under any of these keys (one `equals` per key, issued together). */
function batchesUnder(db: HistoryReader, index: 'hlcs' | 'rows', keys: readonly string[]): Promise<ChangeBatch[]> {
  if (!keys.length) return Dexie.Promise.resolve([]);
  return Dexie.Promise.all(keys.map((key) => db.changeBatches.where(index).equals(key).primaryKeys())).then((lists) =>
    batchesByIds(db, lists),
  );
}

/** The stored change under each stamp (undefined where none), in the order asked. */
export function changesByStamps(db: HistoryReader, hlcs: readonly string[]): Promise<(StoredChange | undefined)[]> {
  return batchesUnder(db, 'hlcs', [...new Set(hlcs)]).then((batches) => {
    const wanted = new Set(hlcs);
    const found = new Map<string, StoredChange>();
    for (const batch of batches)
      for (const change of storedChangesOf(batch)) if (wanted.has(change.hlc)) found.set(change.hlc, change);
    return hlcs.map((hlc) => found.get(hlc));
  });
}

/** Each record's stored changes, oldest first, by `rowKey` (an empty list for a record with none). */
export function changesOfRecords(
  db: HistoryReader,
  keys: readonly { table: TableName; rowId: string }[],
): Promise<Map<string, StoredChange[]>> {
  const rows = [...new Set(keys.map(({ table, rowId }) => rowKey(table, rowId)))];
  return batchesUnder(db, 'rows', rows).then((batches) => {
    const out = new Map<string, StoredChange[]>(rows.map((key) => [key, []]));
    for (const batch of batches) {
      for (const change of storedChangesOf(batch)) out.get(rowKey(change.table, change.rowId))?.push(change);
    }
    for (const list of out.values()) list.sort(byStamp);
    return out;
  });
}

/** One record's stored changes, oldest first. */
export function changesOfRecord(db: HistoryReader, table: TableName, rowId: string): Promise<StoredChange[]> {
  return changesOfRecords(db, [{ table, rowId }]).then((found) => found.get(rowKey(table, rowId)) ?? []);
}

/** Every stored change of a project, oldest first. */
export function changesOfProject(db: HistoryReader, projectId: string): Promise<StoredChange[]> {
  return db.changeBatches
    .where('projectId')
    .equals(projectId)
    .toArray()
    .then((batches) => batches.flatMap(storedChangesOf).sort(byStamp));
}

/** Every stored change, oldest first (tests, tools). */
export function allChanges(db: HistoryReader): Promise<StoredChange[]> {
  return db.changeBatches.toArray().then((batches) => batches.flatMap(storedChangesOf).sort(byStamp));
}

/** The batches that still hold unpublished stamps, of one project or all. Reads the sparse index only, then them. */
function batchesWithUnpublished(db: HistoryReader, projectId?: string): Promise<ChangeBatch[]> {
  return db.changeBatches
    .orderBy('unpublished')
    .primaryKeys()
    .then((ids) => batchesByIds(db, [ids]))
    .then((batches) => (projectId === undefined ? batches : batches.filter((batch) => batch.projectId === projectId)));
}

/** A project's changes not yet in the sync folder, oldest first. */
export function unpublishedOf(db: HistoryReader, projectId: string): Promise<StoredChange[]> {
  return batchesWithUnpublished(db, projectId).then((batches) =>
    batches
      .flatMap(storedChangesOf)
      .filter((change) => change.published === 0)
      .sort(byStamp),
  );
}

/** How many changes wait for the sync folder: of one project, or of all (counted on the index alone). */
export function countUnpublished(db: HistoryReader, projectId?: string): Promise<number> {
  if (projectId === undefined) return db.changeBatches.orderBy('unpublished').count();
  return batchesWithUnpublished(db, projectId).then((batches) =>
    batches.reduce((sum, batch) => sum + batch.unpublished.length, 0),
  );
}
