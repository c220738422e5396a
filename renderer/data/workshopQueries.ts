/** Reads for the council workshop: the running workshop session of a project and its tally per theme. */
import Dexie from 'dexie';
import type { Session } from '../../shared/domain/schemas';
import { isWorkshopGroupName } from '../../shared/findings/workshopGroups';
import type { FieldnotesDb } from './db';

/** The latest running session of the project's workshop group, or null when no voting is under way. */
export async function runningWorkshopSession(db: FieldnotesDb, projectId: string): Promise<Session | null> {
  const groups = await db.groups.where('projectId').equals(projectId).toArray();
  const workshop = new Set(groups.filter((g) => !g.deleted && isWorkshopGroupName(g.name)).map((g) => g.id));
  if (workshop.size === 0) return null;
  const sessions = await db.sessions.where('projectId').equals(projectId).toArray();
  const running = sessions
    .filter((s) => !s.deleted && s.status === 'running' && s.groupId !== null && workshop.has(s.groupId))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return running[0] ?? null;
}

/** Dots per theme cast in one workshop session. */
export async function workshopTally(db: FieldnotesDb, sessionId: string): Promise<Map<string, number>> {
  const notes = await db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .toArray();
  const tally = new Map<string, number>();
  for (const note of notes) {
    if (note.deleted || !note.themeId) continue;
    tally.set(note.themeId, (tally.get(note.themeId) ?? 0) + note.votes);
  }
  return tally;
}
