import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { FieldnotesDb } from '../db';
import { freshRunner } from '../testing';
import { storedRows } from './storedRows';

const open: FieldnotesDb[] = [];
function database(): FieldnotesDb {
  const { db } = freshRunner();
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

const DAY = 86_400_000;
const note = (id: string) => ({ id, text: `note ${id}` });

describe('storedRows', () => {
  it('finds the stored records among ids made together, in the order asked', async () => {
    const db = database();
    const start = Date.parse('2026-03-01T09:00:00Z');
    const ids = Array.from({ length: 20 }, (_, i) => newId(start + i));
    await db.table('notes').bulkPut([note(ids[3]!), note(ids[11]!)]);
    const asked = [...ids].reverse();
    const rows = await storedRows(db.recordTable('notes'), asked);
    expect(rows.map((row, index) => (row ? asked[index] : null)).filter(Boolean)).toEqual([ids[11], ids[3]]);
    expect(rows[asked.indexOf(ids[3]!)]).toEqual(note(ids[3]!));
    expect(rows.filter((row) => row === undefined)).toHaveLength(18);
  });

  it('finds them as well when the ids span many other records (a get per id then)', async () => {
    const db = database();
    const start = Date.parse('2026-01-01T09:00:00Z');
    const others = Array.from({ length: 50 }, (_, i) => newId(start + i * DAY));
    await db.table('notes').bulkPut(others.map(note));
    const asked = [newId(start - DAY), others[10]!, newId(start + 60 * DAY), others[40]!];
    const rows = await storedRows(db.recordTable('notes'), asked);
    expect(rows).toEqual([undefined, note(others[10]!), undefined, note(others[40]!)]);
  });

  it('reads one id, or none', async () => {
    const db = database();
    const id = newId();
    await db.table('notes').put(note(id));
    expect(await storedRows(db.recordTable('notes'), [id])).toEqual([note(id)]);
    expect(await storedRows(db.recordTable('notes'), [])).toEqual([]);
  });
});
