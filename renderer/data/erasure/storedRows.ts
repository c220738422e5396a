/**
 * Reading the stored records of many ids when most are usually absent (a bundle or sync batch of new notes).
 * A get per id costs one IndexedDB request each, as many as the writes that follow. Record ids are UUIDv7, so
 * ids made together sort together: one read of the keys stored between the smallest and the largest id says
 * which of them exist, and only those are fetched. The key read is capped (`limit`): when that range holds many
 * other records (ids made far apart), it stops and every id is fetched as before.
 */
import Dexie, { type Table } from 'dexie';

type RecordTable = Table<Record<string, unknown> & { id: string }, string>;

/** Keys read per wanted id before falling back to a get per id: a key read costs far less than a get. */
const KEYS_PER_ID = 4;

/** Which of these ids are stored; null when the range held too many other records to say cheaply. */
function idsStoredInRange(table: RecordTable, ids: readonly string[]): Promise<Set<string> | null> {
  const sorted = [...ids].sort();
  const limit = ids.length * KEYS_PER_ID;
  return table
    .where(':id')
    .between(sorted[0]!, sorted.at(-1)!, true, true)
    .limit(limit)
    .primaryKeys()
    .then((keys) => (keys.length >= limit ? null : new Set<string>(keys)));
}

function idsStored(table: RecordTable, ids: readonly string[]): Promise<readonly string[]> {
  return idsStoredInRange(table, ids).then((stored) => (stored ? ids.filter((id) => stored.has(id)) : ids));
}

/**
 * The ids of which no record is stored, as far as one capped key read can tell (empty when it cannot). A
 * caller that acts on this after the read's transaction must have its writes prove it (an `add`, which fails
 * on a stored key): see sync/absentRecords.ts.
 */
export function idsAbsent(table: RecordTable, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return Dexie.Promise.resolve(new Set<string>());
  return idsStoredInRange(table, ids).then((stored) =>
    stored ? new Set(ids.filter((id) => !stored.has(id))) : new Set<string>(),
  );
}

/** The stored record under each id (undefined where none), in the order asked. One Dexie promise chain. */
export function storedRows(
  table: RecordTable,
  ids: readonly string[],
): Promise<(Record<string, unknown> | undefined)[]> {
  if (ids.length < 2) return table.bulkGet([...ids]);
  return idsStored(table, ids).then((present) => {
    if (!present.length) return Dexie.Promise.resolve(ids.map(() => undefined));
    return table.bulkGet([...present]).then((rows) => {
      const byId = new Map(present.map((id, index) => [id, rows[index]]));
      return ids.map((id) => byId.get(id));
    });
  });
}
