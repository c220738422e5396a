import { describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS, parseTimestamp, type ClockState } from '../../../shared/clock/hlc';
import { addNote, deleteNote, editNote } from '../commands/notes';
import { createProject } from '../commands/projects';
import { addParticipant, createSession, withdrawConsent } from '../commands/sessions';
import { newId } from '../../../shared/domain/ids';
import { CLOCK_KEY } from '../commandRunner';
import { applyRemoteChanges } from './applyChanges';
import { fieldClocks } from './history';
import { allChanges, snapshotOf, type Replica, replicasClosedAfterEach } from './replica.testkit';
import { loadOverwrites, PENDING_KEY } from './syncMeta';
import { storedHistory } from '../history/history.testkit';

const replica = replicasClosedAfterEach();

async function seed(r: Replica) {
  const project = await createProject(r.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(r.runner, project.id, { title: 'Youth group' });
  return { project, session };
}

describe('applyRemoteChanges', () => {
  it('brings a second device to the same records, and applying again changes nothing', async () => {
    const a = replica('a');
    const b = replica('b');
    const { session } = await seed(a);
    await addNote(a.runner, { sessionId: session.id, text: 'More lighting in the park' });
    const changes = await allChanges(a);

    const first = await applyRemoteChanges(b.db, changes, { published: 1 });
    expect(first.status).toBe('applied');
    expect(first.stored).toBe(changes.length);
    expect(first.tables.notes.created).toBe(1);
    expect(await snapshotOf(b)).toEqual(await snapshotOf(a));

    const before = await snapshotOf(b);
    const again = await applyRemoteChanges(b.db, [...changes, ...changes], { published: 1 });
    expect(again.stored).toBe(0);
    expect(again.duplicates).toBe(changes.length * 2);
    expect(await snapshotOf(b)).toEqual(before);
    expect(await storedHistory(b.db).count()).toBe(changes.length);
  });

  it('lets the later writer win per field and logs the value it replaced', async () => {
    const a = replica('a');
    const b = replica('b');
    const { session } = await seed(a);
    const note = await addNote(a.runner, { sessionId: session.id, text: 'first' });
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    b.time.now = a.time.now + 1000;

    await editNote(a.runner, note.id, { text: 'from A' });
    await editNote(b.runner, note.id, { text: 'from B', kind: 'asset' });
    await editNote(a.runner, note.id, { flags: { sensitive: true, doNotQuote: false, culturalProtocol: false } });
    await applyRemoteChanges(a.db, await allChanges(b), { published: 1 });
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });

    const onA = await a.db.notes.get(note.id);
    expect(onA).toMatchObject({ text: 'from B', kind: 'asset', flags: { sensitive: true } });
    expect(await snapshotOf(a)).toEqual(await snapshotOf(b));
    const log = await loadOverwrites(a.db);
    expect(log).toContainEqual(expect.objectContaining({ field: 'text', lostValue: 'from A', keptValue: 'from B' }));
    const clocks = await fieldClocks(a.db, 'notes', note.id);
    expect(clocks.get('text')?.endsWith(await b.runner.deviceId())).toBe(true);
  });

  it('keeps a record whose creation has not arrived pending, then completes it', async () => {
    const a = replica('a');
    const b = replica('b');
    const { session } = await seed(a);
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    const beforeNote = new Set((await storedHistory(a.db).toArray()).map((c) => c.hlc));
    const note = await addNote(a.runner, { sessionId: session.id, text: 'draft' });
    await editNote(a.runner, note.id, { text: 'final' });
    // (The first note also starts the session: only the note's own changes are wanted here.)
    const noteChanges = (await allChanges(a)).filter((c) => !beforeNote.has(c.hlc) && c.table === 'notes');
    const [create, edit] = noteChanges;

    const partial = await applyRemoteChanges(b.db, [edit!], { published: 1 });
    expect(partial.tables.notes.pending).toBe(1);
    expect(await b.db.notes.get(note.id)).toBeUndefined();
    expect((await b.db.meta.get(PENDING_KEY))?.value).toHaveLength(1);

    await applyRemoteChanges(b.db, [create!], { published: 1 });
    expect((await b.db.notes.get(note.id))?.text).toBe('final');
    expect((await b.db.meta.get(PENDING_KEY))?.value).toHaveLength(0);
  });

  it('receives the clock, and clamps and reports one ahead by hours (a day ahead would be held)', async () => {
    const a = replica('a');
    const b = replica('b');
    a.time.now = b.time.now + 2 * 3_600_000;
    await seed(a);
    const report = await applyRemoteChanges(b.db, await allChanges(a), { published: 1, now: () => b.time.now });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'clock-ahead', deviceId: await a.runner.deviceId() }),
    );
    const clock = (await b.db.meta.get(CLOCK_KEY))?.value as ClockState;
    expect(clock.millis).toBeLessThanOrEqual(b.time.now + MAX_DRIFT_MS);

    const c = replica('c');
    const { session } = await seed(c);
    await applyRemoteChanges(b.db, await allChanges(c), { published: 1, now: () => b.time.now });
    const maxSeen = (await storedHistory(c.db).toArray())
      .map((x) => x.hlc)
      .sort()
      .at(-1)!;
    await addNote(b.runner, { sessionId: session.id, text: 'after' });
    const mine = (await storedHistory(b.db).where('published').equals(0).toArray()).at(-1)!;
    expect(mine.hlc > maxSeen).toBe(true);
    expect(parseTimestamp(mine.hlc).deviceId).toBe(await b.runner.deviceId());
  });

  it('stops before removing more than half of a project, and applies once allowed', async () => {
    const a = replica('a');
    const b = replica('b');
    const { session, project } = await seed(a);
    const notes: { id: string }[] = [];
    for (let i = 0; i < 12; i++) notes.push(await addNote(a.runner, { sessionId: session.id, text: `note ${i}` }));
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    // The template brings 7 groups and 5 questions; with 12 notes, the session and the project: 26 live records.
    const live = await b.db.notes.count();
    expect(live).toBe(12);
    await a.runner.run({ id: 'commands.deleteGroup' }, async (ctx) => {
      for (const table of ['groups', 'questions'] as const) {
        for (const row of await ctx.db.table(table).where('projectId').equals(project.id).toArray())
          await ctx.remove(table, row.id);
      }
      for (const note of notes) await ctx.remove('notes', note.id);
    });
    const stopped = await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    expect(stopped.status).toBe('needs-confirmation');
    expect(stopped.massDeletions[0]).toMatchObject({ projectId: project.id, projectName: 'Safety plan' });
    expect(stopped.stored).toBe(0);
    expect(await b.db.notes.filter((n) => !n.deleted).count()).toBe(12);

    const allowed = await applyRemoteChanges(b.db, await allChanges(a), {
      published: 1,
      allowMassDeletion: [project.id],
    });
    expect(allowed.status).toBe('applied');
    expect(await b.db.notes.filter((n) => !n.deleted).count()).toBe(0);
  });

  it('does not ask about a few deletions', async () => {
    const a = replica('a');
    const b = replica('b');
    const { session } = await seed(a);
    const note = await addNote(a.runner, { sessionId: session.id, text: 'only one' });
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    await deleteNote(a.runner, note.id);
    const report = await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    expect(report.status).toBe('applied');
    expect(report.tables.notes.deleted).toBe(1);
  });

  it('stores folder changes as published and bundle changes as waiting to relay', async () => {
    const a = replica('a');
    const b = replica('b');
    const c = replica('c');
    await seed(a);
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    await applyRemoteChanges(c.db, await allChanges(a), { published: 0 });
    expect(await storedHistory(b.db).where('published').equals(0).count()).toBe(0);
    expect(await storedHistory(c.db).where('published').equals(0).count()).toBe(await storedHistory(a.db).count());
  });

  it('rejects invalid changes the same way everywhere and stores nothing of them', async () => {
    const a = replica('a');
    const b = replica('b');
    const { session } = await seed(a);
    const note = await addNote(a.runner, { sessionId: session.id, text: 'fine' });
    const changes = await allChanges(a);
    const noteCreate = changes.filter((c) => c.table === 'notes').at(-1)!;
    const bad = { ...noteCreate, hlc: noteCreate.hlc.replace(/-0000-/, '-0FFF-'), fields: { votes: -3 } };
    const report = await applyRemoteChanges(b.db, [...changes, bad], { published: 1 });
    expect(report.rejected).toBe(1);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'invalid-changes', amount: 1 }));
    expect((await b.db.notes.get(note.id))?.votes).toBe(0);
  });
});

describe('stamps of records new here', () => {
  async function twoReplicas() {
    const a = replica('a');
    const b = replica('b');
    const { session } = await seed(a);
    const first = await addNote(a.runner, { sessionId: session.id, text: 'Lighting on the path' });
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    const known = new Set((await storedHistory(b.db).toArray()).map((change) => change.hlc));
    for (const text of ['Buses stop at seven', 'No bench at the stop', 'Too dark after nine'])
      await addNote(a.runner, { sessionId: session.id, text });
    const unseen = (await allChanges(a)).filter((change) => !known.has(change.hlc));
    const stored = (await storedHistory(b.db).toArray()).find((c) => c.table === 'notes' && c.rowId === first.id)!;
    const { published: _published, ...wire } = stored;
    const rowId = newId();
    // A change creating a record B has never seen, under the stamp of a change B holds for another record.
    const forged = { ...wire, rowId, fields: { ...wire.fields, id: rowId, text: 'forged under a reused stamp' } };
    return { a, b, first, unseen, forged, stamp: stored.hlc };
  }

  it('refuses, once, a new record’s change that reuses a stored stamp, and applies the rest of its batch', async () => {
    const { b, first, unseen, forged, stamp } = await twoReplicas();
    const before = await storedHistory(b.db).count();
    const report = await applyRemoteChanges(b.db, [...unseen, forged], { published: 1 });
    expect(report).toMatchObject({ status: 'applied', stored: unseen.length, rejected: 1, duplicates: 0 });
    expect(report.problems.filter((p) => p.kind === 'stamp-conflict')).toEqual([
      expect.objectContaining({ amount: 1 }),
    ]);
    expect(report.tables.notes.created).toBe(3);
    expect(await storedHistory(b.db).count()).toBe(before + unseen.length);
    expect(await b.db.notes.get(forged.rowId)).toBeUndefined();
    expect((await storedHistory(b.db).get(stamp))?.rowId).toBe(first.id);
    expect(JSON.stringify(await storedHistory(b.db).toArray())).not.toContain('forged under a reused stamp');
  });

  it('lets the genuine change of a new record displace a stored forgery of its stamp', async () => {
    const { b, first, unseen, forged, stamp } = await twoReplicas();
    // Here the stored change is the forgery and the arriving one comes from its own device's folder.
    const report = await applyRemoteChanges(b.db, [...unseen, forged], {
      published: 1,
      authentic: new Set([stamp]),
    });
    expect(report).toMatchObject({ stored: unseen.length + 1, rejected: 0 });
    expect((await b.db.notes.get(forged.rowId))?.text).toBe('forged under a reused stamp');
    // The record the displaced change made has no history left: it is gone, not half there.
    expect(await b.db.notes.get(first.id)).toBeUndefined();
    expect((await storedHistory(b.db).get(stamp))?.rowId).toBe(forged.rowId);
  });
});

describe('consent withdrawal across devices', () => {
  it('erases, on arrival, a note another device added for a withdrawn participant; its words are never stored', async () => {
    const a = replica('a');
    const b = replica('b');
    const { session } = await seed(a);
    const participant = await addParticipant(a.runner, session.id);
    await addNote(a.runner, { sessionId: session.id, text: 'said in the room', participantId: participant.id });
    await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });

    // Offline at the same time: A withdraws consent; B types another note for the same speaker.
    expect(await withdrawConsent(a.runner, participant.id)).toBe(1);
    const late = await addNote(b.runner, { sessionId: session.id, text: 'typed later', participantId: participant.id });
    // What B wrote to the folder before it heard of the withdrawal.
    const fromB = await allChanges(b);

    const onB = await applyRemoteChanges(b.db, await allChanges(a), { published: 1 });
    expect(onB).toMatchObject({ erasures: 1, erasedRecords: 2 });
    expect(await b.db.notes.filter((n) => n.participantId === participant.id && !n.deleted).count()).toBe(0);

    const onA = await applyRemoteChanges(a.db, fromB, { published: 1 });
    expect(onA.erasedValues).toBeGreaterThan(0);
    expect((await a.db.notes.get(late.id))?.deleted).toBe(true);
    for (const device of [a, b]) {
      const everything = JSON.stringify([await device.db.notes.toArray(), await storedHistory(device.db).toArray()]);
      expect(everything).not.toContain('said in the room');
      expect(everything).not.toContain('typed later');
    }
    expect(await snapshotOf(a)).toEqual(await snapshotOf(b));
  });
});
