import { describe, expect, it } from 'vitest';
import { planExport } from '../../../shared/privacy/plan';
import { loadFindingsSnapshot } from '../findingsSnapshot';
import { freshRunner, projectWithSession } from '../testing';
import { recordCommunityApproval, setSessionCommunity, withdrawCommunityApproval } from './community';
import { addNote } from './notes';
import { storedHistory } from '../history/history.testkit';

const ELDERS = { name: 'Riverbend First Nation', requirement: 'Resolution of the Elders council' };
const APPROVAL = {
  approvedBy: 'Elders council',
  approvedOn: '2026-11-20',
  scope: { quotes: true, counts: true, themes: true },
};

describe('community commands', () => {
  it('marks a session, records an approval in one change each, and undoes both', async () => {
    const { db, runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    await addNote(runner, { sessionId: session.id, text: 'Quillwortmarsh floods every spring' });
    const before = await storedHistory(db).count();
    await setSessionCommunity(runner, session.id, ELDERS);
    expect(await storedHistory(db).count()).toBe(before + 1);
    let plan = planExport((await loadFindingsSnapshot(db, project.id))!, { scan: { names: false } });
    expect(plan.community.pending).toEqual([{ sessionId: session.id, community: ELDERS.name }]);
    expect(plan.snapshot.notes).toEqual([]);

    const approved = await recordCommunityApproval(runner, session.id, APPROVAL);
    expect(approved.communityApproval).toMatchObject({ ...APPROVAL, recordedAt: expect.any(String) });
    plan = planExport((await loadFindingsSnapshot(db, project.id))!, { scan: { names: false } });
    expect(plan.snapshot.notes.map((n) => n.text)).toEqual(['Quillwortmarsh floods every spring']);

    await runner.undo();
    expect((await db.sessions.get(session.id))?.communityApproval).toBeNull();
    await runner.undo();
    expect((await db.sessions.get(session.id))?.community).toBeNull();
    await runner.redo();
    expect((await db.sessions.get(session.id))?.community).toEqual(ELDERS);
  });

  it('refuses an approval without a community, or without who approved, and leaves the session untouched', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    await expect(recordCommunityApproval(runner, session.id, APPROVAL)).rejects.toThrow(/Mark the session/);
    await setSessionCommunity(runner, session.id, ELDERS);
    await expect(recordCommunityApproval(runner, session.id, { ...APPROVAL, approvedBy: '  ' })).rejects.toThrow(
      /approvedBy is empty/,
    );
    await expect(
      recordCommunityApproval(runner, session.id, { ...APPROVAL, approvedOn: '20/11/2026' }),
    ).rejects.toThrow(/YYYY-MM-DD/);
    await expect(setSessionCommunity(runner, session.id, { name: ' ', requirement: '' })).rejects.toThrow(
      /name is empty/,
    );
    expect((await db.sessions.get(session.id))?.communityApproval).toBeNull();
    expect((await db.sessions.get(session.id))?.community).toEqual(ELDERS);
  });

  it('withdrawing an approval, or unmarking, clears it', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    await setSessionCommunity(runner, session.id, ELDERS);
    await recordCommunityApproval(runner, session.id, APPROVAL);
    await withdrawCommunityApproval(runner, session.id);
    expect((await db.sessions.get(session.id))?.communityApproval).toBeNull();
    await recordCommunityApproval(runner, session.id, APPROVAL);
    await setSessionCommunity(runner, session.id, null);
    expect(await db.sessions.get(session.id)).toMatchObject({ community: null, communityApproval: null });
  });
});
