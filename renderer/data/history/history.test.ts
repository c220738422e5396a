/**
 * The packed change history: a command is one stored row, erasure rewrites the rows that held the words, and the
 * rewrites for forgeries and publishing keep every other change as it was.
 */
import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { rowKey } from '../../../shared/sync/merge';
import { projectWithSession, freshRunner } from '../testing';
import { allChanges, changesByStamps, changesOfRecord, countUnpublished } from './read';
import { deleteStamps, markPublished } from './write';

/** The history's rows as stored, as one text: what erasure must leave no words in. */
async function storedRows(db: ReturnType<typeof freshRunner>['db']): Promise<string> {
  return JSON.stringify(await db.changeBatches.toArray());
}

async function threeNotesInOneCommand(words: readonly [string, string, string]) {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  const before = await db.changeBatches.count();
  const ids = words.map(() => newId(Date.now()));
  await runner.run({ id: 'commands.addNote', subject: 'note' }, async (ctx) => {
    await Promise.all(
      words.map((text, index) =>
        ctx.insert('notes', {
          id: ids[index]!,
          projectId: project.id,
          sessionId: session.id,
          text,
        } as never),
      ),
    );
  });
  return { db, runner, project, session, ids, before };
}

describe('the packed change history', () => {
  it('stores a command as one row, every change still found by stamp and by record', async () => {
    const { db, ids, before } = await threeNotesInOneCommand(['first words', 'second words', 'third words']);
    expect(await db.changeBatches.count()).toBe(before + 1);
    const [batch] = await db.changeBatches.reverse().limit(1).toArray();
    expect(batch!.rows).toEqual(ids.map((id) => rowKey('notes', id)));
    expect(batch!.unpublished).toEqual(batch!.hlcs);
    expect(batch!.id).toBe([...batch!.hlcs].sort()[0]);
    for (const id of ids) {
      const [change] = await changesOfRecord(db, 'notes', id);
      expect(change).toMatchObject({ table: 'notes', rowId: id, published: 0 });
      expect(await changesByStamps(db, [change!.hlc])).toEqual([change]);
    }
  });

  it('erases two records sharing a row with a kept one: their words leave the row, the kept one stays', async () => {
    const { db, runner, project, ids } = await threeNotesInOneCommand([
      'Alder Street words',
      'Birch Lane words',
      'Cedar Road words',
    ]);
    const waiting = await countUnpublished(db);
    await runner.run(
      { id: 'commands.eraseNote', subject: 'note' },
      async (ctx) => {
        await ctx.erase({
          projectId: project.id,
          reason: 'erased-by-facilitator',
          records: [
            { table: 'notes', id: ids[0]! },
            { table: 'notes', id: ids[1]! },
          ],
        });
      },
      { undoable: false },
    );
    const stored = await storedRows(db);
    expect(stored).not.toContain('Alder Street');
    expect(stored).not.toContain('Birch Lane');
    expect(stored).toContain('Cedar Road words');
    // Emptied in place: the stamps stay (a copy arriving again is known), no fields, nothing left to send.
    for (const id of ids.slice(0, 2)) {
      const [change] = await changesOfRecord(db, 'notes', id);
      expect(change).toMatchObject({ fields: {}, published: 1 });
    }
    expect((await changesOfRecord(db, 'notes', ids[2]!))[0]?.fields.text).toBe('Cedar Road words');
    // The two emptied changes left the outbox; the erasure's own change joined it.
    expect(await countUnpublished(db)).toBe(waiting - 2 + 1);
  });

  it('stores a change made before an erasure in the same command, then empties it with the rest', async () => {
    const { db, runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    const id = newId(Date.now());
    await runner.run(
      { id: 'commands.addNote', subject: 'note' },
      async (ctx) => {
        await ctx.insert('notes', { id, projectId: project.id, sessionId: session.id, text: 'Dogwood Court' } as never);
        await ctx.erase({ projectId: project.id, reason: 'erased-by-facilitator', records: [{ table: 'notes', id }] });
      },
      { undoable: false },
    );
    expect(await storedRows(db)).not.toContain('Dogwood Court');
    expect(await changesOfRecord(db, 'notes', id)).toEqual([expect.objectContaining({ fields: {}, published: 1 })]);
  });

  it('removes stamps: the row is written again under its smallest stamp left, or deleted when empty', async () => {
    const { db, ids } = await threeNotesInOneCommand(['one', 'two', 'three']);
    const [batch] = await db.changeBatches.reverse().limit(1).toArray();
    const stamps = [...batch!.hlcs].sort();
    const others = (await allChanges(db)).filter((change) => !stamps.includes(change.hlc));

    await db.transaction('rw', db.changeBatches, () => deleteStamps(db, [stamps[0]!]));
    expect(await db.changeBatches.get(stamps[0]!)).toBeUndefined();
    const rekeyed = await db.changeBatches.get(stamps[1]!);
    expect(rekeyed?.hlcs.sort()).toEqual(stamps.slice(1));
    expect(rekeyed?.unpublished.sort()).toEqual(stamps.slice(1));
    expect(await changesByStamps(db, stamps)).toEqual([
      undefined,
      expect.objectContaining({ hlc: stamps[1] }),
      expect.objectContaining({ hlc: stamps[2] }),
    ]);

    await db.transaction('rw', db.changeBatches, () => deleteStamps(db, stamps.slice(1)));
    expect(await db.changeBatches.get(stamps[1]!)).toBeUndefined();
    for (const id of ids) expect(await changesOfRecord(db, 'notes', id)).toEqual([]);
    // Every other change is untouched.
    expect(await allChanges(db)).toEqual(others);
  });

  it('marks stamps published without touching the changes', async () => {
    const { db } = await threeNotesInOneCommand(['a', 'b', 'c']);
    const all = await allChanges(db);
    const total = await countUnpublished(db);
    const some = all.slice(0, 4).map((change) => change.hlc);
    await db.transaction('rw', db.changeBatches, () => markPublished(db, some));
    expect(await countUnpublished(db)).toBe(total - 4);
    expect(await allChanges(db)).toEqual(
      all.map((change) => (some.includes(change.hlc) ? { ...change, published: 1 } : change)),
    );
  });
});
