/**
 * How widely a theme was heard: how many notes, sessions, stakeholder groups and speakers, and its votes.
 * Breadth is what lets a report say "raised in 5 of 7 groups" instead of "mentioned 40 times".
 */
import { translator, type Translator } from '../i18n/translate';
import type { Note } from '../domain/schemas';
import type { SnapshotIndex } from './snapshot';
import type { TalliedShare } from './tallied';

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

/**
 * A council workshop's notes add their votes and nothing else: the room voted, it was not heard (workshopGroups.ts).
 * `tallied` are the theme's shares of sessions known by their tally alone (tallied.ts): they add their notes,
 * speakers, votes and kinds, and (when notes of theirs are in the theme) their session and its group.
 */
export function breadthOf(
  notes: readonly Note[],
  themeVotes: number,
  index: SnapshotIndex,
  tallied: readonly TalliedShare[] = [],
): Breadth {
  const sessionIds = new Set<string>();
  const groupIds = new Set<string>();
  const participants = new Set<string>();
  const byKind: Record<string, number> = {};
  let votes = themeVotes;
  let noteCount = 0;
  for (const note of notes) {
    votes += note.votes;
    if (index.workshopSessions.has(note.sessionId)) continue;
    noteCount++;
    sessionIds.add(note.sessionId);
    const groupId = index.sessions.get(note.sessionId)?.groupId;
    if (groupId) groupIds.add(groupId);
    if (note.participantId) participants.add(note.participantId);
    const kind = note.kind ?? '';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  let talliedSpeakers = 0;
  for (const share of tallied) {
    if (index.workshopSessions.has(share.sessionId)) continue;
    votes += share.votes;
    talliedSpeakers += share.speakers;
    for (const [kind, count] of Object.entries(share.byKind)) byKind[kind] = (byKind[kind] ?? 0) + count;
    if (share.notes === 0) continue;
    noteCount += share.notes;
    sessionIds.add(share.sessionId);
    const groupId = index.sessions.get(share.sessionId)?.groupId;
    if (groupId) groupIds.add(groupId);
  }
  return {
    noteCount,
    sessionIds: [...sessionIds].sort(),
    groupIds: [...groupIds].sort(),
    participantCount: participants.size + talliedSpeakers,
    votes,
    byKind,
  };
}

/**
 * The one denominator for "heard in X of Y groups": the stakeholder groups that have held at least one session
 * (in the export's scope). A group not met yet cannot have raised anything, so counting it would make every theme
 * look narrow; such groups are listed as "not heard from yet" instead. Sessions without a group count towards
 * sessions but never towards groups. A council workshop's group is never among them (workshopGroups.ts). Every
 * screen, export and the report use this rule and say it in these words.
 */
export const BREADTH_RULE = translator().t('report.breadthRule');

/** Columns of the coverage matrix, as in the findings document: enough to know which groups have been met. */
export interface HeldColumn {
  groupId: string;
  heldSessions: number;
}

/** Groups heard from: the denominator of breadth (see BREADTH_RULE). The no-group column never counts. */
export function groupsHeardFrom(columns: readonly HeldColumn[]): number {
  return columns.filter((c) => c.groupId !== '' && c.heldSessions > 0).length;
}

/** "heard in 2 of 5 groups, 3 sessions": computed, never stored in a statement. */
export function describeBreadth(
  groupCount: number,
  sessionCount: number,
  denominator: number,
  tr: Translator = translator(),
): string {
  return tr.t('report.breadth', { groups: groupCount, sessions: sessionCount, denominator });
}
