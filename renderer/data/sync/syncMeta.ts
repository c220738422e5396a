/**
 * What sync remembers between runs, in the `meta` table (no new Dexie version needed):
 * - `sync:project:<id>`: per project — sequence numbers used, segments written and read, devices seen,
 *   the last outcome and its problems (what the status panel shows).
 * - `sync:pending`: records known only through partial changes (their creation has not arrived yet).
 * - `sync:overwrites`: the conflict log — values a later writer on another device replaced, newest last.
 * An erasure removes its records from the last two and moves the project's erasure count (see erasure/apply.ts).
 */
import type { DeviceSeen, ReadIndex } from '../../../shared/sync/folderProtocol';
import type { ProjectDeletions } from '../../../shared/sync/guard';
import type { Overwrite } from '../../../shared/sync/merge';
import type { SyncProblem } from '../../../shared/sync/problems';
import type { FieldnotesDb } from '../db';
import type { ErrorWords } from '../../../shared/i18n/words';

export interface ProjectSyncState {
  projectId: string;
  /** A label for the chosen folder (its name or path), or null when none is chosen. */
  folderLabel: string | null;
  /** Highest segment sequence number this device reserved for the project. Never reused. */
  lastSeq: number;
  /** Segment names this device wrote and has not retired: anything else in its own folder is from another machine. */
  written: string[];
  index: ReadIndex;
  devices: Record<string, DeviceSeen>;
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  /**
   * Why the last attempt stopped outright, as a message reference (the status words it and the sentence around it
   * in the language of the moment); a string from a version that stored the error's English text.
   */
  lastError: ErrorWords | string | null;
  problems: SyncProblem[];
  awaitingConfirmation: ProjectDeletions[];
  /** Counts the erasures this device applied in the project; each one makes the read index out of date. */
  erasureEpoch: number;
  /** The erasure count the read index (and its per-file `erased` counts) was checked against. */
  verifiedEpoch: number;
  /** The erasure count at which this device's own files were last checked or rewritten free of erased values. */
  ownCleanEpoch: number;
}

export const PENDING_KEY = 'sync:pending';
export const OVERWRITES_KEY = 'sync:overwrites';
export const MAX_OVERWRITES = 500;
export const syncStateKey = (projectId: string) => `sync:project:${projectId}`;

export function emptySyncState(projectId: string): ProjectSyncState {
  return {
    projectId,
    folderLabel: null,
    lastSeq: 0,
    written: [],
    index: {},
    devices: {},
    lastSyncAt: null,
    lastAttemptAt: null,
    lastError: null,
    problems: [],
    awaitingConfirmation: [],
    erasureEpoch: 0,
    verifiedEpoch: 0,
    ownCleanEpoch: 0,
  };
}

export async function loadSyncState(db: FieldnotesDb, projectId: string): Promise<ProjectSyncState> {
  const entry = await db.meta.get(syncStateKey(projectId));
  return { ...emptySyncState(projectId), ...(entry?.value as Partial<ProjectSyncState> | undefined) };
}

export async function saveSyncState(db: FieldnotesDb, state: ProjectSyncState): Promise<void> {
  await db.meta.put({ key: syncStateKey(state.projectId), value: state });
}

/** Read-modify-write of one project's state in its own transaction (or the caller's, if one is open). */
export function updateSyncState(
  db: FieldnotesDb,
  projectId: string,
  update: (state: ProjectSyncState) => ProjectSyncState,
): Promise<ProjectSyncState> {
  return db.transaction('rw', db.meta, async () => {
    const next = update(await loadSyncState(db, projectId));
    await saveSyncState(db, next);
    return next;
  });
}

export async function loadOverwrites(db: FieldnotesDb): Promise<(Overwrite & { at: string })[]> {
  return ((await db.meta.get(OVERWRITES_KEY))?.value as (Overwrite & { at: string })[] | undefined) ?? [];
}
