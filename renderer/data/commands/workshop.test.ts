import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { buildFindingsDocument } from '../../../shared/findings/document';
import { planExport } from '../../../shared/privacy/plan';
import { WORKSHOP_GROUP_NAME } from '../../../shared/findings/workshopGroups';
import type { CommandRunner } from '../commandRunner';
import { loadFindingsSnapshot } from '../findingsSnapshot';
import { freshRunner, projectWithSession, inEnglish } from '../testing';
import { runningWorkshopSession, workshopTally } from '../workshopQueries';
import { addNote } from './notes';
import { castWorkshopVote } from './workshop';
import { storedHistory } from '../history/history.testkit';

async function twoThemes(runner: CommandRunner) {
  const { project, session } = await projectWithSession(runner);
  const theme = (name: string) =>
    runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, (ctx) =>
      ctx.insert('themes', { id: newId(), projectId: project.id, sessionId: session.id, name, color: '#1D4ED8' }),
    );
  const buses = await theme('Buses');
  const parks = await theme('Parks');
  for (const [text, themeId] of [
    ['The 14 stops running at seven', buses.id],
    ['No shelter at the King Street stop', buses.id],
    ['The park needs lights', parks.id],
  ] as const)
    await addNote(runner, { sessionId: session.id, text, themeId });
  return { project, buses, parks };
}

async function ranking(runner: CommandRunner, projectId: string) {
  const snapshot = (await loadFindingsSnapshot(runner.db, projectId))!;
  const doc = buildFindingsDocument(planExport(snapshot, { scan: { names: false } }), {
    now: new Date().toISOString(),
  });
  return doc.ranking.map((r) => [r.name, r.votes]);
}

describe('castWorkshopVote', () => {
  it('starts a workshop session of the council group with the first vote, and the votes change the ranking', async () => {
    const { runner, db } = freshRunner();
    const { project, parks } = await twoThemes(runner);
    expect(await ranking(runner, project.id)).toEqual([
      ['Buses', 0],
      ['Parks', 0],
    ]);
    expect(await runningWorkshopSession(db, project.id)).toBeNull();

    const first = await castWorkshopVote(runner, {
      projectId: project.id,
      sessionId: null,
      themeId: parks.id,
      delta: 1,
    });
    const session = (await runningWorkshopSession(db, project.id))!;
    expect(session.id).toBe(first.sessionId);
    expect(session.status).toBe('running');
    expect((await db.groups.get(session.groupId!))?.name).toBe(WORKSHOP_GROUP_NAME);
    await castWorkshopVote(runner, { projectId: project.id, sessionId: session.id, themeId: parks.id, delta: 1 });
    expect(await workshopTally(db, session.id)).toEqual(new Map([[parks.id, 2]]));
    expect(await ranking(runner, project.id)).toEqual([
      ['Parks', 2],
      ['Buses', 0],
    ]);
    // One vote note per theme, never quotable, and every write is a synced change.
    const voteNotes = (await db.notes.toArray()).filter((n) => n.sessionId === session.id);
    expect(voteNotes).toHaveLength(1);
    expect(voteNotes[0]!.flags.doNotQuote).toBe(true);
    expect((await storedHistory(db).toArray()).some((c) => c.table === 'notes' && c.rowId === voteNotes[0]!.id)).toBe(
      true,
    );
  });

  it('is undone and redone like any command, and taking the last dot away removes the vote', async () => {
    const { runner, db } = freshRunner();
    const { project, parks } = await twoThemes(runner);
    const { sessionId } = await castWorkshopVote(runner, {
      projectId: project.id,
      sessionId: null,
      themeId: parks.id,
      delta: 1,
    });
    await castWorkshopVote(runner, { projectId: project.id, sessionId, themeId: parks.id, delta: 1 });
    expect(inEnglish(await runner.undo())).toBe('Add a vote');
    expect(await workshopTally(db, sessionId)).toEqual(new Map([[parks.id, 1]]));
    await runner.redo();
    expect(await workshopTally(db, sessionId)).toEqual(new Map([[parks.id, 2]]));
    await castWorkshopVote(runner, { projectId: project.id, sessionId, themeId: parks.id, delta: -1 });
    await castWorkshopVote(runner, { projectId: project.id, sessionId, themeId: parks.id, delta: -1 });
    expect(await workshopTally(db, sessionId)).toEqual(new Map());
    expect(
      (await castWorkshopVote(runner, { projectId: project.id, sessionId, themeId: parks.id, delta: -1 })).votes,
    ).toBe(0);
    // Undoing the first vote's command takes the session and the group back too: nothing is left half-made.
    while (await runner.undo());
    expect(await runningWorkshopSession(db, project.id)).toBeNull();
  });

  it('refuses a theme of another project, and a vote that is not whole dots, writing nothing', async () => {
    const { runner, db } = freshRunner();
    const { parks } = await twoThemes(runner);
    const other = await projectWithSession(runner);
    const before = await storedHistory(db).count();
    await expect(
      castWorkshopVote(runner, { projectId: other.project.id, sessionId: null, themeId: parks.id, delta: 1 }),
    ).rejects.toThrow(/another project/);
    await expect(
      castWorkshopVote(runner, { projectId: other.project.id, sessionId: null, themeId: parks.id, delta: 0.5 }),
    ).rejects.toThrow(/whole dots/);
    expect(await storedHistory(db).count()).toBe(before);
  });
});
