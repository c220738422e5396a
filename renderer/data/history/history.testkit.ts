/**
 * Tests read the change history as if it were still one list of changes: `storedHistory(db)` answers the few
 * questions they ask (everything, by stamp, by record, by project, what is unpublished) through the history module
 * itself, so they check what the app reads, not how batches are laid out.
 */
import type { TableName } from '../../../shared/domain/schemas';
import type { FieldnotesDb, StoredChange } from '../db';
import { allChanges, changesByStamps, changesOfProject, changesOfRecord, unpublishedOf } from './read';

export interface ChangeList {
  toArray(): Promise<StoredChange[]>;
  count(): Promise<number>;
  first(): Promise<StoredChange | undefined>;
  last(): Promise<StoredChange | undefined>;
  /** The stamps, oldest first. */
  primaryKeys(): Promise<string[]>;
  filter(predicate: (change: StoredChange) => boolean): ChangeList;
}

function list(load: () => Promise<StoredChange[]>): ChangeList {
  return {
    toArray: load,
    count: async () => (await load()).length,
    first: async () => (await load())[0],
    last: async () => (await load()).at(-1),
    primaryKeys: async () => (await load()).map((change) => change.hlc),
    filter: (predicate) => list(async () => (await load()).filter(predicate)),
  };
}

type Lookup =
  | { index: '[table+rowId]'; key: [string, string] }
  | { index: 'projectId'; key: string }
  | { index: 'published'; key: 0 | 1 };

function lookUp(db: FieldnotesDb, lookup: Lookup): ChangeList {
  switch (lookup.index) {
    case '[table+rowId]':
      return list(() => changesOfRecord(db, lookup.key[0] as TableName, lookup.key[1]));
    case 'projectId':
      return list(() => changesOfProject(db, lookup.key));
    case 'published':
      // Across projects, as the old index was.
      return lookup.key === 0
        ? list(async () => {
            const projects = new Set((await allChanges(db)).map((change) => change.projectId));
            const lists = await Promise.all([...projects].map((id) => unpublishedOf(db, id)));
            return lists.flat().sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
          })
        : list(async () => (await allChanges(db)).filter((change) => change.published === 1));
  }
}

export function storedHistory(db: FieldnotesDb) {
  return {
    ...list(() => allChanges(db)),
    toCollection: () => list(() => allChanges(db)),
    get: async (hlc: string) => (await changesByStamps(db, [hlc]))[0],
    bulkGet: (hlcs: readonly string[]) => changesByStamps(db, hlcs),
    where<I extends Lookup['index']>(index: I) {
      return { equals: (key: Extract<Lookup, { index: I }>['key']) => lookUp(db, { index, key } as Lookup) };
    },
  };
}
