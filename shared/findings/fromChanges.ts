/**
 * The findings snapshot of one project from raw change records, as the CLI's export and the benchmarks read them
 * from sync folders and bundles: merged as the app merges them, then made live (`liveSnapshot`), with the mapping
 * log built by the same rules as the app's (mappingLog.ts). Exports name no person or device, so mappers are
 * numbered unless the caller names them.
 */
import type { ChangeRecord } from '../changes/change';
import { liveRecords } from '../sync/liveRecords';
import { mergeInMemory } from '../sync/memoryMerge';
import { buildMappingLog, numberedMappers, type NameOfDevice } from './mappingLog';
import { liveSnapshot, type FindingsSnapshot } from './snapshot';

export interface SnapshotFromChanges {
  snapshot: FindingsSnapshot;
  /** Mapping decisions left out of the log because their clock value could not be read. */
  badClocks: number;
}

/** Null when the changes hold no project record for `projectId` (only later edits of it, or nothing). */
export function snapshotFromChanges(
  projectId: string,
  changes: readonly ChangeRecord[],
  nameOf: NameOfDevice = numberedMappers(),
): SnapshotFromChanges | null {
  const state = mergeInMemory(changes);
  const project = liveRecords(state, 'projects').find((p) => p.id === projectId);
  if (!project) return null;
  const mine = <T extends { projectId: string }>(rows: T[]) => rows.filter((r) => r.projectId === projectId);
  const themes = mine(liveRecords(state, 'themes'));
  const log = buildMappingLog(changes, themes, nameOf);
  return {
    snapshot: liveSnapshot({
      project,
      groups: mine(liveRecords(state, 'groups')),
      questions: mine(liveRecords(state, 'questions')),
      sessions: mine(liveRecords(state, 'sessions')),
      participants: mine(liveRecords(state, 'participants')),
      notes: mine(liveRecords(state, 'notes')),
      themes,
      findings: mine(liveRecords(state, 'findings')),
      mappingLog: log.entries,
      codingPasses: mine(liveRecords(state, 'codingPasses')),
      codings: mine(liveRecords(state, 'codings')),
      memos: mine(liveRecords(state, 'memos')),
    }),
    badClocks: log.badClocks,
  };
}
