/** Commands capture and the session screen added: several participants at once, and bringing a deleted note back. */
import { describe, expect, it } from 'vitest';
import { freshRunner, projectWithSession, inEnglish, historyInEnglish } from '../testing';
import { listParticipants } from '../queries';
import { addParticipant, addParticipants, MAX_PARTICIPANTS_AT_ONCE, withdrawConsent } from './sessions';
import { addNote, deleteNote, restoreNote } from './notes';
import { storedHistory } from '../history/history.testkit';

describe('addParticipants', () => {
  it('adds N participants with the next free codes, with their attributes, as one undoable command', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    await addParticipant(runner, session.id);
    await addParticipant(runner, session.id, { code: 'P5' });
    const added = await addParticipants(runner, session.id, 3, { ageBand: '65+' });
    expect(added.map((p) => p.code)).toEqual(['P6', 'P7', 'P8']);
    expect(added.every((p) => p.attributes.ageBand === '65+' && p.consent === 'given')).toBe(true);
    expect((await listParticipants(db, session.id)).map((p) => p.code)).toEqual(['P1', 'P5', 'P6', 'P7', 'P8']);

    expect(inEnglish(await runner.undo())).toBe('Add participants');
    expect((await listParticipants(db, session.id)).map((p) => p.code)).toEqual(['P1', 'P5']);
    // Codes are never reused, even of participants taken back by undo.
    expect((await addParticipants(runner, session.id, 1)).map((p) => p.code)).toEqual(['P9']);
  });

  it('refuses a count that is not a whole number from 1 to the limit, and writes nothing', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const before = await storedHistory(db).count();
    for (const count of [0, -2, 1.5, MAX_PARTICIPANTS_AT_ONCE + 1, Number.NaN]) {
      await expect(addParticipants(runner, session.id, count)).rejects.toThrow(
        `Add between 1 and ${MAX_PARTICIPANTS_AT_ONCE} participants at a time.`,
      );
    }
    expect(await storedHistory(db).count()).toBe(before);
  });
});

describe('restoreNote', () => {
  it('brings a deleted note back as a command of its own, which undo takes back', async () => {
    const { db, runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const note = await addNote(runner, { sessionId: session.id, text: 'the ramp at the library is too steep' });
    await deleteNote(runner, note.id);
    const restored = await restoreNote(runner, note.id);
    expect(restored).toMatchObject({ id: note.id, deleted: false, text: 'the ramp at the library is too steep' });
    expect(historyInEnglish(runner).undo.slice(-2)).toEqual(['Delete note', 'Restore note']);
    await runner.undo();
    expect((await db.notes.get(note.id))!.deleted).toBe(true);
  });

  it('says so when the note is gone', async () => {
    const { runner } = freshRunner();
    await expect(restoreNote(runner, 'no-such-note')).rejects.toThrow('That note no longer exists.');
  });
});

describe('addNote and consent', () => {
  it('refuses a note attributed to a speaker who withdrew (a copy kept on a device must not bring words back)', async () => {
    const { db, runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    const speaker = await addParticipant(runner, session.id, { code: 'P4' });
    await withdrawConsent(runner, speaker.id);
    await expect(
      addNote(runner, {
        projectId: project.id,
        sessionId: session.id,
        participantId: speaker.id,
        text: 'kept offline',
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: 'P4 withdrew consent; notes can no longer be attributed to them.',
    });
    expect(await db.notes.count()).toBe(0);
  });
});
