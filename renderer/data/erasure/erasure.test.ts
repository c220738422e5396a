/**
 * Erasure in the data layer, the cases the end-to-end tests do not reach: a withdrawal made by an older version
 * of the app (a participant only marked "withdrawn", the words still in the history) becomes an erasure when the
 * app opens and when sync brings one; another window's undo stack, which never heard of the erasure, still
 * cannot write the words back; and an erasure that arrives before the note it names wins when the note comes.
 */
import { describe, expect, it } from 'vitest';
import { wireChange } from '../../../shared/sync/segment';
import { createCommandRunner } from '../commandRunner';
import { addNote, editNote, eraseNote } from '../commands/notes';
import { addParticipant } from '../commands/sessions';
import { FieldnotesDb } from '../db';
import { openData } from '../open';
import { applyRemoteChanges } from '../sync/applyChanges';
import { allChanges, closeReplicas, createReplica } from '../sync/replica.testkit';
import { eraseLegacyWithdrawals } from './legacy';
import { projectWithSession, historyInEnglish } from '../testing';
import { storedHistory } from '../history/history.testkit';

async function dump(db: FieldnotesDb): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
}

describe('withdrawals from an older version', () => {
  it('become erasures when the app opens, and when sync brings one', async () => {
    const name = `legacy-${Math.random()}`;
    const first = await openData({ name });
    const { session } = await projectWithSession(first.runner);
    const p1 = await addParticipant(first.runner, session.id);
    await addNote(first.runner, { sessionId: session.id, text: 'old words of P1', participantId: p1.id });
    // What the older version wrote: the participant marked withdrawn, the note overwritten; history intact.
    await first.runner.run({ id: 'commands.withdrawConsent' }, async (ctx) => {
      const [note] = await ctx.db.notes.toArray();
      await ctx.update('notes', note!.id, { text: '[removed: consent withdrawn]', deleted: true });
      await ctx.update('participants', p1.id, { consent: 'withdrawn' });
    });
    const legacy = (await storedHistory(first.db).toArray()).map(wireChange);
    expect(await dump(first.db)).toContain('old words of P1');
    first.db.close();

    const reopened = await openData({ name });
    expect(await dump(reopened.db)).not.toContain('old words of P1');
    expect((await reopened.db.erasures.toArray()).map((e) => e.participantId)).toEqual([p1.id]);
    reopened.db.close();

    // A device that gets the older version's withdrawal through sync hears of it, and erases too.
    const remote = createReplica('remote');
    const report = await applyRemoteChanges(remote.db, legacy, { published: 1 });
    expect(report.withdrawnWithoutErasure).toEqual([p1.id]);
    expect(await dump(remote.db)).toContain('old words of P1');
    expect(await eraseLegacyWithdrawals(remote.runner, report.withdrawnWithoutErasure)).toBe(1);
    expect(await dump(remote.db)).not.toContain('old words of P1');
    await closeReplicas(remote);
  });
});

describe('another window', () => {
  it('cannot write erased words back from an undo stack that never heard of the erasure', async () => {
    const name = `windows-${Math.random()}`;
    const one = new FieldnotesDb(name);
    const two = new FieldnotesDb(name);
    const first = createCommandRunner(one);
    const second = createCommandRunner(two);
    const { session } = await projectWithSession(first);
    const note = await addNote(first, { sessionId: session.id, text: 'first words' });
    await editNote(first, note.id, { text: 'second words' });
    await eraseNote(second, note.id);
    expect(historyInEnglish(first).undo).toContain('Edit note');
    await first.undo();
    await first.undo();
    expect(await dump(one)).not.toMatch(/first words|second words/);
    expect(await one.notes.get(note.id)).toMatchObject({ deleted: true, text: '' });
    one.close();
    two.close();
  });
});

describe('arrival order', () => {
  it('keeps a note erased when its erasure arrives before the note itself', async () => {
    const a = createReplica('a');
    const b = createReplica('b');
    const { session } = await projectWithSession(a.runner);
    const base = (await allChanges(a)).map(wireChange);
    await applyRemoteChanges(b.db, base, { published: 1 });
    const note = await addNote(a.runner, { sessionId: session.id, text: 'must never land' });
    const noteChanges = (await allChanges(a)).filter((c) => c.rowId === note.id);
    await eraseNote(a.runner, note.id);
    const erasure = (await allChanges(a)).filter((c) => c.table === 'erasures');
    expect((await applyRemoteChanges(b.db, erasure, { published: 1 })).erasures).toBe(1);
    const late = await applyRemoteChanges(b.db, noteChanges, { published: 1 });
    expect(late).toMatchObject({ stored: 0, erasedValues: 1 });
    expect(await dump(b.db)).not.toContain('must never land');
    expect(await b.db.notes.get(note.id)).toMatchObject({ deleted: true, erased: true });
    await closeReplicas(a, b);
  });
});
