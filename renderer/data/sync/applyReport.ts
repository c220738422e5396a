/**
 * What applying incoming changes did (applyChanges.ts, and the bundle preview that plans the same way): the report's
 * shape, and the arithmetic that fills it from row plans and refused changes.
 */
import type { ChangeRecord } from '../../../shared/changes/change';
import type { TableName } from '../../../shared/domain/schemas';
import type { ProjectDeletions } from '../../../shared/sync/guard';
import type { RowPlan } from '../../../shared/sync/merge';
import type { SyncProblem } from '../../../shared/sync/problems';
import { RECORD_TABLES } from '../db';

export interface TableTally {
  created: number;
  updated: number;
  deleted: number;
  restored: number;
  pending: number;
}

export interface ApplyReport {
  status: 'applied' | 'needs-confirmation';
  received: number;
  /** Changes new to this device, now stored. */
  stored: number;
  duplicates: number;
  rejected: number;
  tables: Record<TableName, TableTally>;
  massDeletions: ProjectDeletions[];
  problems: SyncProblem[];
  overwrites: number;
  /** Erasures new to this device, now applied. */
  erasures: number;
  /** Records erased here by them, or on arrival (a note of a withdrawn participant). */
  erasedRecords: number;
  /** Changes left out because they held values an erasure removed (never stored). */
  erasedValues: number;
  /** Changes dated more than a day ahead, waiting for a person (held.ts); not stored, not applied. */
  held: number;
  /** Participants now marked withdrawn with no erasure behind them (from an older version of the app). */
  withdrawnWithoutErasure: string[];
}

export function emptyTallies(): Record<TableName, TableTally> {
  return Object.fromEntries(
    RECORD_TABLES.map((table) => [table, { created: 0, updated: 0, deleted: 0, restored: 0, pending: 0 }]),
  ) as Record<TableName, TableTally>;
}

export function tally(tables: Record<TableName, TableTally>, plan: RowPlan): void {
  const counts = tables[plan.table];
  if (plan.status === 'pending') counts.pending++;
  if (!plan.after) return;
  const wasLive = plan.before ? plan.before.deleted !== true : false;
  const isLive = plan.after.deleted !== true;
  if (!plan.before) {
    if (isLive) counts.created++;
  } else if (wasLive && !isLive) counts.deleted++;
  else if (!wasLive && isLive) counts.restored++;
  else if (isLive) counts.updated++;
}

/** A report of nothing done yet, for `received` changes. */
export function emptyReport(received: number): ApplyReport {
  return {
    status: 'applied',
    received,
    stored: 0,
    duplicates: 0,
    rejected: 0,
    tables: emptyTallies(),
    massDeletions: [],
    problems: [],
    overwrites: 0,
    erasures: 0,
    erasedRecords: 0,
    erasedValues: 0,
    held: 0,
    withdrawnWithoutErasure: [],
  };
}

/** Changes refused for a reason the merge found, counted per device as problems. */
export function countRefused(
  report: ApplyReport,
  kind: 'other-project' | 'stamp-conflict',
  refused: readonly ChangeRecord[],
) {
  const byDevice = new Map<string, number>();
  for (const change of refused) byDevice.set(change.deviceId, (byDevice.get(change.deviceId) ?? 0) + 1);
  for (const [deviceId, amount] of byDevice) {
    report.rejected += amount;
    report.problems.push({ kind, deviceId, amount });
  }
}
