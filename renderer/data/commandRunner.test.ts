import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../shared/clock/hlc';
import { freshRunner, projectWithSession, inEnglish, historyInEnglish } from './testing';
import { createCommandRunner } from './commandRunner';
import { createProject } from './commands/projects';
import { addNote, deleteNote, editNote, toggleNoteFlag } from './commands/notes';
import { addQuestion, moveQuestion } from './commands/guide';
import { addParticipant, setSessionStatus, withdrawConsent } from './commands/sessions';
import { listQuestions } from './queries';
import type { DataError } from './errors';
import { storedHistory } from './history/history.testkit';

describe('command layer', () => {
  it('creates a project from the template with one change record per record, in clock order', async () => {
    const { db, runner } = freshRunner();
    const project = await createProject(runner, { name: 'CSWB Plan', templateId: 'community-safety-plan' });
    expect(await db.groups.where('projectId').equals(project.id).count()).toBe(7);
    expect(await db.questions.where('projectId').equals(project.id).count()).toBe(5);
    expect(project.kinds.map((k) => k.name)).toEqual([
      'Issue or priority',
      'Local asset',
      'Risk factor',
      'Idea for action',
      'Measure of progress',
    ]);
    const changes = await storedHistory(db).toArray();
    expect(changes).toHaveLength(13);
    const device = await runner.deviceId();
    expect(changes.every((c) => c.deviceId === device && c.published === 0 && c.projectId === project.id)).toBe(true);
    const sorted = [...changes].sort((a, b) => a.hlc.localeCompare(b.hlc));
    expect(sorted[0]!.table).toBe('projects');
    expect(new Set(changes.map((c) => c.hlc)).size).toBe(13);
    expect(parseTimestamp(sorted[0]!.hlc).deviceId).toBe(device);
  });

  it('lets a command read through ctx.db but write only through the context, so every write is stamped', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const seen = await runner.run({ id: 'commands.editNote' }, async (ctx) => {
      const before = await ctx.db.notes.where('sessionId').equals(session.id).count();
      await ctx.insert('notes', { id: 'n-read', projectId: session.projectId, sessionId: session.id, text: 'seen' });
      const after = await ctx.db.notes.where('sessionId').equals(session.id).toArray();
      return { before, after: after.map((note) => note.text) };
    });
    expect(seen).toEqual({ before: 0, after: ['seen'] });
    expect(await storedHistory(db).where('[table+rowId]').equals(['notes', 'n-read']).count()).toBe(1);
    // The compiler refuses writes around the context: each line below must stay a type error.
    const writesAround = (ctx: Parameters<Parameters<typeof runner.run>[1]>[0]) => [
      // @ts-expect-error -- no put on the read view: the write would skip its change record
      ctx.db.notes.put,
      // @ts-expect-error -- nor modify on a query's results
      ctx.db.notes.where('sessionId').equals(session.id).modify,
      // @ts-expect-error -- nor the change history
      ctx.db.changeBatches.add,
    ];
    expect(writesAround).toBeTypeOf('function');
  });

  it('records only the changed fields of an edit, and nothing for an edit that changes nothing', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const note = await addNote(runner, { sessionId: session.id, text: 'Buses stop running at 9' });
    const before = await storedHistory(db).count();
    await editNote(runner, note.id, { text: 'Buses stop running at 9 pm' });
    const edit = (await storedHistory(db).where('[table+rowId]').equals(['notes', note.id]).toArray()).at(-1)!;
    expect(Object.keys(edit.fields).sort()).toEqual(['text', 'updatedAt']);
    expect(edit.fields.text).toBe('Buses stop running at 9 pm');
    await editNote(runner, note.id, { text: 'Buses stop running at 9 pm' });
    expect(await storedHistory(db).count()).toBe(before + 1);
  });

  it('rolls back everything when a command fails midway: records, change records and clock', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const notesBefore = await db.notes.count();
    const changesBefore = await storedHistory(db).count();
    const clockBefore = await db.meta.get('clock');
    await expect(
      runner.run({ id: 'commands.addNote', subject: 'note' }, async (ctx) => {
        await ctx.insert('notes', { id: 'n-1', projectId: session.projectId, sessionId: session.id, text: 'kept?' });
        throw new Error('disk pulled out');
      }),
    ).rejects.toThrow(/could not be saved, so nothing was changed.*Technical detail: disk pulled out/);
    expect(await db.notes.count()).toBe(notesBefore);
    expect(await storedHistory(db).count()).toBe(changesBefore);
    expect(await db.meta.get('clock')).toEqual(clockBefore);
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Create session');
  });

  it('reports a full disk in words and keeps what was saved', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    await addNote(runner, { sessionId: session.id, text: 'saved before the disk filled' });
    await expect(
      runner.run({ id: 'commands.addNote', subject: 'note' }, async (ctx) => {
        await ctx.insert('notes', { id: 'n-2', projectId: session.projectId, sessionId: session.id, text: 'lost?' });
        throw new DOMException('quota', 'QuotaExceededError');
      }),
    ).rejects.toSatisfy(
      (error: DataError) =>
        error.code === 'quota' && /disk is full.*Nothing already saved was lost/.test(error.message),
    );
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['saved before the disk filled']);
  });

  it('refuses invalid input with a clear message and writes nothing', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const changes = await storedHistory(db).count();
    await expect(addNote(runner, { sessionId: session.id, text: '  \n ' })).rejects.toThrow('A note cannot be empty.');
    await expect(addNote(runner, { sessionId: session.id, text: 'x'.repeat(50_001) })).rejects.toThrow(
      /50,001 characters long; a note can hold at most 50,000/,
    );
    await expect(addNote(runner, { sessionId: 'nope', text: 'hello' })).rejects.toThrow(
      'That session no longer exists.',
    );
    await expect(
      runner.run({ id: 'commands.addQuestion', subject: 'question' }, (ctx) =>
        ctx.insert('questions', { id: 'q', projectId: session.projectId, text: '', order: 1 }),
      ),
    ).rejects.toSatisfy(
      (error: DataError) => error.code === 'invalid' && /The question is not valid: text is empty/.test(error.message),
    );
    expect(await storedHistory(db).count()).toBe(changes);
  });

  it('keeps a 20,000-character note whole, and accents, emoji and right-to-left text unchanged', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const texts = ['a'.repeat(20_000), 'Café – naïve 👍🏽🚶‍♀️', 'الأمان في الحي', 'first line\nsecond line'];
    for (const text of texts) await addNote(runner, { sessionId: session.id, text });
    const stored = (await db.notes.toArray()).map((n) => n.text);
    expect(stored.sort()).toEqual([...texts].sort());
  });

  it('undoes and redoes adds, edits, flags and deletes, recording each as a change', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const note = await addNote(runner, { sessionId: session.id, text: 'original' });
    await editNote(runner, note.id, { text: 'edited' });
    await toggleNoteFlag(runner, note.id, 'sensitive');
    await deleteNote(runner, note.id);
    expect((await db.notes.get(note.id))!.deleted).toBe(true);

    expect(inEnglish(await runner.undo())).toBe('Delete note');
    expect((await db.notes.get(note.id))!.deleted).toBe(false);
    expect(inEnglish(await runner.undo())).toBe('Flag note');
    expect((await db.notes.get(note.id))!.flags.sensitive).toBe(false);
    expect(inEnglish(await runner.undo())).toBe('Edit note');
    expect((await db.notes.get(note.id))!.text).toBe('original');
    expect(inEnglish(await runner.undo())).toBe('Add note');
    expect((await db.notes.get(note.id))!.deleted).toBe(true);

    expect(inEnglish(await runner.redo())).toBe('Add note');
    expect(inEnglish(await runner.redo())).toBe('Edit note');
    const redone = (await db.notes.get(note.id))!;
    expect(redone).toMatchObject({ deleted: false, text: 'edited' });
    expect(historyInEnglish(runner)).toEqual({
      undo: expect.arrayContaining(['Edit note']),
      redo: ['Delete note', 'Flag note'],
    });

    // Undo and redo are themselves recorded, so they sync like any other change.
    const noteChanges = await storedHistory(db).where('[table+rowId]').equals(['notes', note.id]).count();
    expect(noteChanges).toBe(10);
    // A new command clears the redo stack.
    await editNote(runner, note.id, { text: 'third' });
    expect(historyInEnglish(runner).redo).toEqual([]);
    expect(await runner.redo()).toBeNull();
  });

  it('keeps labels as message references, plain data that survives a trip to another window', async () => {
    const { runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const note = await addNote(runner, { sessionId: session.id, text: 'Buses stop at 7' });
    await editNote(runner, note.id, { text: 'Buses stop at 7 pm' });
    expect(runner.history().undo.at(-1)).toEqual({ id: 'commands.editNote', subject: 'note' });
    expect(runner.history().undo[0]).toEqual({
      id: 'commands.createProject',
      values: { name: 'Test project' },
      subject: 'project',
    });
    // What the capture worker posts to the app's runner is structured-cloned on the way.
    expect(structuredClone(runner.history())).toEqual(runner.history());
  });

  it('names what a failed command was writing from its label, never from the words a person typed', async () => {
    const { runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const badQuestion = (ctx: Parameters<Parameters<typeof runner.run>[1]>[0]) =>
      ctx.insert('questions', { id: 'q', projectId: session.projectId, text: '', order: 1 });
    await expect(runner.run({ id: 'commands.addQuestion', subject: 'question' }, badQuestion)).rejects.toThrow(
      /^The question is not valid/,
    );
    // A name holding "note" once made the English guess call this a note.
    await expect(
      runner.run({ id: 'commands.startCoding', values: { name: 'Note-taker' } }, badQuestion),
    ).rejects.toThrow(/^The change is not valid/);
  });

  it('undo restores only the fields the command changed, keeping a later edit of another field', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const note = await addNote(runner, { sessionId: session.id, text: 'keep me' });
    await editNote(runner, note.id, { kind: 'risk' });
    // Another field changes without going on the undo stack (as a synced change would).
    await runner.run({ id: 'commands.editNote' }, (ctx) => ctx.update('notes', note.id, { text: 'edited elsewhere' }), {
      undoable: false,
    });
    await runner.undo();
    expect(await db.notes.get(note.id)).toMatchObject({ kind: null, text: 'edited elsewhere' });
  });

  it('reorders questions by writing only the moved one', async () => {
    const { db, runner } = freshRunner();
    const { project } = await projectWithSession(runner);
    const extra = await addQuestion(runner, project.id, { text: 'Anything else?', timeboxMinutes: 5 });
    let questions = await listQuestions(db, project.id);
    expect(questions.at(-1)!.id).toBe(extra.id);
    const changes = await storedHistory(db).count();
    await moveQuestion(runner, extra.id, -1);
    await moveQuestion(runner, extra.id, -1);
    questions = await listQuestions(db, project.id);
    expect(questions.map((q) => q.id).indexOf(extra.id)).toBe(3);
    expect(await storedHistory(db).count()).toBe(changes + 2);
    await moveQuestion(runner, questions[0]!.id, -1);
    expect(await storedHistory(db).count()).toBe(changes + 2);
  });

  it('stamps session start and end times, and gives participants the next free code', async () => {
    const { runner } = freshRunner(() => Date.parse('2026-11-26T10:00:00Z'));
    const { session } = await projectWithSession(runner);
    const running = await setSessionStatus(runner, session.id, 'running');
    expect(running).toMatchObject({ status: 'running', startedAt: '2026-11-26T10:00:00.000Z', endedAt: null });
    expect((await setSessionStatus(runner, session.id, 'closed')).endedAt).toBe('2026-11-26T10:00:00.000Z');
    const p1 = await addParticipant(runner, session.id);
    const p5 = await addParticipant(runner, session.id, { code: 'P5' });
    const next = await addParticipant(runner, session.id);
    expect([p1.code, p5.code, next.code]).toEqual(['P1', 'P5', 'P6']);
    await expect(addParticipant(runner, session.id, { code: 'p5' })).rejects.toThrow('Speaker code p5 is already used');
  });

  it('withdrawing consent erases that participant’s notes and nobody else’s, history included', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const p1 = await addParticipant(runner, session.id, { attributes: { ageBand: '65+' } });
    const p2 = await addParticipant(runner, session.id);
    const said = await addNote(runner, { sessionId: session.id, text: 'p1 says', participantId: p1.id });
    await addNote(runner, { sessionId: session.id, text: 'p1 again', participantId: p1.id });
    await editNote(runner, said.id, { text: 'p1 says more' });
    await addNote(runner, { sessionId: session.id, text: 'p2 says', participantId: p2.id });
    expect(await withdrawConsent(runner, p1.id)).toBe(2);
    const live = (await db.notes.toArray()).filter((n) => !n.deleted).map((n) => n.text);
    expect(live).toEqual(['p2 says']);
    expect(await db.participants.get(p1.id)).toMatchObject({ consent: 'withdrawn', attributes: {}, code: 'P1' });
    const everything = JSON.stringify([
      await db.notes.toArray(),
      await storedHistory(db).toArray(),
      await db.meta.toArray(),
    ]);
    for (const words of ['p1 says', 'p1 again', '65+']) expect(everything).not.toContain(words);
    // The erasure is its own record: ids and a reason, no text; it is not on the undo stack.
    const [erasure] = await db.erasures.toArray();
    expect(erasure).toMatchObject({ reason: 'consent-withdrawn', participantId: p1.id });
    expect(erasure!.records).toHaveLength(2);
    expect(historyInEnglish(runner).undo).not.toContain('Withdraw consent');
    await expect(withdrawConsent(runner, p1.id)).rejects.toThrow('P1 has already withdrawn consent.');
    await expect(addNote(runner, { sessionId: session.id, text: 'later', participantId: p1.id })).rejects.toThrow(
      'P1 withdrew consent; notes can no longer be attributed to them.',
    );
  });
});

describe('clock shared with other writers', () => {
  it('re-runs a command from the stored clock when another window or a sync moved it', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const other = createCommandRunner(db);
    await addNote(other, { sessionId: session.id, text: 'from the other window' });
    await addNote(runner, { sessionId: session.id, text: 'from this window' });
    const hlcs = (await storedHistory(db).toArray()).map((c) => c.hlc);
    expect(new Set(hlcs).size).toBe(hlcs.length);
    expect(await db.notes.count()).toBe(2);
  });

  it('checks the session in the same round trip when capture passes the project, and refuses a mismatch', async () => {
    const { db, runner } = freshRunner();
    const { session, project } = await projectWithSession(runner);
    await addNote(runner, { sessionId: session.id, projectId: project.id, text: 'fast path' });
    await expect(addNote(runner, { sessionId: session.id, projectId: 'elsewhere', text: 'x' })).rejects.toThrow(
      'That session belongs to another project.',
    );
    await expect(addNote(runner, { sessionId: 'gone', projectId: project.id, text: 'x' })).rejects.toThrow(
      'That session no longer exists.',
    );
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['fast path']);
  });
});
