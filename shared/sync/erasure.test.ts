/**
 * The erasure rules on plain change sets: what a filter takes out, what it keeps, and that every device reaches
 * the same answer from the same changes, whatever their order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../changes/change';
import { erasureFilterOf, erasedRow, filterErased, isErasedRow, screenChange } from './erasure';
import { mergeInMemory } from './memoryMerge';
import { rowKey } from './merge';

const PROJECT = '01890a5d-ac96-774b-bcce-b302099a8057';
const A = '0123456789ABCDEF';
const B = 'FEDCBA9876543210';
const at = '2026-03-01T09:00:00.000Z';
let clock = 0;
function change(
  device: string,
  table: ChangeRecord['table'],
  rowId: string,
  fields: Record<string, unknown>,
): ChangeRecord {
  clock++;
  const hlc = `${new Date(Date.parse(at) + clock * 1000).toISOString()}-0000-${device}`;
  return { hlc, deviceId: device, projectId: PROJECT, table, rowId, fields };
}
const base = { projectId: PROJECT, createdAt: at, updatedAt: at };

function history(): ChangeRecord[] {
  clock = 0;
  return [
    change(A, 'participants', 'p1', { ...base, id: 'p1', sessionId: 's1', code: 'P1', attributes: { ageBand: '65+' } }),
    change(A, 'notes', 'n1', { ...base, id: 'n1', sessionId: 's1', text: 'words of P1', participantId: 'p1' }),
    change(B, 'notes', 'n2', { ...base, id: 'n2', sessionId: 's1', text: 'later, for P1', participantId: null }),
    change(B, 'notes', 'n2', { participantId: 'p1', updatedAt: at }),
    change(B, 'notes', 'n3', { ...base, id: 'n3', sessionId: 's1', text: 'someone else' }),
    change(A, 'notes', 'n4', { ...base, id: 'n4', sessionId: 's1', text: 'a name in it' }),
    change(B, 'participants', 'p1', { attributes: { ageBand: '18–24' }, updatedAt: at }),
    change(A, 'erasures', 'e1', {
      ...base,
      id: 'e1',
      reason: 'consent-withdrawn',
      participantId: 'p1',
      records: [{ table: 'notes', id: 'n1' }],
      deviceId: A,
    }),
    change(A, 'erasures', 'e2', {
      ...base,
      id: 'e2',
      reason: 'erased-by-facilitator',
      records: [{ table: 'notes', id: 'n4' }],
    }),
  ];
}

describe('erasure filter', () => {
  it('takes out every change of an erased note, any note ever given to the withdrawn participant, and their details', () => {
    const { kept, erased, filter } = filterErased(history());
    expect([...filter.records].sort()).toEqual(['n1', 'n2', 'n4'].map((id) => rowKey('notes', id)));
    expect([...filter.participants]).toEqual(['p1']);
    expect(erased).toBe(6);
    const text = JSON.stringify(kept);
    for (const gone of ['words of P1', 'later, for P1', 'a name in it', '65+', '18–24'])
      expect(text).not.toContain(gone);
    expect(text).toContain('someone else');
    // The erasure records stay (ids and a reason, no text): they tell the next reader to erase too.
    expect(kept.filter((c) => c.table === 'erasures').map((c) => c.rowId)).toEqual(['e1', 'e2']);
    // The participant keeps its code; an edit that only changed their details goes entirely.
    expect(kept.filter((c) => c.table === 'participants')).toEqual([
      expect.objectContaining({ fields: expect.not.objectContaining({ attributes: expect.anything() }) }),
    ]);
  });

  it('merges to the same records whatever the order, with the participant withdrawn and nothing of the notes', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(history(), { minLength: 9 }), (shuffled) => {
        const merged = mergeInMemory(shuffled);
        expect([...(merged.tables.get('notes')?.keys() ?? [])]).toEqual(['n3']);
        expect(merged.tables.get('participants')?.get('p1')).toMatchObject({ consent: 'withdrawn', attributes: {} });
        expect(merged.erased).toBe(6);
      }),
      { numRuns: 50 },
    );
  });

  it("takes out an erased note's codings, also their later edits that no longer name the note", () => {
    const changes = [
      ...history(),
      change(B, 'codings', 'c1', { ...base, id: 'c1', sessionId: 's1', passId: 'x', noteId: 'n4', themeId: 't' }),
      change(B, 'codings', 'c1', { themeId: null, updatedAt: at }),
      change(B, 'codings', 'c2', { ...base, id: 'c2', sessionId: 's1', passId: 'x', noteId: 'n3', themeId: 't' }),
      change(A, 'codings', 'c3', { ...base, id: 'c3', sessionId: 's1', passId: 'y', noteId: 'n2', themeId: 't' }),
    ];
    const { kept, filter } = filterErased(changes);
    expect(filter.records.has(rowKey('codings', 'c1'))).toBe(true);
    expect(filter.records.has(rowKey('codings', 'c3'))).toBe(true);
    expect(kept.filter((c) => c.table === 'codings').map((c) => c.rowId)).toEqual(['c2']);
  });

  it('drops a note’s link to an erased photo from every change that names it, in any order, and keeps the note', () => {
    const region = (photoId: string) => ({ photoId, x: 1, y: 2, w: 30, h: 4 });
    const made = [
      ...history(),
      change(A, 'photos', 'ph1', { ...base, id: 'ph1', sessionId: 's1' }),
      change(B, 'notes', 'n5', {
        ...base,
        id: 'n5',
        sessionId: 's1',
        text: 'from the wall',
        photoRegion: region('ph1'),
      }),
      change(B, 'notes', 'n6', { ...base, id: 'n6', sessionId: 's1', text: 'other wall', photoRegion: region('ph2') }),
      change(A, 'erasures', 'e3', {
        ...base,
        id: 'e3',
        reason: 'erased-by-facilitator',
        records: [{ table: 'photos', id: 'ph1' }],
      }),
      // A device that had not heard of the erasure links the note again.
      change(B, 'notes', 'n5', { photoRegion: region('ph1'), updatedAt: at }),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(made, { minLength: made.length }), (shuffled) => {
        const notes = mergeInMemory(shuffled).tables.get('notes');
        expect(notes?.get('n5')).toMatchObject({ text: 'from the wall', photoRegion: null });
        expect(notes?.get('n6')).toMatchObject({ photoRegion: region('ph2') });
      }),
      { numRuns: 30 },
    );
    const { kept } = filterErased(made);
    expect(kept.filter((c) => JSON.stringify(c.fields).includes('ph1')).map((c) => c.table)).toEqual(['erasures']);
  });

  it('leaves a change untouched (the same object) when it holds nothing erased', () => {
    const changes = history();
    const filter = erasureFilterOf(changes);
    expect(screenChange(changes[4]!, filter)).toBe(changes[4]);
    expect(screenChange(changes[1]!, filter)).toBeNull();
  });

  it('ignores an erasure that is not a whole, valid record', () => {
    const broken = change(A, 'erasures', 'e9', { records: [{ table: 'notes', id: 'n3' }] });
    expect(filterErased([...history(), broken]).filter.records.has(rowKey('notes', 'n3'))).toBe(false);
  });

  it('stores an erased record as a tombstone that says only that it existed', () => {
    const row = erasedRow('notes', 'n1', PROJECT, at);
    expect(row).toMatchObject({ id: 'n1', projectId: PROJECT, deleted: true, text: '', participantId: null });
    expect(isErasedRow(row)).toBe(true);
    expect(isErasedRow({ id: 'n1', deleted: true })).toBe(false);
  });
});
