import { describe, expect, it } from 'vitest';
import { freshRunner, historyInEnglish, projectWithSession } from '../testing';
import { storedHistory } from '../history/history.testkit';
import { recordCommunityApproval, setSessionCommunity, withdrawCommunityApproval } from './community';
import { refreshCommunityTallies } from './communityTally';
import { addNote, eraseNote } from './notes';
import { addParticipant } from './sessions';

const ELDERS = { name: 'Riverbend First Nation', requirement: 'Resolution of the Elders council' };
const COUNTS_ONLY = {
  approvedBy: 'Elders council',
  approvedOn: '2026-11-20',
  scope: { quotes: false, counts: true, themes: false },
};

async function countsOnlySession() {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  await setSessionCommunity(runner, session.id, ELDERS);
  await recordCommunityApproval(runner, session.id, COUNTS_ONLY);
  const elder = await addParticipant(runner, session.id);
  const first = await addNote(runner, { sessionId: session.id, text: 'The path floods', participantId: elder.id });
  await addNote(runner, { sessionId: session.id, text: 'No light at the crossing', kind: 'asset' });
  return { db, runner, project, session, first };
}

describe('refreshing the tallies of counts-only community sessions', () => {
  it('writes the tally in one command off the undo stack, and nothing when the counts did not change', async () => {
    const { db, runner, project, session } = await countsOnlySession();
    expect(await refreshCommunityTallies(runner, project.id)).toBe(1);
    expect((await db.sessions.get(session.id))?.communityTally).toMatchObject({ notes: 2, speakers: 1 });
    // Undo still reaches the facilitator's own last edit.
    expect(historyInEnglish(runner).undo.at(-1)).not.toBe('Refresh the counts shared by communities');

    const changes = await storedHistory(db).count();
    expect(await refreshCommunityTallies(runner, project.id)).toBe(0);
    expect(await storedHistory(db).count()).toBe(changes);
  });

  it('stops counting an erased note at the next refresh', async () => {
    const { db, runner, project, session, first } = await countsOnlySession();
    await refreshCommunityTallies(runner, project.id);
    await eraseNote(runner, first.id);
    expect(await refreshCommunityTallies(runner, project.id)).toBe(1);
    expect((await db.sessions.get(session.id))?.communityTally).toMatchObject({ notes: 1 });
  });

  it('clears the tally of a session whose approval no longer allows counts alone', async () => {
    const { db, runner, project, session } = await countsOnlySession();
    await refreshCommunityTallies(runner, project.id);
    await withdrawCommunityApproval(runner, session.id);
    expect(await refreshCommunityTallies(runner, project.id)).toBe(1);
    expect((await db.sessions.get(session.id))?.communityTally).toBeNull();

    await recordCommunityApproval(runner, session.id, {
      ...COUNTS_ONLY,
      scope: { quotes: true, counts: true, themes: true },
    });
    expect(await refreshCommunityTallies(runner, project.id)).toBe(0);
    expect((await db.sessions.get(session.id))?.communityTally).toBeNull();
  });
});
