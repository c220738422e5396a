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

function idsStored(table: RecordTable, ids: readonly string[]): Promise<readonly string[]> {
  const sorted = [...ids].sort();
  const limit = ids.length * KEYS_PER_ID;
  return table
    .where(':id')
    .between(sorted[0]!, sorted.at(-1)!, true, true)
    .limit(limit)
    .primaryKeys()
    .then((keys) => {
      if (keys.length >= limit) return ids;
      const stored = new Set<string>(keys);
      return ids.filter((id) => stored.has(id));
    });
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
