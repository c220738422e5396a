/**
 * Reads one project's records from Dexie into the plain `FindingsSnapshot` every derivation and export works from
 * (shared/findings/snapshot.ts), with the mapping log taken from the change history.
 * Tombstones and withdrawn participants' notes are dropped by `liveSnapshot`, here and again in the export plan.
 */
import { parseTimestamp } from '../../shared/clock/hlc';
import { liveSnapshot, type FindingsSnapshot, type MappingRecord } from '../../shared/findings/snapshot';
import type { FieldnotesDb } from '../data/db';
import { listMappingChanges, type MappingChange } from '../data/queries';

/** Who a device is, for the log: the name given on this device, a name sync learnt, or the device id. */
export type NameOfDevice = (deviceId: string) => string;

/**
 * The log from raw mapping changes: a change that repeats the theme's previous mapping (a theme created unmapped,
 * a re-sent change) is not a decision and is left out.
 */
export function mappingLogFrom(changes: readonly MappingChange[], nameOf: NameOfDevice): MappingRecord[] {
  const current = new Map<string, string | null>();
  const log: MappingRecord[] = [];
  for (const change of changes) {
    if ((current.get(change.themeId) ?? null) === change.masterThemeId) continue;
    current.set(change.themeId, change.masterThemeId);
    let at: string;
    try {
      at = new Date(parseTimestamp(change.hlc).millis).toISOString();
    } catch {
      continue;
    }
    log.push({ themeId: change.themeId, masterThemeId: change.masterThemeId, by: nameOf(change.deviceId), at });
  }
  return log;
}

export async function loadFindingsSnapshot(
  db: FieldnotesDb,
  projectId: string,
  nameOf: NameOfDevice = (id) => id,
): Promise<FindingsSnapshot | undefined> {
  return db.transaction(
    'r',
    [db.projects, db.groups, db.questions, db.sessions, db.participants, db.notes, db.themes, db.findings, db.changes],
    async () => {
      const project = await db.projects.get(projectId);
      if (!project || project.deleted) return undefined;
      const [groups, questions, sessions, participants, notes, themes, findings] = await Promise.all([
        db.groups.where('projectId').equals(projectId).toArray(),
        db.questions.where('projectId').equals(projectId).toArray(),
        db.sessions.where('projectId').equals(projectId).toArray(),
        db.participants.where('projectId').equals(projectId).toArray(),
        db.notes.where('projectId').equals(projectId).toArray(),
        db.themes.where('projectId').equals(projectId).toArray(),
        db.findings.where('projectId').equals(projectId).toArray(),
      ]);
      const boardThemeIds = themes.filter((t) => !t.deleted && t.sessionId !== null).map((t) => t.id);
      const mappingLog = mappingLogFrom(await listMappingChanges(db, boardThemeIds), nameOf);
      return liveSnapshot({ project, groups, questions, sessions, participants, notes, themes, findings, mappingLog });
    },
  );
}
