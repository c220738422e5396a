/**
 * The mass-deletion guard (guard.ts) for readers without a database, such as the CLI reading a sync folder or a
 * bundle from scratch: which device's changes, merged into everything else, would remove more than half of the
 * project. That is the question the app asks before it applies such a device's changes; a command that builds the
 * project from the files must ask it too, or one wrong or hostile device folder empties every export.
 *
 * One pass, no merge: a record is live when the change that wins its `deleted` field (the highest clock that set it)
 * says false. Without device D, the winner is the best change from any other device. So per record it is enough to
 * know the best change and the best one from another device than the best's.
 */
import type { ChangeRecord } from '../changes/change';
import { isMassDeletion, type ProjectDeletions } from './guard';

export interface DeviceDeletions extends ProjectDeletions {
  deviceId: string;
}

interface Winner {
  hlc: string;
  deviceId: string;
  deleted: boolean;
}

interface RowState {
  best: Winner;
  /** The best change from a device other than `best`'s. */
  other: Winner | null;
}

function offer(state: RowState | undefined, candidate: Winner): RowState {
  if (!state) return { best: candidate, other: null };
  const { best, other } = state;
  if (candidate.hlc > best.hlc) {
    return { best: candidate, other: best.deviceId === candidate.deviceId ? other : best };
  }
  if (candidate.deviceId !== best.deviceId && (!other || candidate.hlc > other.hlc)) {
    return { best, other: candidate };
  }
  return state;
}

/** Every device whose changes would remove more than half of `projectId`'s live records, as the app's guard counts. */
export function massDeletionsByDevice(
  projectId: string,
  projectName: string,
  changes: Iterable<ChangeRecord>,
): DeviceDeletions[] {
  const rows = new Map<string, RowState>();
  const tombstones = new Map<string, number>();
  for (const change of changes) {
    if (change.projectId !== projectId || typeof change.fields.deleted !== 'boolean') continue;
    const key = `${change.table}\u0000${change.rowId}`;
    const deleted = change.fields.deleted;
    rows.set(key, offer(rows.get(key), { hlc: change.hlc, deviceId: change.deviceId, deleted }));
    if (deleted) tombstones.set(change.deviceId, (tombstones.get(change.deviceId) ?? 0) + 1);
  }
  const projectKey = `projects\u0000${projectId}`;
  let liveAfter = 0;
  const removedBy = new Map<string, number>();
  const onlyBy = new Map<string, number>();
  const projectRemovedBy = new Set<string>();
  for (const [key, { best, other }] of rows) {
    if (!best.deleted) {
      liveAfter++;
      // Live only through this device's changes: without them the record would not be there at all.
      if (!other) onlyBy.set(best.deviceId, (onlyBy.get(best.deviceId) ?? 0) + 1);
    } else if (other && !other.deleted && (tombstones.get(best.deviceId) ?? 0) > 0) {
      removedBy.set(best.deviceId, (removedBy.get(best.deviceId) ?? 0) + 1);
      if (key === projectKey) projectRemovedBy.add(best.deviceId);
    }
  }
  const out: DeviceDeletions[] = [];
  for (const [deviceId, removed] of removedBy) {
    const live = liveAfter - (onlyBy.get(deviceId) ?? 0) + removed;
    const count = { projectId, projectName, live, deleting: projectRemovedBy.has(deviceId) ? live : removed };
    if (isMassDeletion(count)) out.push({ ...count, deviceId });
  }
  return out.sort((a, b) => b.deleting - a.deleting);
}
