/**
 * Stamping change records: the one place that turns "this record's fields changed" into a `ChangeRecord` with the
 * next clock timestamp. The app's command runner stamps each write with it, and the CLI stamps the records of an
 * import with it, so both write the same shape: a project record is its own project, every other record belongs to
 * the project named in its `projectId`.
 */
import { tick, type ClockState } from '../clock/hlc';
import type { TableName } from '../domain/schemas';
import type { ChangeRecord } from './change';

export interface Unstamped {
  /** The writing device (the one this clock belongs to). */
  deviceId: string;
  table: TableName;
  rowId: string;
  /** The record as written (its `projectId` says which project the change belongs to). */
  record: Record<string, unknown>;
  /** The fields this change sets: all of them for a new record. */
  fields: Record<string, unknown>;
}

/** The project a record belongs to: a project is its own. */
export function projectIdOf(table: TableName, rowId: string, record: Record<string, unknown>): string {
  return table === 'projects' ? rowId : String(record.projectId);
}

/** One change at the clock's next timestamp for wall time `now`, and the clock after it. */
export function stampChange(
  clock: ClockState,
  now: number,
  change: Unstamped,
): { clock: ClockState; change: ChangeRecord } {
  const ticked = tick(clock, now);
  return {
    clock: ticked.state,
    change: {
      hlc: ticked.timestamp,
      deviceId: change.deviceId,
      projectId: projectIdOf(change.table, change.rowId, change.record),
      table: change.table,
      rowId: change.rowId,
      fields: change.fields,
    },
  };
}

/** One creation change per new record, in order from `start` (a streaming caller uses `stampChange` per record). */
export function stampCreations(
  start: ClockState,
  now: number,
  deviceId: string,
  records: Iterable<{ table: TableName; row: Record<string, unknown> & { id: string } }>,
): { clock: ClockState; changes: ChangeRecord[] } {
  let clock = start;
  const changes: ChangeRecord[] = [];
  for (const { table, row } of records) {
    const stamped = stampChange(clock, now, { deviceId, table, rowId: row.id, record: row, fields: { ...row } });
    clock = stamped.clock;
    changes.push(stamped.change);
  }
  return { clock, changes };
}
