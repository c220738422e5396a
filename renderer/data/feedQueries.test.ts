import { describe, expect, it } from 'vitest';
import { addNote, deleteNote } from './commands/notes';
import { feedFirstWindow, feedWindowStart, sessionNotesSince } from './queries';
import { freshRunner, projectWithSession } from './testing';

/** A clock that moves a second per call, so every note has its own creation time. */
const ticking = () => {
  let now = Date.UTC(2026, 0, 1);
  return () => (now += 1000);
};

describe("the capture feed's first window", () => {
  it('is the newest notes, newest first, with the same start as feedWindowStart and without deleted notes', async () => {
    const { db, runner } = freshRunner(ticking());
    const { session } = await projectWithSession(runner);
    const notes = [];
    for (let i = 0; i < 12; i++) notes.push(await addNote(runner, { sessionId: session.id, text: `note ${i}` }));
    await deleteNote(runner, notes[10]!.id);

    const window = await feedFirstWindow(db, session.id, 5);
    expect(window.notes.map((n) => n.text)).toEqual(['note 11', 'note 9', 'note 8', 'note 7']);
    expect(window.since).toBe(await feedWindowStart(db, session.id, 5));
    expect(window.since).toBe(notes[7]!.createdAt);
    // The live query the feed then runs over that window returns the same notes.
    expect((await sessionNotesSince(db, session.id, window.since)).map((n) => n.id)).toEqual(
      window.notes.map((n) => n.id),
    );
  });

  it('starts at the beginning when the session holds fewer notes than the window, and is empty for a new session', async () => {
    const { db, runner } = freshRunner(ticking());
    const { session } = await projectWithSession(runner);
    expect(await feedFirstWindow(db, session.id, 5)).toEqual({ notes: [], since: '' });
    await addNote(runner, { sessionId: session.id, text: 'only note' });
    const window = await feedFirstWindow(db, session.id, 5);
    expect(window).toEqual({ notes: [expect.objectContaining({ text: 'only note' })], since: '' });
    expect(await feedWindowStart(db, session.id, 5)).toBe('');
  });
});
