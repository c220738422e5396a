/**
 * The records an import writes, field by field, for both writers: the app's command inserts them in one
 * transaction (it adds the timestamps), and the CLI stamps them as creation changes for a new device. A session
 * made by an import took place already, so it is "closed": coverage counts it as held.
 */
import type { PlannedNote, PlannedParticipant, PlannedSession } from './planner';

export function importedSession(projectId: string, session: PlannedSession, deviceId: string) {
  return {
    id: session.id,
    projectId,
    title: session.title,
    groupId: session.groupId,
    status: 'closed' as const,
    deviceId,
  };
}

export function importedParticipant(projectId: string, participant: PlannedParticipant) {
  return { id: participant.id, projectId, sessionId: participant.sessionId, code: participant.code };
}

export function importedNote(projectId: string, note: PlannedNote, id: string) {
  return { ...note, flags: { ...note.flags }, id, projectId };
}
