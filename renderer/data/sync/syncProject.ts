/**
 * One sync of one project through its folder: write our waiting changes, read everyone else's, apply them
 * (erasures first), remember what was read and which files still hold erased values, rewrite our own files
 * after an erasure, and tidy them now and then.
 *
 * Nothing here knows whether the folder is reached through Electron's main process or the browser's File
 * System Access API: both are a SyncFolderPort. Two calls for the same project never overlap; a second caller
 * waits for the running sync and gets its report.
 *
 * The read index is saved only after the changes it covers are applied, so a sync stopped by the
 * mass-deletion guard (or a crash) reads the same segments again next time.
 */
import { holdsErasedValue, isEmptyFilter, serializeFilter, type ErasureFilter } from '../../../shared/sync/erasure';
import type { CompactResult, ReadIndex, ScanResult, SyncFolderPort } from '../../../shared/sync/folderProtocol';
import type { SyncProblem } from '../../../shared/sync/problems';
import type { CommandRunner } from '../commandRunner';
import { loadErasureFilter } from '../erasure/filter';
import { eraseLegacyWithdrawals } from '../erasure/legacy';
import { applyRemoteChanges } from './applyChanges';
import type { ApplyReport } from './applyReport';
import { countWaiting, markPublished, prepareOutgoing, rememberOwnNames } from './outbox';
import { withoutHarmlessRelays } from './relays';
import { ownSeqPrefix } from '../../../shared/sync/layout';
import { loadSyncState, updateSyncState } from './syncMeta';
import { DataError, type ErrorWords } from '../errors';

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
  compaction: CompactResult | null;
  problems: SyncProblem[];
  /** Why the run stopped outright, as a message reference (worded when shown, in that moment's language). */
  error: ErrorWords | null;
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

/** Why a run stopped: a data error's own words, anything else an unexpected error with its text as the detail. */
function reasonOf(error: unknown): ErrorWords {
  if (error instanceof DataError) return error.words;
  return { id: 'dataErrors.unexpected', values: { detail: error instanceof Error ? error.message : String(error) } };
}

async function writeWaiting(
  deps: SyncDeps,
  projectId: string,
  deviceId: string,
  minSeq: number,
  relayFor?: { devicesWithFolder: ReadonlySet<string> },
): Promise<{ written: number; problem?: SyncProblem }> {
  const { db } = deps.runner;
  const now = new Date((deps.now ?? Date.now)()).toISOString();
  const outgoing = await prepareOutgoing(db, {
    projectId,
    deviceId,
    deviceName: deps.deviceName,
    now,
    minSeq,
    ...(relayFor ? { relayFor } : {}),
  });
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
  if (!result.error) return { written };
  const why = result.why ? { why: result.why } : {};
  return { written, problem: { kind: 'write-failed', detail: result.error, ...why, own: true } };
}

interface ReadPass {
  scan: ScanResult;
  applied: ApplyReport;
  /** Whether every file was read (no read index used), so its erased-value counts are all fresh. */
  full: boolean;
}

/** Scan the folder and apply what is new. After an erasure the read index is out of date: then read everything. */
async function readAndApply(
  deps: SyncDeps,
  projectId: string,
  deviceId: string,
  options: SyncOptions,
  forceFull: boolean,
): Promise<ReadPass> {
  const { db } = deps.runner;
  const state = await loadSyncState(db, projectId);
  const full = forceFull || state.verifiedEpoch !== state.erasureEpoch;
  const scan = await deps.port.scan({
    projectId,
    ownDeviceId: deviceId,
    ownWritten: state.written,
    index: full ? {} : state.index,
    devices: state.devices,
  });
  // A change read from its own device's folder is authentic (the scan refused any signed as another device).
  const authentic = new Set<string>();
  for (const segment of scan.segments) {
    for (const change of segment.changes) if (change.deviceId === segment.deviceId) authentic.add(change.hlc);
  }
  const applied = await applyRemoteChanges(
    db,
    scan.segments.flatMap((segment) => segment.changes),
    { published: 1, now: deps.now ?? Date.now, allowMassDeletion: options.allowMassDeletion ?? false, authentic },
  );
  return { scan, applied, full };
}

/** The read index to keep, with how many erased values each newly read file holds (the Sync screen lists them). */
function indexWithErasedCounts(scan: ScanResult, filter: ErasureFilter): ReadIndex {
  if (isEmptyFilter(filter)) return scan.index;
  const index = { ...scan.index };
  for (const segment of scan.segments) {
    const erased = segment.changes.filter((change) => holdsErasedValue(change, filter)).length;
    const entry = index[segment.path];
    if (entry) index[segment.path] = { ...entry, erased };
  }
  return index;
}

async function runSync(deps: SyncDeps, projectId: string, options: SyncOptions): Promise<SyncReport> {
  const { runner } = deps;
  const { db } = runner;
  const now = deps.now ?? Date.now;
  const report: SyncReport = {
    status: 'synced',
    written: 0,
    segmentsRead: 0,
    applied: null,
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

    const epochBefore = (await loadSyncState(db, projectId)).erasureEpoch;
    let pass = await readAndApply(deps, projectId, deviceId, options, false);
    // An erasure arrived: files read before it may hold what it erased, so check every file again now.
    if (pass.applied.status === 'applied' && !pass.full && pass.applied.erasures > 0) {
      pass = await readAndApply(deps, projectId, deviceId, options, true);
    }
    const { scan, applied } = pass;
    // Looked up after applying: a relay and its signer's own file read in the same pass leave no alarm.
    report.problems.push(...(await withoutHarmlessRelays(db, scan)), ...applied.problems);
    report.segmentsRead = scan.segments.length;
    report.applied = applied;
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
    await eraseLegacyWithdrawals(runner, applied.withdrawnWithoutErasure);
    const filter = await loadErasureFilter(db, projectId);
    const epoch = (await loadSyncState(db, projectId)).erasureEpoch;
    await updateSyncState(db, projectId, (s) => ({
      ...s,
      // Our own segments were written (and indexed) before the scan listed the folder, so the scan's index has them.
      index: indexWithErasedCounts(scan, filter),
      // Counts are good for the erasures known when they were made; a later one (in another window) re-checks.
      verifiedEpoch: pass.full || epoch === epochBefore ? epoch : s.verifiedEpoch,
      devices: scan.devices,
      lastSeq: Math.max(s.lastSeq, scan.ownMaxSeq),
    }));

    const compactWanted = options.compact ?? (scan.devices[deviceId]?.segments ?? 0) >= COMPACT_AFTER_SEGMENTS;
    // After an erasure, or when one of our files holds erased values (a file-sync service restored an old version).
    const saved = await loadSyncState(db, projectId);
    const rewriteWanted =
      saved.ownCleanEpoch < epoch ||
      Object.entries(saved.index).some(([path, entry]) => path.startsWith(`${deviceId}/`) && entry.erased);
    if (compactWanted || rewriteWanted) {
      report.compaction = await compactOwn(deps, projectId, deviceId, report, {
        erase: filter,
        onlyIfErased: !compactWanted,
        epoch,
      });
    }
    // Anything typed meanwhile goes out now rather than on the next run, and changes that came in a bundle are
    // relayed now that the scan has said which devices have a folder of their own.
    const devicesWithFolder = new Set(Object.keys(scan.devices));
    const second = await writeWaiting(deps, projectId, deviceId, scan.ownMaxSeq, { devicesWithFolder });
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
    report.error = reasonOf(error);
    await updateSyncState(db, projectId, (s) => ({
      ...s,
      lastAttemptAt: attemptAt,
      // The reason alone: the status words the sentence around it in the app's language when it is shown.
      lastError: report.error,
    })).catch(() => undefined);
    return report;
  }
}

/**
 * Rewrite this device's own files: compaction when wanted, and after an erasure so they no longer hold what it
 * erased (`onlyIfErased`: the files are read, and rewritten only if one holds an erased value). A device only
 * ever rewrites its own folder (see shared/sync/rewriteSegments.ts for the rule).
 */
async function compactOwn(
  deps: SyncDeps,
  projectId: string,
  deviceId: string,
  report: SyncReport,
  erasure: { erase: ErasureFilter; onlyIfErased: boolean; epoch: number },
): Promise<CompactResult> {
  const { db } = deps.runner;
  // Reserve the snapshot's number first, like any segment's, and claim it as ours before the file exists
  // (its name depends on its content, which only the folder side knows).
  const reserved = await updateSyncState(db, projectId, (s) => ({
    ...s,
    lastSeq: s.lastSeq + 1,
    written: [...s.written, ownSeqPrefix(s.lastSeq + 1)],
  }));
  const claim = ownSeqPrefix(reserved.lastSeq);
  const result = await deps.port.compact({
    projectId,
    deviceId,
    deviceName: deps.deviceName,
    seq: reserved.lastSeq,
    now: new Date((deps.now ?? Date.now)()).toISOString(),
    ...(isEmptyFilter(erasure.erase) ? {} : { erase: serializeFilter(erasure.erase) }),
    onlyIfErased: erasure.onlyIfErased,
  });
  if (result.status === 'skipped') {
    if (result.clean) {
      await updateSyncState(db, projectId, (s) => ({
        ...s,
        ownCleanEpoch: Math.max(s.ownCleanEpoch, erasure.epoch),
        written: s.written.filter((name) => name !== claim),
      }));
    } else report.problems.push({ kind: 'compaction-skipped', reason: result.reason, own: true });
    return result;
  }
  await updateSyncState(db, projectId, (s) => {
    const retired = new Set(result.retired);
    const index = Object.fromEntries(
      Object.entries(s.index).filter(([path]) => !retired.has(path.slice(deviceId.length + 1))),
    );
    index[`${deviceId}/${result.written}`] = { size: 0, count: result.changes, erased: 0 };
    return {
      ...s,
      index,
      ownCleanEpoch: Math.max(s.ownCleanEpoch, erasure.epoch),
      written: [...s.written.filter((name) => !retired.has(name) && name !== claim), result.written],
    };
  });
  return result;
}

export { countWaiting };
