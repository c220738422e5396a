import { describe, expect, it, vi } from 'vitest';
import { mergeInMemory } from '../../../shared/sync/memoryMerge';
import type { ChangeRecord } from '../../../shared/changes/change';
import { addNote, editNote } from '../commands/notes';
import { createProject } from '../commands/projects';
import { createSession } from '../commands/sessions';
import { FieldnotesDb } from '../db';
import { applyRemoteChanges } from './applyChanges';
import { allChanges, snapshotOf, type Replica, replicasClosedAfterEach } from './replica.testkit';
import { PENDING_KEY } from './syncMeta';

const replica = replicasClosedAfterEach();

/** Device A's project with five notes, and device B's edits of them made after it received A's work. */
async function twoDevices() {
  const a = replica('a');
  const b = replica('b');
  const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(a.runner, project.id, { title: 'Seniors' });
  const notes = [];
  for (let i = 1; i <= 5; i++) notes.push(await addNote(a.runner, { sessionId: session.id, text: `Note ${i}` }));
  const fromA = await allChanges(a);
  await applyRemoteChanges(b.db, fromA, { published: 1 });
  b.time.now = a.time.now + 60_000;
  for (const note of notes) await editNote(b.runner, note.id, { text: `${note.text}, as B heard it` });
  const fromB = (await allChanges(b)).filter((change) => change.deviceId !== fromA[0]!.deviceId);
  return { fromA, fromB, notes };
}

/** The records a store must hold after these changes, as the in-memory merge folds them. */
function expectedNotes(changes: readonly ChangeRecord[]) {
  const rows = [...(mergeInMemory(changes).tables.get('notes')?.values() ?? [])];
  return rows.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/**
 * Two merges into one store at once, through two connections as two windows would: each reads which records are
 * absent before either writes (their first write transactions wait until both have), then the first writes, then
 * the second meets records its presumption said were not there. Its batch must run again and land exactly where
 * one merge after the other would. Returns how many write transactions each merge ran.
 */
async function mergeAtOnce(target: Replica, first: ChangeRecord[], second: ChangeRecord[]) {
  const other = new FieldnotesDb(target.db.name);
  let release!: () => void;
  const bothReady = new Promise<void>((resolve) => (release = resolve));
  let waiting = 0;
  const writes: [number, number] = [0, 0];
  // The second's first write is only asked for once the first's is, so the first writes first.
  let firstAsked!: () => void;
  const firstStarted = new Promise<void>((resolve) => (firstAsked = resolve));
  const gate = (db: FieldnotesDb, which: 0 | 1) => {
    const original = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (args[0] !== 'rw') return original(...args);
      writes[which]++;
      if (writes[which] > 1) return original(...args);
      if (++waiting === 2) release();
      if (which === 1) return bothReady.then(() => firstStarted).then(() => original(...args));
      return bothReady.then(() => {
        const started = original(...args);
        firstAsked();
        return started;
      });
    }) as never);
  };
  gate(target.db, 0);
  gate(other, 1);
  try {
    const reports = await Promise.all([
      applyRemoteChanges(target.db, first, { published: 1 }),
      applyRemoteChanges(other, second, { published: 1 }),
    ]);
    return { reports, writes };
  } finally {
    vi.restoreAllMocks();
    other.close();
  }
}

describe('records presumed absent for a merge', () => {
  it('are proved by the read a pending record needs: edits that arrive beside the records they edit', async () => {
    const { fromA, fromB } = await twoDevices();
    const c = replica('c');
    const { reports, writes } = await mergeAtOnce(c, fromA, fromB);
    // B's edits ran again once A's notes were found stored.
    expect(writes).toEqual([1, 2]);
    expect(reports.map((r) => r.stored)).toEqual([fromA.length, fromB.length]);
    expect((await snapshotOf(c)).notes).toEqual(expectedNotes([...fromA, ...fromB]));
    expect((await c.db.meta.get(PENDING_KEY))?.value ?? []).toEqual([]);
    expect(reports[1]!.tables.notes.updated).toBe(5);
  });

  it('are proved by the add that writes them: a whole record that arrives twice under different stamps', async () => {
    const { fromA, fromB, notes } = await twoDevices();
    // B's edits carried as whole records, as a relay of a record rebuilt on B would carry them.
    const whole = fromB.map((change) => {
      const note = notes.find((n) => n.id === change.rowId)!;
      return change.table === 'notes' ? { ...change, fields: { ...note, ...change.fields } } : change;
    });
    const c = replica('c');
    const { reports, writes } = await mergeAtOnce(c, fromA, whole);
    expect(writes).toEqual([1, 2]);
    expect(reports.map((r) => r.stored)).toEqual([fromA.length, whole.length]);
    expect((await snapshotOf(c)).notes).toEqual(expectedNotes([...fromA, ...whole]));
    const stored = (await snapshotOf(c)).notes ?? [];
    expect(stored.map((n) => (n as { text: string }).text)).toEqual(
      expect.arrayContaining(['Note 1, as B heard it', 'Note 5, as B heard it']),
    );
  });

  it('lands where one merge after the other lands', async () => {
    const { fromA, fromB } = await twoDevices();
    const together = replica('together');
    await mergeAtOnce(together, fromA, fromB);
    const inTurn = replica('in-turn');
    await applyRemoteChanges(inTurn.db, fromA, { published: 1 });
    await applyRemoteChanges(inTurn.db, fromB, { published: 1 });
    expect(await snapshotOf(together)).toEqual(await snapshotOf(inTurn));
  });
});
