/**
 * Typed records from an in-memory merge: what the CLI and the findings builder read instead of raw rows.
 * Merged rows were validated by the merge; parsing again gives them their types and fills any default, and a row
 * an older version wrote that no longer parses is left out rather than stopping the whole read.
 */
import { recordSchemas, type RecordTypes, type TableName } from '../domain/schemas';
import { liveRows, type MergedState } from './memoryMerge';

export function liveRecords<T extends TableName>(state: MergedState, table: T): RecordTypes[T][] {
  return liveRows(state, table).flatMap((row) => {
    const parsed = recordSchemas[table].safeParse(row);
    return parsed.success ? [parsed.data as RecordTypes[T]] : [];
  });
}
