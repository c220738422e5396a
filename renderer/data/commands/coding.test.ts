import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { isErasedRow } from '../../../shared/sync/erasure';
import type { CommandRunner } from '../commandRunner';
import { listCodingPasses, listSessionCodings } from '../codingQueries';
import { applyRemoteChanges } from '../sync/applyChanges';
import { allChanges, closeReplicas, createReplica } from '../sync/replica.testkit';
import { freshRunner, projectWithSession } from '../testing';
import { codeNote, setPassDone, startCodingPass } from './coding';
import { addNote, eraseNote } from './notes';
import { storedHistory } from '../history/history.testkit';

async function codedSession(runner: CommandRunner) {
  const { project, session } = await projectWithSession(runner);
  const theme = await runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, (ctx) =>
    ctx.insert('themes', {
      id: newId(),
      projectId: project.id,
      sessionId: session.id,
      name: 'Buses',
      color: '#1D4ED8',
    }),
  );
  const note = await addNote(runner, { sessionId: session.id, text: 'The 14 stops running at seven' });
  const ana = await startCodingPass(runner, session.id, 'Ana');
  const ben = await startCodingPass(runner, session.id, 'Ben');
  return { project, session, theme, note, ana, ben };
}

describe('coding commands', () => {
  it('keep one coding per coder and note, apart from the note on the board, and each write syncs', async () => {
    const { runner, db } = freshRunner();
    const { session, theme, note, ana, ben } = await codedSession(runner);
    await codeNote(runner, ana.id, note.id, theme.id);
    await codeNote(runner, ana.id, note.id, null);
    await codeNote(runner, ben.id, note.id, theme.id);
    const codings = await listSessionCodings(db, session.id);
    expect(codings.map((c) => [c.passId, c.themeId]).sort()).toEqual(
      [
        [ana.id, null],
        [ben.id, theme.id],
      ].sort(),
    );
    expect((await db.notes.get(note.id))?.themeId).toBeNull();
    expect((await storedHistory(db).toArray()).filter((c) => c.table === 'codings')).toHaveLength(3);
    expect((await listCodingPasses(db, session.id)).map((p) => p.coder)).toEqual(['Ana', 'Ben']);
  });

  it('refuse a second pass under the same name, an empty name and changes after "done" until reopened', async () => {
    const { runner } = freshRunner();
    const { session, theme, note, ana } = await codedSession(runner);
    await expect(startCodingPass(runner, session.id, ' ana ')).rejects.toThrow(/Ana already codes this session/);
    await expect(startCodingPass(runner, session.id, '  ')).rejects.toThrow(/name of the person coding/);
    await setPassDone(runner, ana.id, true);
    await expect(codeNote(runner, ana.id, note.id, theme.id)).rejects.toThrow(/said they are done/);
    await setPassDone(runner, ana.id, false);
    expect((await codeNote(runner, ana.id, note.id, theme.id)).themeId).toBe(theme.id);
  });
});

describe('erasing a coded note', () => {
  it('erases its codings here, and on a device that receives the erasure', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { note, ana, ben, theme } = await codedSession(here.runner);
    await codeNote(here.runner, ana.id, note.id, theme.id);
    await codeNote(here.runner, ben.id, note.id, null);
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    expect(await there.db.codings.count()).toBe(2);

    await eraseNote(here.runner, note.id);
    for (const replica of [here]) {
      const codings = await replica.db.codings.toArray();
      expect(codings.every((c) => isErasedRow(c) && c.deleted)).toBe(true);
      const history = (await storedHistory(replica.db).toArray()).filter((c) => c.table === 'codings');
      expect(history.every((c) => Object.keys(c.fields).length === 0)).toBe(true);
    }
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    const codings = await there.db.codings.toArray();
    expect(codings).toHaveLength(2);
    expect(codings.every((c) => isErasedRow(c) && JSON.stringify(c).indexOf(note.id) === -1)).toBe(true);
    await closeReplicas(here, there);
  });

  it('drops a coding of an already erased note that arrives later from a device that had not heard', async () => {
    const here = createReplica('here');
    const late = createReplica('late');
    const { note, ana, theme } = await codedSession(here.runner);
    await applyRemoteChanges(late.db, await allChanges(here), { published: 1 });
    await eraseNote(here.runner, note.id);
    // The late device codes the note before it hears of the erasure.
    await codeNote(late.runner, ana.id, note.id, theme.id);
    const lateCodings = (await allChanges(late)).filter((c) => c.table === 'codings');
    const report = await applyRemoteChanges(here.db, lateCodings, { published: 1 });
    expect(report.erasedValues).toBe(1);
    expect(await here.db.codings.count()).toBe(0);
    await closeReplicas(here, late);
  });
});
