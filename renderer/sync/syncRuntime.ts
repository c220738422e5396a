/**
 * Sync while the app is open: one scheduler per open project that has a folder, started by
 * <BackgroundSync/> in the app frame (on start, every minute, when the folder changes), plus "Sync now".
 * Which run is going and how the last one ended is UI state (zustand); what sync learnt is in the database.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { create } from 'zustand';
import { useData } from '../app/DataContext';
import type { CommandRunner } from '../data/commandRunner';
import {
  createSyncScheduler,
  loadDeviceName,
  loadSyncState,
  purgeDevice,
  syncProject,
  type SyncReport,
  type SyncScheduler,
} from '../data/sync';
import { getPlatform, type FolderSyncPlatform } from '../platform';
import { msg, uiTranslator } from '../ui/i18n';
import { errorReason, wordsText } from '../data/errors';

export const SYNC_INTERVAL_MS = 60_000;

export interface SyncRun {
  running: boolean;
  /** What is happening or how the last run ended, in words. */
  progress: string;
  report: SyncReport | null;
}

interface SyncRunsState {
  runs: Record<string, SyncRun>;
  patch(projectId: string, patch: Partial<SyncRun>): void;
}

const idle: SyncRun = { running: false, progress: '', report: null };

export const useSyncRuns = create<SyncRunsState>((set) => ({
  runs: {},
  patch: (projectId, patch) =>
    set((state) => ({ runs: { ...state.runs, [projectId]: { ...(state.runs[projectId] ?? idle), ...patch } } })),
}));

export function useSyncRun(projectId: string): SyncRun {
  return useSyncRuns((state) => state.runs[projectId] ?? idle);
}

/** How a sync ended, in the app's language (the line under "Sync now"). */
export function describeReport(report: SyncReport): string {
  if (report.status === 'needs-confirmation') return msg('sync.run.paused');
  if (report.status === 'failed')
    return report.error
      ? msg('sync.run.failed', { reason: wordsText(report.error, uiTranslator()) })
      : msg('sync.run.failedQuietly');
  const applied = report.applied?.stored ?? 0;
  const erasures = report.applied?.erasures ?? 0;
  const rewritten = report.compaction?.status === 'compacted' && report.compaction.erased > 0;
  return [
    msg('sync.run.synced', { sent: report.written, received: applied }),
    ...(erasures ? [msg('sync.run.erasures', { count: erasures })] : []),
    ...(rewritten ? [msg('sync.run.rewritten')] : []),
  ].join(' ');
}

export interface SyncContext {
  runner: CommandRunner;
  folder: FolderSyncPlatform;
}

/**
 * One sync, reporting progress to the store. `ask` lets the browser ask again for folder permission (only
 * from a click). Never throws: the outcome is in the store and the stored sync state.
 */
export async function runProjectSync(
  { runner, folder }: SyncContext,
  projectId: string,
  options: { ask?: boolean; allowMassDeletion?: boolean; compact?: boolean } = {},
): Promise<SyncReport | null> {
  const { patch } = useSyncRuns.getState();
  patch(projectId, {
    running: true,
    progress: msg(options.compact ? 'sync.run.tidying' : 'sync.run.syncing'),
  });
  try {
    const port = await folder.port(runner.db, projectId, { ask: options.ask ?? false });
    if (!port) {
      patch(projectId, {
        running: false,
        progress: msg(folder.kind === 'fs-access' ? 'sync.run.needsPermission' : 'sync.run.noFolder'),
      });
      return null;
    }
    const deviceName = await loadDeviceName(runner.db);
    const report = await syncProject({ runner, port, deviceName }, projectId, {
      ...(options.allowMassDeletion ? { allowMassDeletion: true } : {}),
      ...(options.compact !== undefined ? { compact: options.compact } : {}),
    });
    const progress =
      options.compact && report.compaction?.status === 'compacted'
        ? msg('sync.run.tidied', { count: report.compaction.retired.length })
        : describeReport(report);
    patch(projectId, { running: false, progress, report });
    return report;
  } catch (error) {
    patch(projectId, {
      running: false,
      progress: msg('sync.run.failed', { reason: errorReason(error, uiTranslator()) }),
    });
    return null;
  }
}

/**
 * Purge a retired device's files (the Sync screen's "Purge…", after a typed confirmation): rewrites them in the
 * shared folder without erased words. Returns the outcome in words; never throws.
 */
export async function purgeRetiredDevice(
  { runner, folder }: SyncContext,
  projectId: string,
  device: { deviceId: string; name: string },
): Promise<string> {
  try {
    const port = await folder.port(runner.db, projectId, { ask: true });
    if (!port) return msg('sync.purge.unreachable');
    const result = await purgeDevice(runner.db, port, { projectId, deviceId: device.deviceId });
    if (result.status === 'skipped')
      return msg('sync.purge.skipped', { reason: wordsText(result.reason, uiTranslator()) });
    if (result.status === 'clean') return msg('sync.purge.clean', { name: device.name });
    if (result.status !== 'purged') return msg('sync.purge.nothing');
    return msg('sync.purge.done', { name: device.name, erased: result.erased, kept: result.kept });
  } catch (error) {
    return msg('sync.purge.skipped', { reason: errorReason(error, uiTranslator()) });
  }
}

const schedulers = new Map<string, SyncScheduler>();

/** "Sync now": through the project's scheduler when it runs (so runs never overlap), directly otherwise. */
export async function syncNow(context: SyncContext, projectId: string): Promise<SyncReport | null> {
  // Say so at once: asking for permission and waiting for a run in progress take a moment, and until this run
  // ends the line under the button must not still read as the outcome of the previous one.
  useSyncRuns.getState().patch(projectId, { running: true, progress: msg('sync.run.syncing') });
  // In the browser, a click is the moment permission may be asked for; the scheduler's runs never ask.
  if (context.folder.kind === 'fs-access') {
    const granted = await context.folder.port(context.runner.db, projectId, { ask: true }).catch(() => null);
    if (!granted) return runProjectSync(context, projectId, { ask: false });
  }
  const scheduler = schedulers.get(projectId);
  if (!scheduler) return runProjectSync(context, projectId, { ask: true });
  await scheduler.syncNow();
  return useSyncRuns.getState().runs[projectId]?.report ?? null;
}

/** Keeps the open project in step with its folder while the app is open. Renders nothing. */
export function BackgroundSync({ projectId }: { projectId: string | null }) {
  const { db, runner } = useData();
  const folder = getPlatform().sync;
  const label = useLiveQuery(
    async () => (projectId ? (await loadSyncState(db, projectId)).folderLabel : null),
    [db, projectId],
  );
  const active = Boolean(projectId && label && folder.kind !== 'unsupported');
  useEffect(() => {
    if (!active || !projectId) return;
    const context = { runner, folder };
    const scheduler = createSyncScheduler({
      sync: () => runProjectSync(context, projectId),
      intervalMs: SYNC_INTERVAL_MS,
      ...(folder.watch ? { watch: (onChange: () => void) => folder.watch!(projectId, onChange) } : {}),
    });
    schedulers.set(projectId, scheduler);
    scheduler.start();
    return () => {
      scheduler.stop();
      if (schedulers.get(projectId) === scheduler) schedulers.delete(projectId);
    };
  }, [active, projectId, runner, folder]);
  return null;
}
