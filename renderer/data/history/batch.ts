/**
 * The shape of the packed change history (architecture: Persistence): one stored row per batch of changes (a
 * command's transaction, an applied sync batch, one project's part of it), not one row per change. IndexedDB's
 * cost is per row, so a merge of 100,000 changes writes a few hundred rows instead of 100,000.
 *
 * The lookups history needs are multiEntry indexes over each batch's arrays: `hlcs` (do we hold this stamp; unique,
 * so a stamp is stored once across all batches, as the old table's key made sure), `rows` (a record's history)
 * and `unpublished` (what the outbox still has to write; sparse, so a published batch costs nothing there).
 */
import type { ChangeRecord } from '../../../shared/changes/change';
import { rowKey } from '../../../shared/sync/merge';
import { wireChange } from '../../../shared/sync/segment';
import type { StoredChange } from './storedChange';

export interface ChangeBatch {
  /** The smallest stamp the batch holds. Stamps are unique across batches, so ids are too. */
  id: string;
  projectId: string;
  /** Every stamp held, for "is this change stored here". */
  hlcs: string[];
  /** The `rowKey` of every record the changes touch, for a record's history. */
  rows: string[];
  /** The stamps not yet written to the sync folder. */
  unpublished: string[];
  changes: ChangeRecord[];
}

/**
 * One batch of one project's changes. A stamp given twice is kept once (the first): a multiEntry index would
 * otherwise index it once while the batch held it twice.
 */
export function packBatch(
  projectId: string,
  changes: readonly ChangeRecord[],
  isUnpublished: (change: ChangeRecord) => boolean,
): ChangeBatch | null {
  const seen = new Set<string>();
  const rows = new Set<string>();
  const kept: ChangeRecord[] = [];
  const unpublished: string[] = [];
  let id: string | undefined;
  for (const change of changes) {
    if (seen.has(change.hlc)) continue;
    seen.add(change.hlc);
    // Exactly a change's six fields: never a `published` flag or anything else a caller's object carries.
    kept.push(wireChange(change));
    rows.add(rowKey(change.table, change.rowId));
    if (isUnpublished(change)) unpublished.push(change.hlc);
    if (id === undefined || change.hlc < id) id = change.hlc;
  }
  if (id === undefined) return null;
  return { id, projectId, hlcs: [...seen], rows: [...rows], unpublished, changes: kept };
}

/** Changes grouped by their project, each group in the order given. */
export function byProject<T extends ChangeRecord>(changes: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const change of changes) {
    const list = groups.get(change.projectId);
    if (list) list.push(change);
    else groups.set(change.projectId, [change]);
  }
  return groups;
}

/** Changes of several projects, one batch per project. */
export function packBatches(
  changes: readonly ChangeRecord[],
  isUnpublished: (change: ChangeRecord) => boolean,
): ChangeBatch[] {
  const out: ChangeBatch[] = [];
  for (const [projectId, list] of byProject(changes)) {
    const batch = packBatch(projectId, list, isUnpublished);
    if (batch) out.push(batch);
  }
  return out;
}

/** The batch's changes as callers know them, each with its `published` state. */
export function storedChangesOf(batch: ChangeBatch): StoredChange[] {
  const unpublished = new Set(batch.unpublished);
  return batch.changes.map((change) => ({ ...change, published: unpublished.has(change.hlc) ? 0 : 1 }));
}

/** Oldest first, the order the old one-row-per-change table gave (its key was the stamp). */
export function byStamp(a: { hlc: string }, b: { hlc: string }): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}
