import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { MAX_NOTE_LENGTH } from '../../../shared/domain/limits';
import { isErasedRow } from '../../../shared/sync/erasure';
import type { CommandRunner } from '../commandRunner';
import { listMemosOn, listProjectMemos, memoAuthorNamer } from '../memoQueries';
import { exportBundle } from '../sync/bundleExport';
import { applyBundleImport, previewBundleImport } from '../sync/bundleImport';
import { applyRemoteChanges } from '../sync/applyChanges';
import { allChanges, closeReplicas, createReplica } from '../sync/replica.testkit';
import { freshRunner, projectWithSession } from '../testing';
import { createSession } from './sessions';
import { addMemo, deleteMemo, editMemo } from './memos';
import { addNote, eraseNote } from './notes';
import { storedHistory } from '../history/history.testkit';

async function themedSession(runner: CommandRunner) {
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
  const note = await addNote(runner, { sessionId: session.id, text: 'Ruth said the 14 never comes after seven' });
  return { project, session, theme, note };
}

describe('memo commands', () => {
  it('write memos on the project, a theme, a note and a session, each knowing its session and author', async () => {
    const { runner, db } = freshRunner();
    const { project, session, theme, note } = await themedSession(runner);
    const onProject = await addMemo(runner, {
      projectId: project.id,
      target: 'project',
      text: '  Overall: transport.  ',
    });
    const onTheme = await addMemo(runner, {
      projectId: project.id,
      target: 'theme',
      targetId: theme.id,
      text: 'Buses',
    });
    const onNote = await addMemo(runner, {
      projectId: project.id,
      target: 'note',
      targetId: note.id,
      title: '  Ask   the transit team ',
      text: 'Check the timetable',
    });
    const onSession = await addMemo(runner, {
      projectId: project.id,
      target: 'session',
      targetId: session.id,
      text: 'A quiet room',
    });
    expect(onProject).toMatchObject({ targetId: null, sessionId: null, text: 'Overall: transport.' });
    expect([onTheme.sessionId, onNote.sessionId, onSession.sessionId]).toEqual([session.id, session.id, session.id]);
    expect(onNote.title).toBe('Ask the transit team');
    expect(onNote.authorDeviceId).toBe(await runner.deviceId());
    expect((await listProjectMemos(db, project.id)).map((m) => m.id).sort()).toEqual(
      [onProject, onTheme, onNote, onSession].map((m) => m.id).sort(),
    );
    expect((await listMemosOn(db, project.id, 'note', note.id)).map((m) => m.text)).toEqual(['Check the timetable']);
    expect((await listMemosOn(db, project.id, 'project', null)).map((m) => m.text)).toEqual(['Overall: transport.']);
    expect((await storedHistory(db).toArray()).filter((c) => c.table === 'memos')).toHaveLength(4);
  });

  it('edit and delete, each undoable, and name the author as this device’s person or “you”', async () => {
    const { runner, db } = freshRunner();
    const { project, theme } = await themedSession(runner);
    const memo = await addMemo(runner, { projectId: project.id, target: 'theme', targetId: theme.id, text: 'First' });
    await editMemo(runner, memo.id, { title: 'Night service', text: 'Second thoughts' });
    expect(await db.memos.get(memo.id)).toMatchObject({ title: 'Night service', text: 'Second thoughts' });
    await deleteMemo(runner, memo.id);
    expect(await listMemosOn(db, project.id, 'theme', theme.id)).toEqual([]);
    await runner.undo();
    expect((await listMemosOn(db, project.id, 'theme', theme.id)).map((m) => m.text)).toEqual(['Second thoughts']);
    await runner.undo();
    expect((await db.memos.get(memo.id))?.text).toBe('First');
    const authorOf = await memoAuthorNamer(db, project.id, 'you');
    expect(authorOf(memo.authorDeviceId)).toBe('you');
    expect(authorOf('0000111122223333')).toBe('device 0000111122223333');
  });

  it('refuse an empty or too long memo, a missing target and another project’s theme, writing nothing', async () => {
    const { runner, db } = freshRunner();
    const { project, theme } = await themedSession(runner);
    const other = await projectWithSession(runner);
    await expect(addMemo(runner, { projectId: project.id, target: 'project', text: ' \n ' })).rejects.toThrow(
      /memo cannot be empty/,
    );
    await expect(
      addMemo(runner, { projectId: project.id, target: 'project', text: 'x'.repeat(MAX_NOTE_LENGTH + 1) }),
    ).rejects.toThrow(/at most 50,000/);
    await expect(addMemo(runner, { projectId: project.id, target: 'note', text: 'On what?' })).rejects.toThrow(
      /Choose the note/,
    );
    await expect(
      addMemo(runner, { projectId: project.id, target: 'note', targetId: newId(), text: 'Gone' }),
    ).rejects.toThrow(/no longer exists/);
    await expect(
      addMemo(runner, { projectId: other.project.id, target: 'theme', targetId: theme.id, text: 'Wrong' }),
    ).rejects.toThrow(/another project/);
    expect(await db.memos.count()).toBe(0);
  });
});

describe('memos sync and travel', () => {
  it('reach another device through sync, and a session bundle carries the memos of its sessions only', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { project, session, theme, note } = await themedSession(here.runner);
    const otherSession = await createSession(here.runner, project.id, { title: 'Youth' });
    await addMemo(here.runner, { projectId: project.id, target: 'theme', targetId: theme.id, text: 'On buses' });
    await addMemo(here.runner, { projectId: project.id, target: 'note', targetId: note.id, text: 'On the 14' });
    await addMemo(here.runner, { projectId: project.id, target: 'session', targetId: otherSession.id, text: 'Youth' });
    await addMemo(here.runner, { projectId: project.id, target: 'project', text: 'Whole project' });
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    expect((await listProjectMemos(there.db, project.id)).map((m) => m.text).sort()).toEqual(
      ['On buses', 'On the 14', 'Whole project', 'Youth'].sort(),
    );

    const pmt = createReplica('pmt');
    const bundle = await exportBundle(
      here.runner,
      { kind: 'sessions', projectId: project.id, sessionIds: [session.id] },
      { deviceName: 'Ana' },
    );
    const preview = await previewBundleImport(pmt.db, bundle.bytes);
    await applyBundleImport(pmt.runner, preview);
    expect((await listProjectMemos(pmt.db, project.id)).map((m) => m.text).sort()).toEqual(['On buses', 'On the 14']);
    await closeReplicas(here, there, pmt);
  });
});

describe('erasing a note with memos', () => {
  it('erases its memos here and on a device that receives the erasure; memos on other things stay', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { project, note, theme } = await themedSession(here.runner);
    const quoting = await addMemo(here.runner, {
      projectId: project.id,
      target: 'note',
      targetId: note.id,
      text: 'Ruth (the retired driver) told us the 14 never comes',
    });
    await addMemo(here.runner, { projectId: project.id, target: 'theme', targetId: theme.id, text: 'Kept' });
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    await eraseNote(here.runner, note.id);
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    for (const replica of [here, there]) {
      const stored = await replica.db.memos.get(quoting.id);
      expect(isErasedRow(stored)).toBe(true);
      const history = (await storedHistory(replica.db).toArray()).filter((c) => c.rowId === quoting.id);
      expect(history.every((c) => Object.keys(c.fields).length === 0)).toBe(true);
      expect(JSON.stringify(await replica.db.memos.toArray())).not.toContain('retired driver');
      expect((await listProjectMemos(replica.db, project.id)).map((m) => m.text)).toEqual(['Kept']);
    }
    await closeReplicas(here, there);
  });

  it('drops a memo on an already erased note that arrives later from a device that had not heard', async () => {
    const here = createReplica('here');
    const late = createReplica('late');
    const { project, note } = await themedSession(here.runner);
    await applyRemoteChanges(late.db, await allChanges(here), { published: 1 });
    await eraseNote(here.runner, note.id);
    await addMemo(late.runner, { projectId: project.id, target: 'note', targetId: note.id, text: 'Ruth again' });
    const lateMemos = (await allChanges(late)).filter((c) => c.table === 'memos');
    const report = await applyRemoteChanges(here.db, lateMemos, { published: 1 });
    expect(report.erasedValues).toBe(1);
    expect(await here.db.memos.count()).toBe(0);
    await closeReplicas(here, late);
  });
});
