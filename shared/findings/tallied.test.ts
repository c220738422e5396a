import { describe, expect, it } from 'vitest';
import { approved, communityProject, type CommunityProject } from '../../tests/support/communityFixture';
import { NOW } from '../../tests/support/fixtures';
import type { ApprovalScope, Session } from '../domain/schemas';
import { communityTallies } from '../privacy/communityTally';
import { planExport } from '../privacy/plan';
import { breadthOf } from './breadth';
import { buildFindingsDocument } from './document';
import type { FindingsDocument } from './documentSchema';
import type { ReportLevel } from './levels';
import { indexSnapshot, type FindingsSnapshot } from './snapshot';
import { talliedCounts } from './tallied';

const COUNTS: ApprovalScope = { quotes: false, counts: true, themes: false };
const COUNTS_AND_THEMES: ApprovalScope = { ...COUNTS, themes: true };

/** The facilitator's snapshot, with the tally the app writes before a bundle. */
function atHome(project: CommunityProject, scope: ApprovalScope, session: Partial<Session> = {}): FindingsSnapshot {
  const snapshot = approved(project, scope);
  const tallies = communityTallies(snapshot, NOW);
  return {
    ...snapshot,
    sessions: snapshot.sessions.map((s) =>
      s.id === project.sessionId ? { ...s, ...session, communityTally: tallies.get(s.id) ?? null } : s,
    ),
  };
}

/** What a bundle leaves at the PMT: the session record with its tally, none of its notes, speakers or board themes. */
function imported(home: FindingsSnapshot, sessionId: string): FindingsSnapshot {
  return {
    ...home,
    notes: home.notes.filter((n) => n.sessionId !== sessionId),
    participants: home.participants.filter((p) => p.sessionId !== sessionId),
    themes: home.themes.filter((t) => t.sessionId !== sessionId),
  };
}

function documentOf(snapshot: FindingsSnapshot, level: ReportLevel): FindingsDocument {
  return buildFindingsDocument(planExport(snapshot, { scan: { names: false } }), { now: NOW, level });
}

/** The count and state of one cell of the coverage matrix. */
function cell(doc: FindingsDocument, themeId: string, groupId: string) {
  const row = doc.coverage.rows.findIndex((r) => r.themeId === themeId);
  const column = doc.coverage.columns.findIndex((c) => c.groupId === groupId);
  const { count, state } = doc.coverage.cells[row]![column]!;
  return { count, state };
}

function breadth(doc: FindingsDocument, themeId: string) {
  const row = doc.ranking.find((r) => r.themeId === themeId)!;
  const { noteCount, sessionIds, groupIds, participantCount, votes, byKind } = row;
  return { noteCount, sessionIds, groupIds, participantCount, votes, byKind };
}

describe('coverage and breadth of a session known by its tally alone', () => {
  it('counts its notes in the master theme they map to, as the facilitator’s own export does', () => {
    const project = communityProject();
    const home = atHome(project, COUNTS_AND_THEMES);
    const safety = home.themes.find((t) => t.sessionId === project.sessionId && t.masterThemeId)!.masterThemeId!;
    const faith = home.sessions.find((s) => s.id === project.sessionId)!.groupId!;
    const there = documentOf(imported(home, project.sessionId), 'master');
    const here = documentOf(home, 'master');
    expect(there.notes.some((n) => n.sessionId === project.sessionId)).toBe(false);
    expect(cell(there, safety, faith)).toEqual({ count: 1, state: 'heard' });
    expect(there.coverage).toEqual(here.coverage);
    expect(there.coverage.gaps).not.toContainEqual({ kind: 'silent', themeId: safety, groupId: faith });
    expect(breadth(there, safety)).toEqual(breadth(here, safety));
    expect(breadth(there, safety).sessionIds).toContain(project.sessionId);
    expect(breadth(there, safety).groupIds).toContain(faith);
    // Speakers, votes (the notes' and the board theme's that stayed home) and kinds too, as at home.
    expect(breadth(there, safety).participantCount).toBeGreaterThan(0);
    expect(breadth(there, safety).votes).toBeGreaterThan(0);
    // The whole ranking as at home, but for the ids of the notes and board themes that stayed home.
    const counted = (doc: FindingsDocument) =>
      doc.ranking.map(({ evidenceNoteIds: _notes, ideaNoteIds: _ideas, feederThemeIds: _feeders, ...row }) => row);
    expect(counted(there)).toEqual(counted(here));
  });

  it('counts on the findings screen as in the exports, though the screen cuts nothing', () => {
    const project = communityProject();
    const home = atHome(project, COUNTS_AND_THEMES);
    const safety = home.themes.find((t) => t.sessionId === project.sessionId && t.masterThemeId)!.masterThemeId!;
    const faith = home.sessions.find((s) => s.id === project.sessionId)!.groupId!;
    const there = imported(home, project.sessionId);
    const onScreen = buildFindingsDocument(planExport(there, { onScreenOnly: true, scan: { names: false } }), {
      now: NOW,
      level: 'master',
    });
    const exported = documentOf(there, 'master');
    expect(cell(onScreen, safety, faith)).toEqual(cell(exported, safety, faith));
    expect(onScreen.totals.notes).toBe(exported.totals.notes);
    expect(onScreen.sessions.find((s) => s.id === project.sessionId)?.noteCount).toBe(
      home.notes.filter((n) => n.sessionId === project.sessionId && !n.deleted).length,
    );
  });

  it('counts it as heard for its group but in no theme without approval for themes', () => {
    const project = communityProject();
    // Marked planned by mistake: its notes say it ran, and so does its tally where they are not.
    const home = atHome(project, COUNTS, { status: 'planned' });
    const faith = home.sessions.find((s) => s.id === project.sessionId)!.groupId!;
    const there = documentOf(imported(home, project.sessionId), 'master');
    const here = documentOf(home, 'master');
    expect(there.coverage).toEqual(here.coverage);
    const column = there.coverage.columns.find((c) => c.groupId === faith)!;
    expect(column.heldSessions).toBe(1);
    expect(there.groups.find((g) => g.id === faith)!.heldSessions).toBe(1);
    expect(there.coverage.gaps).not.toContainEqual({ kind: 'no-session', groupId: faith });
    for (const row of there.coverage.rows) {
      expect(cell(there, row.themeId, faith)).toEqual({ count: 0, state: 'silent' });
    }
    expect(there.ranking.flatMap((r) => r.sessionIds)).not.toContain(project.sessionId);
    expect(there.totals.heldSessions).toBe(here.totals.heldSessions);
  });

  it('adds to no row at session level, where the rows are the board themes that stayed home', () => {
    const project = communityProject();
    const home = atHome(project, COUNTS_AND_THEMES, { status: 'planned' });
    const faith = home.sessions.find((s) => s.id === project.sessionId)!.groupId!;
    const there = documentOf(imported(home, project.sessionId), 'session');
    expect(there.coverage.columns.find((c) => c.groupId === faith)!.heldSessions).toBe(1);
    expect(there.coverage.cells.map((line) => line[there.coverage.columns.length - 1]!.count)).toEqual(
      there.coverage.rows.map(() => 0),
    );
    expect(there.ranking.flatMap((r) => r.sessionIds)).not.toContain(project.sessionId);
  });

  it('reads only master themes known here from a tally, and never counts more notes than the session holds', () => {
    const project = communityProject();
    const home = atHome(project, COUNTS_AND_THEMES);
    const there = imported(home, project.sessionId);
    const [safety, services] = there.themes.filter((t) => t.sessionId === null);
    const board = there.themes.find((t) => t.sessionId !== null)!;
    // Services becomes a sub-theme of Safe streets here: both of the tally's rows land on one row.
    there.themes = there.themes.map((t) => (t.id === services!.id ? { ...t, parentId: safety!.id } : t));
    const row = (masterThemeId: string, notes: number, speakers: number, votes: number, issues: number) => ({
      masterThemeId,
      notes,
      speakers,
      votes,
      byKind: [{ kind: 'issue', notes: issues }],
    });
    const tally = {
      ...home.sessions.find((s) => s.id === project.sessionId)!.communityTally!,
      notes: 3,
      speakers: 2,
      byMasterTheme: [
        row(safety!.id, 2, 1, 5, 2),
        row(services!.id, 2, 2, 1, 2),
        row(board.id, 3, 2, 9, 3),
        row('gone-master-theme', 3, 2, 9, 3),
      ],
    };
    const index = indexSnapshot(there);
    const counts = talliedCounts([{ sessionId: project.sessionId, tally }], 'master', index);
    // Added up, but never to more notes or speakers than the session holds, nor more of a kind than the row's notes.
    expect([...counts.byRow]).toEqual([
      [safety!.id, [{ sessionId: project.sessionId, notes: 3, speakers: 2, votes: 6, byKind: { issue: 3 } }]],
    ]);
    expect([...counts.withNotes]).toEqual([project.sessionId]);
    expect(talliedCounts([{ sessionId: 'not-here', tally }], 'master', index)).toEqual({
      withNotes: new Set(),
      byRow: new Map(),
    });
  });

  it('adds notes, speakers, votes, kinds, session and group to a theme’s breadth', () => {
    const project = communityProject();
    const snapshot = imported(atHome(project, COUNTS), project.sessionId);
    const index = indexSnapshot(snapshot);
    const faith = index.sessions.get(project.sessionId)!.groupId!;
    const other = snapshot.notes.find((n) => n.participantId && n.kind)!;
    const share = {
      sessionId: project.sessionId,
      notes: 4,
      speakers: 3,
      votes: 7,
      byKind: { [other.kind!]: 1, '': 3 },
    };
    const result = breadthOf([other], 2, index, [share]);
    expect(result).toMatchObject({
      noteCount: 5,
      participantCount: 4,
      votes: 2 + other.votes + 7,
      byKind: { [other.kind!]: 2, '': 3 },
    });
    expect(result.sessionIds).toEqual([other.sessionId, project.sessionId].sort());
    expect(result.groupIds).toContain(faith);
  });

  it('counts the votes on a board theme of the session that fed a row none of its notes are in, and no session', () => {
    const project = communityProject();
    const snapshot = imported(atHome(project, COUNTS), project.sessionId);
    const index = indexSnapshot(snapshot);
    const share = { sessionId: project.sessionId, notes: 0, speakers: 0, votes: 4, byKind: {} };
    const result = breadthOf([], 0, index, [share]);
    expect(result).toMatchObject({ noteCount: 0, votes: 4, sessionIds: [], groupIds: [], participantCount: 0 });
  });
});
