/**
 * Merging a set of changes in memory, without a database: what the CLI's `inspect` counts and what a bundle
 * holds. Same rules as the renderer's store (merge.ts), starting from nothing, and the same erasures
 * (erasure.ts): an erased record is not there at all, whatever the files still hold.
 */
import type { ChangeRecord } from '../changes/change';
import type { TableName } from '../domain/schemas';
import type { ErrorWords } from '../i18n/words';
import { filterErased, pinWithdrawn } from './erasure';
import { groupByRow, planRow, rejectChange, splitByProject, type Row } from './merge';

export interface MergedState {
  tables: Map<TableName, Map<string, Row>>;
  /** Records whose creation has not arrived (only edits of them are known). */
  pending: number;
  /** Changes refused because their values are not valid. */
  rejected: number;
  /** Why the first refused change was refused, naming its record (worded where it is shown). */
  firstRejection?: ErrorWords;
  /** Changes that held values an erasure removed: left out. */
  erased: number;
  /** Changes naming a record of another project: refused. */
  otherProject: number;
}

export function mergeInMemory(changes: Iterable<ChangeRecord>): MergedState {
  const valid: ChangeRecord[] = [];
  let rejected = 0;
  let firstRejection: ErrorWords | undefined;
  for (const change of changes) {
    const reason = rejectChange(change);
    if (!reason) {
      valid.push(change);
      continue;
    }
    rejected++;
    firstRejection ??= {
      id: 'changeChecks.record',
      values: { table: change.table, id: JSON.stringify(change.rowId), hasId: 'yes', issue: reason },
    };
  }
  const { kept, erased, filter } = filterErased(valid);
  const tables = new Map<TableName, Map<string, Row>>();
  let pending = 0;
  let otherProject = 0;
  for (const all of groupByRow(kept).values()) {
    const first = all[0]!;
    const { kept: group, refused } = splitByProject(first.table, undefined, [], all);
    otherProject += refused.length;
    const plan = planRow(first.table, first.rowId, undefined, [], group);
    if (!plan.after) {
      pending++;
      continue;
    }
    let table = tables.get(first.table);
    if (!table) tables.set(first.table, (table = new Map()));
    table.set(first.rowId, pinWithdrawn(first.table, plan.after, filter));
  }
  return { tables, pending, rejected, erased, otherProject, ...(firstRejection ? { firstRejection } : {}) };
}

/** Live (not deleted) records of one table. */
export function liveRows(state: MergedState, table: TableName): Row[] {
  return [...(state.tables.get(table)?.values() ?? [])].filter((row) => row.deleted !== true);
}
