import { describe, expect, it } from 'vitest';
import { addNote, editNote } from '../commands/notes';
import { createProject } from '../commands/projects';
import { addParticipant, createSession, withdrawConsent } from '../commands/sessions';
import { CLOCK_KEY } from '../commandRunner';
import { applyRemoteChanges } from './applyChanges';
import { HELD_KEY, listHeld, loadHeld } from './held';
import { acceptHeld, rejectHeld } from './heldReview';
import { allChanges, replicasClosedAfterEach } from './replica.testkit';
import { loadSyncState, updateSyncState } from './syncMeta';
import { storedHistory } from '../history/history.testkit';

const replica = replicasClosedAfterEach();

const FAR = Date.parse('2031-06-01T10:00:00Z');

/** B has A's project and note; then A's date jumps years ahead and A edits the note twice. */
async function futureEdits() {
  const a = replica('a');
  const b = replica('b');
  const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(a.runner, project.id, { title: 'Youth group' });
  const participant = await addParticipant(a.runner, session.id);
  const note = await addNote(a.runner, { sessionId: session.id, text: 'as typed', participantId: participant.id });
  await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
  const seen = new Set((await storedHistory(b.db).toArray()).map((c) => c.hlc));
  a.time.now = FAR;
  await editNote(a.runner, note.id, { text: 'from a wrong date' });
  await editNote(a.runner, note.id, { kind: 'asset' });
  const future = (await allChanges(a)).filter((c) => !seen.has(c.hlc));
  return { a, b, project, session, participant, note, future, deviceA: await a.runner.deviceId() };
}

describe('changes dated more than a day ahead', () => {
  it('are held, not applied nor stored, and listed by device with their date and count', async () => {
    const { b, project, note, future, deviceA } = await futureEdits();
    const clockBefore = (await b.db.meta.get(CLOCK_KEY))?.value;

    const report = await applyRemoteChanges(b.db, future, { published: 1 });

    expect(report).toMatchObject({ status: 'applied', held: 2, stored: 0, duplicates: 0 });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'held-future', deviceId: deviceA, amount: 2 }),
    );
    expect((await b.db.notes.get(note.id))?.text).toBe('as typed');
    expect(await storedHistory(b.db).bulkGet(future.map((c) => c.hlc))).toEqual([undefined, undefined]);
    expect((await b.db.meta.get(CLOCK_KEY))?.value).toEqual(clockBefore);
    const groups = await listHeld(b.db, project.id);
    expect(groups).toEqual([
      expect.objectContaining({ deviceId: deviceA, count: 2, latest: expect.stringMatching(/^2031-06-01T10:00/) }),
    ]);
    expect(await listHeld(b.db, 'another-project')).toEqual([]);

    // Read again (the folder is scanned in full after an erasure): still two waiting, not four.
    await applyRemoteChanges(b.db, future, { published: 1 });
    expect((await loadHeld(b.db)).changes).toHaveLength(2);
  });

  it('are applied in one go when accepted, keeping how they arrived, and the problem is answered', async () => {
    const { b, project, note, future, deviceA } = await futureEdits();
    await applyRemoteChanges(b.db, future, { published: 0 });
    await updateSyncState(b.db, project.id, (s) => ({
      ...s,
      problems: [{ kind: 'held-future', deviceId: deviceA, amount: 2 }],
    }));

    const outcome = await acceptHeld(b.runner, project.id, deviceA);

    expect(outcome).toEqual({ status: 'applied', stored: 2, leftOut: 0 });
    expect(await b.db.notes.get(note.id)).toMatchObject({ text: 'from a wrong date', kind: 'asset' });
    const stored = await storedHistory(b.db).bulkGet(future.map((c) => c.hlc));
    expect(stored.map((c) => c?.published)).toEqual([0, 0]);
    expect(await listHeld(b.db, project.id)).toEqual([]);
    expect((await loadSyncState(b.db, project.id)).problems).toEqual([]);
    // Arriving again, they are duplicates now, not held again.
    const again = await applyRemoteChanges(b.db, future, { published: 1 });
    expect(again).toMatchObject({ held: 0, stored: 0, duplicates: 2 });
    expect(await acceptHeld(b.runner, project.id, deviceA)).toMatchObject({ status: 'nothing-held' });
  });

  it('are dropped for good when rejected: the same stamps arriving again stay out', async () => {
    const { b, project, note, future, deviceA } = await futureEdits();
    await applyRemoteChanges(b.db, future, { published: 1 });

    expect(await rejectHeld(b.db, project.id, deviceA)).toBe(2);
    expect(await listHeld(b.db, project.id)).toEqual([]);

    const again = await applyRemoteChanges(b.db, future, { published: 0 });
    expect(again).toMatchObject({ held: 0, stored: 0, duplicates: 2 });
    expect(again.problems.filter((p) => p.kind === 'held-future')).toEqual([]);
    expect(await listHeld(b.db, project.id)).toEqual([]);
    expect((await b.db.notes.get(note.id))?.text).toBe('as typed');
  });

  it('never hold an erasure, and an erasure removes the held changes of what it erased', async () => {
    const { a, b, project, participant, future, deviceA } = await futureEdits();
    await applyRemoteChanges(b.db, future, { published: 1 });
    expect(JSON.stringify((await b.db.meta.get(HELD_KEY))?.value)).toContain('from a wrong date');

    // A, still dated years ahead, withdraws the participant's consent: the erasure is applied at once.
    const before = new Set((await storedHistory(b.db).toArray()).map((c) => c.hlc));
    expect(await withdrawConsent(a.runner, participant.id)).toBe(1);
    const erasing = (await allChanges(a)).filter((c) => !before.has(c.hlc) && !future.some((f) => f.hlc === c.hlc));
    const report = await applyRemoteChanges(b.db, erasing, { published: 1 });

    expect(report.erasures).toBe(1);
    expect(JSON.stringify(await b.db.meta.toArray())).not.toContain('from a wrong date');
    // What is left waiting (the participant's own withdrawal edits) holds no erased words; accepting keeps them erased.
    await acceptHeld(b.runner, project.id, deviceA);
    const everything = JSON.stringify([await b.db.notes.toArray(), await storedHistory(b.db).toArray()]);
    expect(everything).not.toContain('from a wrong date');
    expect(everything).not.toContain('as typed');
  });
});
