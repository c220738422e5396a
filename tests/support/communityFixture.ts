/**
 * A project with one session held with a community (an Elders' circle of a First Nation) whose notes, speaker
 * attributes and board theme use words that appear nowhere else, so a test can search any exported byte for them.
 */
import type { ApprovalScope, Session } from '../../shared/domain/schemas';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { finding, note, participant, session, smallProject, theme } from './fixtures';

/** One distinctive word per kind of thing the community said or made. */
export const COMMUNITY_WORDS = {
  note: 'Quillwortmarsh',
  quote: 'Wapitiford',
  cultural: 'Sweetgrasslodge',
  theme: 'Thimbleberry',
  attribute: 'Snowgoosehollow',
} as const;

export const COMMUNITY_NAME = 'Riverbend First Nation';

export interface CommunityProject {
  snapshot: FindingsSnapshot;
  sessionId: string;
  themeId: string;
  noteIds: string[];
}

/** The small project plus the community's session, held and not yet approved. */
export function communityProject(): CommunityProject {
  const { snapshot, ids } = smallProject();
  const pid = snapshot.project.id;
  const circle = session(pid, 'Elders circle', ids.faith, {
    attendance: 7,
    date: '2025-02-20',
    community: { name: COMMUNITY_NAME, requirement: 'Resolution of the Elders council' },
  });
  const own = theme(pid, `${COMMUNITY_WORDS.theme} teachings`, { sessionId: circle.id, votes: 4 });
  const mapped = theme(pid, 'River crossing', { sessionId: circle.id, masterThemeId: ids.masterSafety });
  const elder = participant(pid, circle.id, 'P1', { attributes: { Nation: COMMUNITY_WORDS.attribute } });
  const flags = { sensitive: false, doNotQuote: false, culturalProtocol: false };
  const notes = [
    note(pid, circle.id, `The path by the ${COMMUNITY_WORDS.note} floods every spring and nobody comes`, {
      themeId: own.id,
      participantId: elder.id,
      kind: 'issue',
      votes: 6,
    }),
    note(pid, circle.id, `Young people cross at ${COMMUNITY_WORDS.quote} at night with no light at all`, {
      themeId: mapped.id,
      participantId: elder.id,
      kind: 'risk',
      votes: 8,
    }),
    note(pid, circle.id, `The ${COMMUNITY_WORDS.cultural} story is shared only in ceremony`, {
      themeId: own.id,
      kind: 'asset',
      flags: { ...flags, culturalProtocol: true },
    }),
  ];
  const quoted = finding(pid, {
    statement: 'Crossings near the river need light',
    themeIds: [ids.masterSafety, mapped.id],
    evidenceNoteIds: [notes[1]!.id],
    quoteNoteIds: [notes[1]!.id],
  });
  return {
    snapshot: {
      ...snapshot,
      sessions: [...snapshot.sessions, circle],
      participants: [...snapshot.participants, elder],
      themes: [...snapshot.themes, own, mapped],
      notes: [...snapshot.notes, ...notes],
      findings: [...snapshot.findings, quoted],
    },
    sessionId: circle.id,
    themeId: own.id,
    noteIds: notes.map((n) => n.id),
  };
}

/** The same snapshot with the community's approval recorded for `scope`. */
export function approved(project: CommunityProject, scope: ApprovalScope): FindingsSnapshot {
  const approval: Session['communityApproval'] = {
    approvedBy: 'Elders council',
    approvedOn: '2025-02-27',
    scope,
    recordedAt: '2025-02-28T10:00:00.000Z',
  };
  return {
    ...project.snapshot,
    sessions: project.snapshot.sessions.map((s) =>
      s.id === project.sessionId ? { ...s, communityApproval: approval } : s,
    ),
  };
}
