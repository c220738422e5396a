/**
 * Reads one project's records from Dexie into the plain `FindingsSnapshot` every derivation and export works from
 * (shared/findings/snapshot.ts), with the mapping log built from the change history by the shared builder
 * (shared/findings/mappingLog.ts), so the app, the CLI and the benchmarks log the same decisions.
 * Tombstones and withdrawn participants' notes are dropped by `liveSnapshot`, here and again in the export plan.
 */
import { buildMappingLog, isSessionTheme, type NameOfDevice } from '../../shared/findings/mappingLog';
import { liveSnapshot, type FindingsSnapshot } from '../../shared/findings/snapshot';
import type { FieldnotesDb } from './db';
import { listThemeChanges } from './queries';

export type { NameOfDevice } from '../../shared/findings/mappingLog';

export async function loadFindingsSnapshot(
  db: FieldnotesDb,
  projectId: string,
  nameOf: NameOfDevice = (id) => id,
): Promise<FindingsSnapshot | undefined> {
  return db.transaction(
    'r',
    [
      db.projects,
      db.groups,
      db.questions,
      db.sessions,
      db.participants,
      db.notes,
      db.themes,
      db.findings,
      db.changeBatches,
      db.codingPasses,
      db.codings,
      db.memos,
    ],
    async () => {
      const project = await db.projects.get(projectId);
      if (!project || project.deleted) return undefined;
      const [groups, questions, sessions, participants, notes, themes, findings, codingPasses, codings, memos] =
        await Promise.all([
          db.groups.where('projectId').equals(projectId).toArray(),
          db.questions.where('projectId').equals(projectId).toArray(),
          db.sessions.where('projectId').equals(projectId).toArray(),
          db.participants.where('projectId').equals(projectId).toArray(),
          db.notes.where('projectId').equals(projectId).toArray(),
          db.themes.where('projectId').equals(projectId).toArray(),
          db.findings.where('projectId').equals(projectId).toArray(),
          db.codingPasses.where('projectId').equals(projectId).toArray(),
          db.codings.where('projectId').equals(projectId).toArray(),
          db.memos.where('projectId').equals(projectId).toArray(),
        ]);
      // Only session themes' changes are read: the log is about them, and a project's history is long.
      // A decision with an unreadable clock value is left out (the builder counts it); the app's own changes
      // were stamped by its clock, so that only happens to a damaged change that arrived by sync.
      const changes = await listThemeChanges(
        db,
        themes.filter(isSessionTheme).map((t) => t.id),
      );
      const mappingLog = buildMappingLog(changes, themes, nameOf).entries;
      return liveSnapshot({
        project,
        groups,
        questions,
        sessions,
        participants,
        notes,
        themes,
        findings,
        mappingLog,
        codingPasses,
        codings,
        memos,
      });
    },
  );
}
