/**
 * The note writer with its worker side running for real (its own command runner on the same database), behind a
 * stand-in for the Worker object that passes structured-cloned messages as a browser does.
 */
import { describe, expect, it, vi } from 'vitest';
import { createNoteWriter, type NoteToWrite } from './noteWriter';
import { createNoteWriterHost, type WriterRequest } from './noteWriterHost';
import { freshRunner, projectWithSession, inEnglish, historyInEnglish } from './testing';
import { deleteSession, addParticipant, withdrawConsent } from './commands/sessions';
import { editNote, eraseNote } from './commands/notes';
import { isErasedRow } from '../../shared/sync/erasure';
import { newId } from '../../shared/domain/ids';
import { storedHistory } from './history/history.testkit';

class WorkerStandIn extends EventTarget {
  received = 0;
  terminated = false;
  answer = true;
  /** While set, the worker's answers wait here (the page has not heard yet) until `release`. */
  held: MessageEvent[] | null = null;
  private readonly host = createNoteWriterHost((reply) =>
    setTimeout(() => {
      const message = new MessageEvent('message', { data: structuredClone(reply) });
      if (this.held) this.held.push(message);
      else this.dispatchEvent(message);
    }),
  );

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    held.forEach((message) => this.dispatchEvent(message));
  }

  postMessage(request: WriterRequest): void {
    this.received++;
    const copy = structuredClone(request);
    if (this.answer) setTimeout(() => this.host(copy));
  }

  terminate(): void {
    this.terminated = true;
  }
}

async function setUp() {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  const worker = new WorkerStandIn();
  const writer = createNoteWriter(runner, () => worker as unknown as Worker);
  const note = (text: string): NoteToWrite => ({ id: newId(), projectId: project.id, sessionId: session.id, text });
  return { db, runner, session, worker, writer, note };
}

describe('note writer', () => {
  it('saves in the worker, in order, and the app runner undoes the note as if it had saved it', async () => {
    const { db, runner, worker, writer, note } = await setUp();
    writer.warm();
    const saved = await Promise.all(['first', 'second', 'third'].map((text) => writer.add(note(text))));
    expect(worker.received).toBe(4);
    const stored = await db.notes.orderBy('[sessionId+createdAt]').toArray();
    expect(stored.map((n) => n.text)).toEqual(['first', 'second', 'third']);
    expect(saved.map((n) => n.id)).toEqual(stored.map((n) => n.id));
    expect(await storedHistory(db).where('[table+rowId]').equals(['notes', saved[0]!.id]).count()).toBe(1);

    expect(historyInEnglish(runner).undo.slice(-3)).toEqual(['Add note', 'Add note', 'Add note']);
    expect(inEnglish(await runner.undo())).toBe('Add note');
    expect((await db.notes.get(saved[2]!.id))!.deleted).toBe(true);

    // The app's runner carries on from the worker's clock: its changes sort after the worker's.
    await editNote(runner, saved[0]!.id, { text: 'first, edited' });
    const hlcs = (await storedHistory(db).toArray()).map((c) => c.hlc);
    expect(new Set(hlcs).size).toBe(hlcs.length);
    const editHlc = (await storedHistory(db).where('[table+rowId]').equals(['notes', saved[0]!.id]).last())!.hlc;
    expect(hlcs.every((hlc) => hlc <= editHlc)).toBe(true);
  });

  it('starts a planned session with its first note, and one undo takes both back', async () => {
    const { db, runner, writer, note, session } = await setUp();
    expect((await db.sessions.get(session.id))!.status).toBe('planned');
    await writer.add(note('the first words of the session'));
    const started = (await db.sessions.get(session.id))!;
    expect(started.status).toBe('running');
    expect(started.startedAt).not.toBeNull();
    await writer.add(note('a second note'));
    expect((await db.sessions.get(session.id))!.startedAt).toBe(started.startedAt);
    await runner.undo();
    await runner.undo();
    expect((await db.sessions.get(session.id))!.status).toBe('planned');
  });

  it('works after the app runner wrote in between (its clock moved under the worker)', async () => {
    const { db, runner, writer, note, session } = await setUp();
    await writer.add(note('before'));
    await addParticipant(runner, session.id, { code: 'P7' });
    const after = await writer.add(note('after a speaker was added here'));
    expect((await db.notes.get(after.id))!.text).toBe('after a speaker was added here');
  });

  it('rejects with the reason when the note cannot be saved, and saves nothing', async () => {
    const { db, runner, writer, note, session } = await setUp();
    await deleteSession(runner, session.id);
    await expect(writer.add(note('for a session that is gone'))).rejects.toMatchObject({
      name: 'DataError',
      code: 'not-found',
      message: 'That session no longer exists.',
    });
    expect(await db.notes.count()).toBe(0);
    await writer.settled();
  });

  it('saves on the main thread what a dead worker did not answer, once each', async () => {
    const { db, worker, writer, note } = await setUp();
    worker.answer = false;
    const pending = [writer.add(note('typed just before the worker died')), writer.add(note('and this one'))];
    worker.dispatchEvent(new Event('error'));
    await Promise.all(pending);
    expect(worker.terminated).toBe(true);
    await writer.add(note('after'));
    expect(worker.received).toBe(2);
    expect((await db.notes.toArray()).map((n) => n.text).sort()).toEqual([
      'after',
      'and this one',
      'typed just before the worker died',
    ]);
  });

  it('counts a note handed over twice (a retry after a crash) as saved once', async () => {
    const { db, writer, note } = await setUp();
    const once = note('typed once, sent twice');
    await writer.add(once);
    const again = await writer.add(once);
    expect(again.id).toBe(once.id);
    expect(await db.notes.count()).toBe(1);
  });

  it('saves on the main thread where there are no workers', async () => {
    const { db, runner, project, session } = await (async () => {
      const made = freshRunner();
      return { ...made, ...(await projectWithSession(made.runner)) };
    })();
    const writer = createNoteWriter(runner, () => null);
    writer.warm();
    await writer.add({ id: newId(), projectId: project.id, sessionId: session.id, text: 'no worker here' });
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['no worker here']);
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Add note');
  });
});

async function dump(db: { tables: { toArray(): Promise<unknown[]> }[] }): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
}

describe('note writer and erasure', () => {
  it('a note saved in the worker can be erased; undo and redo after it bring no word back', async () => {
    const { db, runner, writer, note } = await setUp();
    const kept = await writer.add(note('the hall was cold'));
    const secret = await writer.add(note('Marguerite at the blue house told us'));
    await editNote(runner, secret.id, { text: 'Marguerite at the blue house told us twice' });
    await eraseNote(runner, secret.id);
    expect(await dump(db)).not.toContain('Marguerite');
    expect(historyInEnglish(runner).undo).toEqual(expect.not.arrayContaining(['Edit note']));
    for (let i = 0; i < 6; i++) await runner.undo();
    for (let i = 0; i < 6; i++) await runner.redo();
    expect(await dump(db)).not.toContain('Marguerite');
    expect(isErasedRow(await db.notes.get(secret.id))).toBe(true);
    expect((await db.notes.get(kept.id))!.text).toBe('the hall was cold');
    // Handing the erased note over again (a retry) does not write its words back.
    await expect(writer.add({ ...note('Marguerite at the blue house told us'), id: secret.id })).rejects.toMatchObject({
      code: 'invalid',
      message: 'This note was erased; it cannot be saved again.',
    });
    expect(await dump(db)).not.toContain('Marguerite');
  });

  it('a note committed in the worker and erased before the page heard of it stays off the undo stack', async () => {
    const { db, runner, worker, writer, note } = await setUp();
    await writer.add(note('a first note, so the worker is running'));
    const before = runner.history().undo.length;
    worker.held = [];
    const secret = note('Jonah from the co-op said it');
    const saving = writer.add(secret);
    await vi.waitFor(async () => expect(await db.notes.get(secret.id)).toBeDefined());
    await eraseNote(runner, secret.id);
    worker.release();
    await saving;
    expect(historyInEnglish(runner).undo).toHaveLength(before);
    while (await runner.undo());
    expect(await dump(db)).not.toContain('Jonah');
    expect(isErasedRow(await db.notes.get(secret.id))).toBe(true);
  });

  it('notes saved in the worker for a speaker who then withdraws are erased with the withdrawal', async () => {
    const { db, runner, session, writer, note } = await setUp();
    const speaker = await addParticipant(runner, session.id, { code: 'P2' });
    await writer.add({ ...note('P2: my neighbour Idris drinks'), participantId: speaker.id });
    await writer.add({ ...note('P2: and he drives'), participantId: speaker.id });
    expect(await withdrawConsent(runner, speaker.id)).toBe(2);
    await expect(writer.add({ ...note('P2 again'), participantId: speaker.id })).rejects.toMatchObject({
      code: 'invalid',
      message: 'P2 withdrew consent; notes can no longer be attributed to them.',
    });
    while (await runner.undo());
    expect(await dump(db)).not.toContain('Idris');
  });
});
