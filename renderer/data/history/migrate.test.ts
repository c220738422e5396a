import { openLegacyDatabase } from '../legacySchemas.testkit';
import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../shared/clock/hlc';
import { FieldnotesDb, type StoredChange } from '../db';
import { addChanges } from './write';
import {
  allChanges,
  changesByStamps,
  changesOfProject,
  changesOfRecord,
  countUnpublished,
  unpublishedOf,
} from './read';
import { MIGRATED_BATCH_SIZE } from './migrate';

/** A real version 8 database: every version block as it was, the history one row per change. */
async function versionEight(name: string, changes: readonly StoredChange[]): Promise<void> {
  const v8 = await openLegacyDatabase(name, 8);
  await v8.table('changes').bulkAdd(changes);
  await v8.table('notes').put({ id: 'note-0', projectId: 'project-a', sessionId: 's', createdAt: 'c', text: 'kept' });
  v8.close();
}

const DEVICES = ['0123456789ABCDEF', 'FEDCBA9876543210'];

/** Changes of two projects from two devices, several per record, in no particular order; some published. */
function legacyChanges(): StoredChange[] {
  const out: StoredChange[] = [];
  for (let i = 0; i < 1234; i++) {
    const projectId = i % 5 === 0 ? 'project-b' : 'project-a';
    out.push({
      hlc: formatTimestamp({
        millis: Date.parse('2026-03-01T09:00:00Z') + i * 7,
        counter: i % 3,
        deviceId: DEVICES[i % 2]!,
      }),
      deviceId: DEVICES[i % 2]!,
      projectId,
      table: i % 4 === 0 ? 'themes' : 'notes',
      rowId: `note-${i % 97}`,
      fields: { text: `words ${i}`, ...(i % 11 === 0 ? { deleted: true } : {}) },
      published: i % 3 === 0 ? 0 : 1,
    });
  }
  // Stored in stamp order by the old table's key whatever the insertion order: shuffle to prove nothing relies on it.
  return out.reverse();
}

const byStamp = (a: { hlc: string }, b: { hlc: string }) => (a.hlc < b.hlc ? -1 : 1);

describe('version 9: the change history packed', () => {
  it('keeps every change, its published state and every lookup, and drops the old table', async () => {
    const name = `upgrade-v8-${Math.random()}`;
    const legacy = legacyChanges();
    await versionEight(name, legacy);

    const db = new FieldnotesDb(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect(db.tables.map((table) => table.name)).not.toContain('changes');
    expect([...db.backendDB().objectStoreNames]).not.toContain('changes');
    expect((await db.notes.get('note-0'))?.text).toBe('kept');

    // Every change back, exactly, with its published state.
    expect(await allChanges(db)).toEqual([...legacy].sort(byStamp));

    // Packed by project in stamp order, a fixed number per batch.
    const batches = await db.changeBatches.toArray();
    for (const project of ['project-a', 'project-b']) {
      const count = legacy.filter((change) => change.projectId === project).length;
      const own = batches.filter((batch) => batch.projectId === project);
      expect(own).toHaveLength(Math.ceil(count / MIGRATED_BATCH_SIZE));
      for (const batch of own) expect(batch.changes.every((change) => change.projectId === project)).toBe(true);
    }
    for (const batch of batches) {
      expect(batch.id).toBe([...batch.hlcs].sort()[0]);
      expect(batch.changes.map((change) => change.hlc)).toEqual([...batch.hlcs].sort());
    }

    // By stamp.
    const some = [legacy[0]!, legacy[617]!, legacy[1233]!];
    expect(await changesByStamps(db, [...some.map((c) => c.hlc), 'not-a-stamp'])).toEqual([...some, undefined]);

    // By record, across batches and projects.
    const record = legacy.filter((change) => change.table === 'notes' && change.rowId === 'note-5').sort(byStamp);
    expect(record.length).toBeGreaterThan(3);
    expect(await changesOfRecord(db, 'notes', 'note-5')).toEqual(record);

    // By project, and what waits for the outbox.
    for (const project of ['project-a', 'project-b']) {
      const own = legacy.filter((change) => change.projectId === project).sort(byStamp);
      expect(await changesOfProject(db, project)).toEqual(own);
      const waiting = own.filter((change) => change.published === 0);
      expect(waiting.length).toBeGreaterThan(0);
      expect(await unpublishedOf(db, project)).toEqual(waiting);
      expect(await countUnpublished(db, project)).toBe(waiting.length);
    }
    expect(await countUnpublished(db)).toBe(legacy.filter((change) => change.published === 0).length);

    // A stamp stays unique across batches: storing a migrated change again is refused.
    const { published: _published, ...again } = legacy[42]!;
    await expect(db.transaction('rw', db.changeBatches, () => addChanges(db, [again], 1))).rejects.toThrow();
    expect(await db.changeBatches.count()).toBe(batches.length);
    db.close();
  });

  it('opens an empty version 8 history as an empty packed one', async () => {
    const name = `upgrade-v8-empty-${Math.random()}`;
    await versionEight(name, []);
    const db = new FieldnotesDb(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect(await db.changeBatches.count()).toBe(0);
    expect(await countUnpublished(db)).toBe(0);
    db.close();
  });
});
