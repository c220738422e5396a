import { describe, expect, it } from 'vitest';
import { approved, communityProject } from '../../tests/support/communityFixture';
import { NOW, note, participant } from '../../tests/support/fixtures';
import { communityTallySchema, type ApprovalScope } from '../domain/schemas';
import { communityTallies, sameTally } from './communityTally';
import { sharesCountsOnly } from './community';

const COUNTS: ApprovalScope = { quotes: false, counts: true, themes: false };

describe('the tally of a counts-only community session', () => {
  it('counts live notes and speakers, per question and kind, and names no theme without approval for themes', () => {
    const project = communityProject();
    const tallies = communityTallies(approved(project, COUNTS), NOW);
    const tally = tallies.get(project.sessionId)!;
    expect(tallies.size).toBe(1);
    expect(tally).toEqual({
      at: NOW,
      notes: 3,
      speakers: 1,
      byQuestion: [{ questionId: null, notes: 3 }],
      byKind: [
        { kind: 'asset', notes: 1 },
        { kind: 'issue', notes: 1 },
        { kind: 'risk', notes: 1 },
      ],
    });
    expect(communityTallySchema.parse(tally)).toEqual(tally);
  });

  it('counts a note under each theme it counts in, by name, when the approval covers themes', () => {
    const project = communityProject();
    const snapshot = approved(project, { ...COUNTS, themes: true });
    const [own, mapped] = snapshot.themes.filter((t) => t.sessionId === project.sessionId);
    // The first note lives in the community's own theme and is linked to the other one too.
    snapshot.notes = snapshot.notes.map((n) =>
      n.id === project.noteIds[0] ? { ...n, linkedThemeIds: [mapped!.id] } : n,
    );
    const tally = communityTallies(snapshot, NOW).get(project.sessionId)!;
    expect(tally.byTheme).toEqual(
      [
        { name: own!.name, notes: 2 },
        { name: mapped!.name, notes: 2 },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    expect(JSON.stringify(tally)).not.toContain(own!.id);
  });

  it('counts a note once under each master theme its themes map to, only when the approval covers themes', () => {
    const project = communityProject();
    const snapshot = approved(project, { ...COUNTS, themes: true });
    const [own, mapped] = snapshot.themes.filter((t) => t.sessionId === project.sessionId);
    const safety = mapped!.masterThemeId!;
    const services = snapshot.themes.find((t) => t.sessionId === null && t.id !== safety)!;
    // The first note, at home in an unmapped theme, is linked to the mapped one and placed on no master itself; the
    // second, in the mapped theme, is linked to its master too (one row) and to another master theme.
    snapshot.notes = snapshot.notes.map((n) =>
      n.id === project.noteIds[0]
        ? { ...n, linkedThemeIds: [mapped!.id] }
        : n.id === project.noteIds[1]
          ? { ...n, linkedThemeIds: [safety, services.id] }
          : n,
    );
    // Dot votes on the mapped board theme, which stays home: they count on the master theme it feeds.
    snapshot.themes = snapshot.themes.map((t) => (t.id === mapped!.id ? { ...t, votes: 3 } : t));
    const tally = communityTallies(snapshot, NOW).get(project.sessionId)!;
    // Both notes are the one elder's (one speaker), voted 6 and 8; kinds issue and risk.
    expect(tally.byMasterTheme).toEqual(
      [
        {
          masterThemeId: safety,
          notes: 2,
          speakers: 1,
          votes: 6 + 8 + 3,
          byKind: [
            { kind: 'issue', notes: 1 },
            { kind: 'risk', notes: 1 },
          ],
        },
        { masterThemeId: services.id, notes: 1, speakers: 1, votes: 8, byKind: [{ kind: 'risk', notes: 1 }] },
      ].sort((a, b) => (a.masterThemeId < b.masterThemeId ? -1 : 1)),
    );
    // Board themes stay home: the tally names them, never points at them.
    expect(JSON.stringify(tally)).not.toContain(own!.id);
    expect(JSON.stringify(tally)).not.toContain(mapped!.id);
    expect(communityTallySchema.parse(tally)).toEqual(tally);
    const countsOnly = communityTallies(approved(project, COUNTS), NOW).get(project.sessionId)!;
    expect(Object.hasOwn(countsOnly, 'byMasterTheme')).toBe(false);
  });

  it('reads a tally taken before master themes were counted, and refuses a malformed row', () => {
    const project = communityProject();
    const tally = communityTallies(approved(project, { ...COUNTS, themes: true }), NOW).get(project.sessionId)!;
    const { byMasterTheme: _counted, ...before } = tally;
    expect(communityTallySchema.parse(before)).toEqual(before);
    // The counts changed when master themes were first counted: the next refresh writes the session again.
    expect(sameTally(before, tally)).toBe(false);
    const row = tally.byMasterTheme![0]!;
    for (const bad of [
      { ...row, name: 'River crossing' },
      { ...row, notes: -1 },
      { ...row, speakers: 1.5 },
      { ...row, byKind: [{ kind: 'issue', notes: 1, text: 'words' }] },
      { notes: 1 },
    ]) {
      expect(communityTallySchema.safeParse({ ...tally, byMasterTheme: [bad] }).success).toBe(false);
    }
  });

  it('stops counting deleted notes and the notes of a speaker who withdrew consent', () => {
    const project = communityProject();
    const snapshot = approved(project, COUNTS);
    const pid = snapshot.project.id;
    const youth = participant(pid, project.sessionId, 'P2', { consent: 'withdrawn' });
    snapshot.participants = [...snapshot.participants, youth];
    snapshot.notes = [
      ...snapshot.notes.map((n) => (n.id === project.noteIds[2] ? { ...n, deleted: true } : n)),
      note(pid, project.sessionId, 'Words of a speaker who withdrew', { participantId: youth.id }),
    ];
    const tally = communityTallies(snapshot, NOW).get(project.sessionId)!;
    expect([tally.notes, tally.speakers]).toEqual([2, 1]);
  });

  it('takes no tally of a session pending, approved for quotes, or approved for neither', () => {
    const project = communityProject();
    for (const snapshot of [
      project.snapshot,
      approved(project, { quotes: true, counts: true, themes: true }),
      approved(project, { quotes: false, counts: false, themes: true }),
    ]) {
      expect(communityTallies(snapshot, NOW).size).toBe(0);
      expect(snapshot.sessions.some(sharesCountsOnly)).toBe(false);
    }
  });

  it('compares tallies by their counts, whenever they were taken', () => {
    const project = communityProject();
    const first = communityTallies(approved(project, COUNTS), NOW).get(project.sessionId)!;
    const later = communityTallies(approved(project, COUNTS), '2026-01-01T00:00:00.000Z').get(project.sessionId)!;
    expect(sameTally(first, later)).toBe(true);
    expect(sameTally(first, { ...later, notes: 4 })).toBe(false);
    expect(sameTally(first, null)).toBe(false);
    expect(sameTally(null, undefined)).toBe(true);
  });
});
