/**
 * What a command may read: every record table and the change history, with the read half of Dexie's API only.
 *
 * A command gets this view as `ctx.db`, never the database itself, so the compiler refuses a command that writes
 * around the command context (a `put` there would skip the change record, the clock and undo: the write would never
 * sync and could not be undone). Writes go through `ctx.insert`, `ctx.update`, `ctx.remove`, `ctx.revive` and
 * `ctx.erase` alone (architecture: Layers).
 */
import type { RecordTypes, TableName } from '../../shared/domain/schemas';
import type { ChangeBatch } from './history/batch';

/** A query's results, read only: Dexie's Collection without `modify` and `delete`. */
export interface ReadCollection<T> {
  toArray(): Promise<T[]>;
  count(): Promise<number>;
  first(): Promise<T | undefined>;
  last(): Promise<T | undefined>;
  primaryKeys(): Promise<string[]>;
  sortBy(keyPath: string): Promise<T[]>;
  each(callback: (row: T) => void): Promise<void>;
  filter(predicate: (row: T) => boolean): ReadCollection<T>;
  and(predicate: (row: T) => boolean): ReadCollection<T>;
  limit(count: number): ReadCollection<T>;
  offset(count: number): ReadCollection<T>;
  reverse(): ReadCollection<T>;
}

/** Dexie's WhereClause, each condition giving a read-only collection. */
export interface ReadWhere<T> {
  equals(key: unknown): ReadCollection<T>;
  notEqual(key: unknown): ReadCollection<T>;
  anyOf(keys: readonly unknown[]): ReadCollection<T>;
  noneOf(keys: readonly unknown[]): ReadCollection<T>;
  above(key: unknown): ReadCollection<T>;
  aboveOrEqual(key: unknown): ReadCollection<T>;
  below(key: unknown): ReadCollection<T>;
  belowOrEqual(key: unknown): ReadCollection<T>;
  between(lower: unknown, upper: unknown, includeLower?: boolean, includeUpper?: boolean): ReadCollection<T>;
  startsWith(prefix: string): ReadCollection<T>;
}

export interface ReadTable<T> {
  get(id: string): Promise<T | undefined>;
  bulkGet(ids: string[]): Promise<(T | undefined)[]>;
  where(index: string | string[]): ReadWhere<T>;
  toArray(): Promise<T[]>;
  count(): Promise<number>;
  filter(predicate: (row: T) => boolean): ReadCollection<T>;
  orderBy(index: string | string[]): ReadCollection<T>;
}

/** The database as a command sees it. The real database satisfies it, so no wrapper is needed at run time. */
export type ReadOnlyDb = { readonly [T in TableName]: ReadTable<RecordTypes[T]> } & {
  /** The change history, packed (read it through history/read.ts). */
  readonly changeBatches: ReadTable<ChangeBatch>;
  table<T extends TableName>(name: T): ReadTable<RecordTypes[T]>;
};
