/**
 * What a set of changes amounts to once merged: record counts, devices, and every problem in words.
 * Used by `fieldnotes inspect` on a sync folder or a bundle; pure, so it is the same merge the app does. The
 * problems are in the translator's language (English when none is given).
 */
import type { ChangeRecord } from '../changes/change';
import { TABLE_NAMES, type TableName } from '../domain/schemas';
import { findClocksAhead } from './clockCheck';
import type { DeviceSeen } from './folderProtocol';
import { liveRows, mergeInMemory } from './memoryMerge';
import { describeProblem, severityOf, type SyncProblem } from './problems';
import { wordsText } from '../i18n/words';
import { deviceLabel } from './status';
import { erasureFilterOf, holdsErasedValue } from './erasure';
import type { Translator } from '../i18n/translate';

/** Which devices' changes still hold erased values, one problem per device. */
function erasedValuesByDevice(changes: readonly ChangeRecord[]): SyncProblem[] {
  const filter = erasureFilterOf(changes);
  const byDevice = new Map<string, number>();
  for (const change of changes) {
    if (holdsErasedValue(change, filter)) byDevice.set(change.deviceId, (byDevice.get(change.deviceId) ?? 0) + 1);
  }
  return [...byDevice].map(([deviceId, amount]) => ({ kind: 'erased-values' as const, deviceId, amount }));
}

export interface InspectedDevice {
  deviceId: string;
  name: string;
  /** Changes this device made (by clock), wherever they were found. */
  changes: number;
  /** Segment files in its folder (0 for a bundle). */
  segments: number;
  lastWriteAt: string | null;
}

export interface InspectedProblem extends SyncProblem {
  severity: 'info' | 'warning' | 'error';
  text: string;
}

export interface InspectedProject {
  projectId: string;
  name: string;
  counts: Record<TableName, number>;
  /** Records known only by edits (their creation is missing). */
  pending: number;
  /** Changes refused as invalid. */
  rejected: number;
  devices: InspectedDevice[];
  problems: InspectedProblem[];
}

export function inspectChanges(input: {
  projectId: string;
  changes: readonly ChangeRecord[];
  devices?: readonly DeviceSeen[];
  problems?: readonly SyncProblem[];
  fallbackName?: string;
  now: number;
  translator?: Translator;
}): InspectedProject {
  const merged = mergeInMemory(input.changes);
  const counts = Object.fromEntries(TABLE_NAMES.map((table) => [table, liveRows(merged, table).length])) as Record<
    TableName,
    number
  >;
  const project = merged.tables.get('projects')?.get(input.projectId);
  const seen = new Map((input.devices ?? []).map((device) => [device.deviceId, device]));
  const byDevice = new Map<string, number>();
  for (const change of input.changes) byDevice.set(change.deviceId, (byDevice.get(change.deviceId) ?? 0) + 1);
  for (const id of seen.keys()) if (!byDevice.has(id)) byDevice.set(id, 0);
  const devices = [...byDevice].map(([deviceId, changes]) => {
    const known = seen.get(deviceId);
    return {
      deviceId,
      name: known?.name ?? '',
      changes,
      segments: known?.segments ?? 0,
      lastWriteAt: known?.lastWriteAt ?? null,
    };
  });
  const problems: SyncProblem[] = [...(input.problems ?? []), ...findClocksAhead(input.changes, input.now)];
  if (merged.rejected) {
    const reason = merged.firstRejection ? { reason: merged.firstRejection } : {};
    problems.push({ kind: 'invalid-changes', amount: merged.rejected, ...reason });
  }
  if (merged.otherProject) problems.push({ kind: 'other-project', amount: merged.otherProject });
  if (merged.erased) problems.push(...erasedValuesByDevice(input.changes));
  const who = (deviceId: string | undefined) =>
    deviceId ? deviceLabel(seen.get(deviceId), deviceId, input.translator) : null;
  return {
    projectId: input.projectId,
    name: typeof project?.name === 'string' ? project.name : (input.fallbackName ?? ''),
    counts,
    pending: merged.pending,
    rejected: merged.rejected,
    devices: devices.sort((a, b) => b.changes - a.changes),
    // Every problem on its own line (the status panel groups them; someone inspecting wants each file).
    // A reason kept as a reference is given as words, in the same language as the text.
    problems: problems.map(({ reason, ...problem }) => ({
      ...problem,
      ...(reason ? { detail: wordsText(reason, input.translator) } : {}),
      severity: severityOf(problem.kind),
      text: describeProblem({ ...problem, ...(reason ? { reason } : {}) }, who, input.translator),
    })),
  };
}
