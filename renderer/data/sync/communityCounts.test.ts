/**
 * The trip of a counts-only community session: the facilitator's laptop exports a bundle, the PMT imports it, and
 * the PMT's exports count the session's notes while not one of its words reached the PMT's database.
 */
import { describe, expect, it } from 'vitest';
import { workbookTables } from '../../../shared/export/tables';
import { buildFindingsDocument } from '../../../shared/findings/document';
import type { ReportLevel } from '../../../shared/findings/levels';
import { translator } from '../../../shared/i18n/translate';
import { planExport } from '../../../shared/privacy/plan';
import { createTheme, setThemeVotes } from '../commands/board';
import { recordCommunityApproval, setSessionCommunity } from '../commands/community';
import { mapThemeToMaster } from '../commands/findings';
import { addNote } from '../commands/notes';
import { createProject } from '../commands/projects';
import { addParticipant, createSession } from '../commands/sessions';
import { loadFindingsSnapshot } from '../findingsSnapshot';
import { storedHistory } from '../history/history.testkit';
import { exportBundle } from './bundleExport';
import { applyBundleImport, previewBundleImport } from './bundleImport';
import { snapshotOf, type Replica, replicasClosedAfterEach } from './replica.testkit';

const replica = replicasClosedAfterEach();

const WORDS = ['Quillwortmarsh', 'Wapitiford', 'Sweetgrasslodge'];

async function facilitatorWithCountsOnlySession() {
  const a = replica('facilitator');
  const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  await addNote(a.runner, {
    sessionId: (await createSession(a.runner, project.id, { title: 'Seniors' })).id,
    text: 'Benches on the main street',
  });
  const circle = await createSession(a.runner, project.id, { title: 'Elders circle' });
  await setSessionCommunity(a.runner, circle.id, { name: 'Riverbend First Nation', requirement: '' });
  await recordCommunityApproval(a.runner, circle.id, {
    approvedBy: 'Elders council',
    approvedOn: '2026-02-27',
    scope: { quotes: false, counts: true, themes: false },
  });
  const elder = await addParticipant(a.runner, circle.id);
  const youth = await addParticipant(a.runner, circle.id);
  for (const word of WORDS) {
    await addNote(a.runner, { sessionId: circle.id, text: `About ${word}`, participantId: elder.id, kind: 'issue' });
  }
  await addNote(a.runner, { sessionId: circle.id, text: 'Quillwortmarsh again', participantId: youth.id });
  return { a, project, circle };
}

async function documentAt(r: Replica, projectId: string, level: ReportLevel = 'session') {
  const snapshot = (await loadFindingsSnapshot(r.db, projectId))!;
  return buildFindingsDocument(planExport(snapshot, { scan: { names: false } }), {
    now: '2026-03-02T00:00:00.000Z',
    level,
  });
}

describe('a counts-only community session by bundle', () => {
  it('reaches the PMT as counts: per session, in the totals and the notice, with none of its words', async () => {
    const { a, project, circle } = await facilitatorWithCountsOnlySession();
    const exported = await exportBundle(a.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' });
    const home = await documentAt(a, project.id);

    const pmt = replica('pmt');
    const report = await applyBundleImport(pmt.runner, await previewBundleImport(pmt.db, exported.bytes));
    expect(report.status).toBe('applied');
    const doc = await documentAt(pmt, project.id);
    const row = doc.sessions.find((s) => s.id === circle.id);
    expect(row).toMatchObject({ title: 'Elders circle', noteCount: 4, participantCount: 2 });
    expect(row).toEqual(home.sessions.find((s) => s.id === circle.id));
    expect(doc.totals.notes).toBe(5);
    expect(doc.totals.notes).toBe(home.totals.notes);
    expect(doc.privacy.communityNotesWithheld).toBe(4);
    // The workbook's sessions sheet: participants and notes are its last two columns.
    const sheet = workbookTables(doc, translator('en')).find((t) => t.name === 'Sessions')!;
    expect(sheet.rows.find((r) => r[0] === 'Elders circle')?.slice(-2)).toEqual([2, 4]);

    // Not a word of the session in the PMT's records or its history.
    expect(await pmt.db.notes.where('sessionId').equals(circle.id).count()).toBe(0);
    const stored = JSON.stringify([await snapshotOf(pmt), await storedHistory(pmt.db).toArray()]);
    expect(stored).toContain('Benches on the main street');
    for (const word of WORDS) expect(stored).not.toContain(word);
  });

  it('brings the PMT fresh counts with each bundle, and nothing new when nothing changed', async () => {
    const { a, project, circle } = await facilitatorWithCountsOnlySession();
    const pmt = replica('pmt');
    const bring = async () => {
      const bytes = (await exportBundle(a.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' }))
        .bytes;
      return applyBundleImport(pmt.runner, await previewBundleImport(pmt.db, bytes));
    };
    await bring();
    const changes = await storedHistory(a.db).count();
    expect((await bring()).stored).toBe(0);
    expect(await storedHistory(a.db).count()).toBe(changes);

    await addNote(a.runner, { sessionId: circle.id, text: 'Wapitiford once more' });
    await bring();
    expect((await documentAt(pmt, project.id)).sessions.find((s) => s.id === circle.id)?.noteCount).toBe(5);
  });

  it('keeps the counts at the PMT when the PMT passes the project on by bundle', async () => {
    const { a, project, circle } = await facilitatorWithCountsOnlySession();
    const pmt = replica('pmt');
    const partner = replica('partner');
    const pass = async (from: Replica, to: Replica) => {
      const bytes = (await exportBundle(from.runner, { kind: 'project', projectId: project.id }, { deviceName: 'x' }))
        .bytes;
      return applyBundleImport(to.runner, await previewBundleImport(to.db, bytes));
    };
    await pass(a, pmt);
    const changes = await storedHistory(pmt.db).count();
    await pass(pmt, partner);
    // The PMT has none of the notes: its export took no tally of its own and wrote nothing.
    expect(await storedHistory(pmt.db).count()).toBe(changes);
    expect((await pmt.db.sessions.get(circle.id))?.communityTally).toMatchObject({ notes: 4, speakers: 2 });
    expect((await documentAt(partner, project.id)).sessions.find((s) => s.id === circle.id)?.noteCount).toBe(4);
  });

  it('with themes approved, ranks its master theme at the PMT as at home: notes, speakers, votes and kinds', async () => {
    const { a, project, circle } = await facilitatorWithCountsOnlySession();
    await recordCommunityApproval(a.runner, circle.id, {
      approvedBy: 'Elders council',
      approvedOn: '2026-02-28',
      scope: { quotes: false, counts: true, themes: true },
    });
    const notes = (await a.db.notes.where('sessionId').equals(circle.id).toArray()).sort((x, y) =>
      x.text < y.text ? -1 : 1,
    );
    // Two of the elder's notes and the youth's, on a board theme of the circle, voted on and mapped to a master theme.
    const board = await createTheme(a.runner, {
      projectId: project.id,
      sessionId: circle.id,
      name: 'River crossings',
      noteIds: [notes[0]!.id, notes[1]!.id, notes[3]!.id],
    });
    await setThemeVotes(a.runner, board.id, 5);
    const { masterThemeId } = await mapThemeToMaster(a.runner, project.id, [board.id], {
      newMaster: { name: 'Safe routes' },
    });
    const exported = await exportBundle(a.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' });
    const pmt = replica('pmt');
    await applyBundleImport(pmt.runner, await previewBundleImport(pmt.db, exported.bytes));
    expect(await pmt.db.themes.get(board.id)).toBeUndefined();

    const rowAt = async (r: Replica) => {
      const doc = await documentAt(r, project.id, 'master');
      const {
        evidenceNoteIds: _notes,
        ideaNoteIds: _ideas,
        feederThemeIds: _feeders,
        ...row
      } = doc.ranking.find((t) => t.themeId === masterThemeId)!;
      return row;
    };
    const home = await rowAt(a);
    expect(home).toMatchObject({ noteCount: 3, participantCount: 2, votes: 5 });
    expect(await rowAt(pmt)).toEqual(home);
  });
});
