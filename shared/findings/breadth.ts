/**
 * How widely a theme was heard: how many notes, sessions, stakeholder groups and speakers, and its votes.
 * Breadth is what lets a report say "raised in 5 of 7 groups" instead of "mentioned 40 times".
 */
import type { Note } from '../domain/schemas';
import type { SnapshotIndex } from './snapshot';

export interface Breadth {
  noteCount: number;
  sessionIds: string[];
  groupIds: string[];
  participantCount: number;
  /** Dot votes on the theme (and every board theme feeding it) plus votes on its notes. */
  votes: number;
  /** Note counts per framework category (kind id; '' for notes without a kind). */
  byKind: Record<string, number>;
}

export function breadthOf(notes: readonly Note[], themeVotes: number, index: SnapshotIndex): Breadth {
  const sessionIds = new Set<string>();
  const groupIds = new Set<string>();
  const participants = new Set<string>();
  const byKind: Record<string, number> = {};
  let votes = themeVotes;
  for (const note of notes) {
    sessionIds.add(note.sessionId);
    const groupId = index.sessions.get(note.sessionId)?.groupId;
    if (groupId) groupIds.add(groupId);
    if (note.participantId) participants.add(note.participantId);
    const kind = note.kind ?? '';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    votes += note.votes;
  }
  return {
    noteCount: notes.length,
    sessionIds: [...sessionIds].sort(),
    groupIds: [...groupIds].sort(),
    participantCount: participants.size,
    votes,
    byKind,
  };
}
