/**
 * One sync of one project through its folder: write our waiting changes, read everyone else's, apply them,
 * honour consent withdrawals, remember what was read, and tidy our own files now and then.
 *
 * Nothing here knows whether the folder is reached through Electron's main process or the browser's File
 * System Access API: both are a SyncFolderPort. Two calls for the same project never overlap; a second caller
 * waits for the running sync and gets its report.
 *
 * The read index is saved only after the changes it covers are applied, so a sync stopped by the
 * mass-deletion guard (or a crash) reads the same segments again next time.
 */
import type { CompactResult, ScanResult, SyncFolderPort } from '../../../shared/sync/folderProtocol';
import type { SyncProblem } from '../../../shared/sync/problems';
import type { CommandRunner } from '../commandRunner';
import { applyRemoteChanges, type ApplyReport } from './applyChanges';
import { enforceConsentWithdrawals } from './consent';
import { countWaiting, markPublished, prepareOutgoing, rememberOwnNames } from './outbox';
import { ownSeqPrefix } from '../../../shared/sync/layout';
import { loadSyncState, updateSyncState } from './syncMeta';

/** Tidy our own folder once it holds this many segments: keeps scans and new devices' first reads quick. */
export const COMPACT_AFTER_SEGMENTS = 64;

export interface SyncDeps {
  runner: CommandRunner;
  port: SyncFolderPort;
  /** Shown to other devices in their status ("Maria's laptop"). */
  deviceName: string;
  now?: () => number;
}

export interface SyncOptions {
  /** Set after a person confirmed a large removal the guard stopped. */
  allowMassDeletion?: boolean;
  /** Force (true) or forbid (false) compaction; by default it runs past COMPACT_AFTER_SEGMENTS. */
  compact?: boolean;
}

export interface SyncReport {
  status: 'synced' | 'needs-confirmation' | 'failed';
  /** Changes of ours written to the folder. */
  written: number;
  /** Segments read from other devices (and any foreign ones in ours). */
  segmentsRead: number;
  applied: ApplyReport | null;
  removedForConsent: number;
  compaction: CompactResult | null;
  problems: SyncProblem[];
  error: string | null;
}

const running = new Map<string, Promise<SyncReport>>();

export function syncProject(deps: SyncDeps, projectId: string, options: SyncOptions = {}): Promise<SyncReport> {
  const key = `${deps.runner.db.name}\u0000${projectId}`;
  const inFlight = running.get(key);
  if (inFlight) return inFlight;
  const run = runSync(deps, projectId, options).finally(() => running.delete(key));
  running.set(key, run);
  return run;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function writeWaiting(
  deps: SyncDeps,
  projectId: string,
  deviceId: string,
  minSeq: number,
): Promise<{ written: number; problem?: SyncProblem }> {
  const { db } = deps.runner;
  const now = new Date((deps.now ?? Date.now)()).toISOString();
  const outgoing = await prepareOutgoing(db, { projectId, deviceId, deviceName: deps.deviceName, now, minSeq });
  if (!outgoing.length) return { written: 0 };
  await rememberOwnNames(
    db,
    projectId,
    outgoing.map(({ segment }) => segment.name),
  );
  const result = await deps.port.write({
    projectId,
    deviceId,
    segments: outgoing.map(({ segment }) => ({ name: segment.name, bytes: segment.bytes })),
  });
  const done = outgoing.filter(({ segment }) => result.written.includes(segment.name));
  await markPublished(db, projectId, deviceId, done);
  const written = done.reduce((sum, entry) => sum + entry.hlcs.length, 0);
  return result.error ? { written, problem: { kind: 'write-failed', detail: result.error, own: true } } : { written };
}

async function runSync(deps: SyncDeps, projectId: string, options: SyncOptions): Promise<SyncReport> {
  const { runner, port } = deps;
  const { db } = runner;
  const now = deps.now ?? Date.now;
  const report: SyncReport = {
    status: 'synced',
    written: 0,
    segmentsRead: 0,
    applied: null,
    removedForConsent: 0,
    compaction: null,
    problems: [],
    error: null,
  };
  const attemptAt = new Date(now()).toISOString();
  try {
    const deviceId = await runner.deviceId();
    const first = await writeWaiting(deps, projectId, deviceId, 0);
    report.written += first.written;
    if (first.problem) report.problems.push(first.problem);

    const state = await loadSyncState(db, projectId);
    const scan: ScanResult = await port.scan({
      projectId,
      ownDeviceId: deviceId,
      ownWritten: state.written,
      index: state.index,
      devices: state.devices,
    });
    report.problems.push(...scan.problems);
    report.segmentsRead = scan.segments.length;
    const incoming = scan.segments.flatMap((segment) => segment.changes);
    const applied = await applyRemoteChanges(db, incoming, {
      published: 1,
      now,
      allowMassDeletion: options.allowMassDeletion ?? false,
    });
    report.applied = applied;
    report.problems.push(...applied.problems);
    if (applied.status === 'needs-confirmation') {
      report.status = 'needs-confirmation';
      await updateSyncState(db, projectId, (s) => ({
        ...s,
        devices: scan.devices,
        lastAttemptAt: attemptAt,
        lastError: null,
        problems: report.problems,
        awaitingConfirmation: applied.massDeletions,
      }));
      return report;
    }
    report.removedForConsent = await enforceConsentWithdrawals(runner, applied.consentCandidates);
    await updateSyncState(db, projectId, (s) => ({
      ...s,
      // Our own segments were written (and indexed) before the scan listed the folder, so the scan's index has them.
      index: scan.index,
      devices: scan.devices,
      lastSeq: Math.max(s.lastSeq, scan.ownMaxSeq),
    }));

    const compactWanted = options.compact ?? (scan.devices[deviceId]?.segments ?? 0) >= COMPACT_AFTER_SEGMENTS;
    if (compactWanted) report.compaction = await compactOwn(deps, projectId, deviceId, report);
    // Consent removals (and anything typed meanwhile) go out now rather than on the next run.
    const second = await writeWaiting(deps, projectId, deviceId, scan.ownMaxSeq);
    report.written += second.written;
    if (second.problem) report.problems.push(second.problem);
    if (report.problems.some((p) => p.kind === 'folder-unavailable')) {
      report.status = 'failed';
      // Same cause, one message: "cannot be reached" already says the work waits on this computer.
      report.problems = report.problems.filter((p) => p.kind !== 'write-failed');
    }
    await updateSyncState(db, projectId, (s) => ({
      ...s,
      lastSyncAt: report.status === 'synced' ? attemptAt : s.lastSyncAt,
      lastAttemptAt: attemptAt,
      lastError: null,
      problems: report.problems,
      awaitingConfirmation: [],
    }));
    return report;
  } catch (error) {
    report.status = 'failed';
    report.error = messageOf(error);
    await updateSyncState(db, projectId, (s) => ({
      ...s,
      lastAttemptAt: attemptAt,
      lastError: `Sync stopped: ${report.error}. Your work is safe on this computer.`,
    })).catch(() => undefined);
    return report;
  }
}

async function compactOwn(
  deps: SyncDeps,
  projectId: string,
  deviceId: string,
  report: SyncReport,
): Promise<CompactResult> {
  const { db } = deps.runner;
  // Reserve the snapshot's number first, like any segment's, and claim it as ours before the file exists
  // (its name depends on its content, which only the folder side knows).
  const reserved = await updateSyncState(db, projectId, (s) => ({
    ...s,
    lastSeq: s.lastSeq + 1,
    written: [...s.written, ownSeqPrefix(s.lastSeq + 1)],
  }));
  const result = await deps.port.compact({
    projectId,
    deviceId,
    deviceName: deps.deviceName,
    seq: reserved.lastSeq,
    now: new Date((deps.now ?? Date.now)()).toISOString(),
  });
  if (result.status === 'skipped') {
    report.problems.push({ kind: 'compaction-skipped', detail: result.reason, own: true });
    return result;
  }
  await updateSyncState(db, projectId, (s) => {
    const retired = new Set(result.retired);
    const index = Object.fromEntries(
      Object.entries(s.index).filter(([path]) => !retired.has(path.slice(deviceId.length + 1))),
    );
    index[`${deviceId}/${result.written}`] = { size: 0, count: result.changes };
    const claim = ownSeqPrefix(reserved.lastSeq);
    return {
      ...s,
      index,
      written: [...s.written.filter((name) => !retired.has(name) && name !== claim), result.written],
    };
  });
  return result;
}

export { countWaiting };
