import { describe, expect, it } from 'vitest';
import { translator, type Translator } from '../i18n/translate';
import { wordsText, type ErrorWords } from '../i18n/words';
import type { ChangeRecord } from '../changes/change';
import { planRow, rejectChange, sameValue } from './merge';

const PROJECT = '01890a5d-ac96-774b-bcce-b302099a8057';
const NOTE = '01890a5d-0000-7000-8000-000000000001';
const A = '0123456789ABCDEF';
const B = 'FEDCBA9876543210';
const at = '2026-03-01T09:00:00.000Z';
const hlc = (ms: number, device: string) => `${new Date(Date.parse(at) + ms).toISOString()}-0000-${device}`;
const change = (ms: number, device: string, fields: Record<string, unknown>): ChangeRecord => ({
  hlc: hlc(ms, device),
  deviceId: device,
  projectId: PROJECT,
  table: 'notes',
  rowId: NOTE,
  fields,
});
const create = change(0, A, {
  id: NOTE,
  projectId: PROJECT,
  sessionId: 's',
  text: 'hello',
  createdAt: at,
  updatedAt: at,
});

/** A refusal as it is shown, in English unless a translator is given. */
const said = (reason: ErrorWords | null, tr?: Translator) => reason && wordsText(reason, tr);

describe('planRow', () => {
  it('creates, then takes only fields whose change is newer than their clock', () => {
    const created = planRow('notes', NOTE, undefined, [], [create]);
    expect(created.status).toBe('created');
    const edit = change(10, B, { text: 'from B' });
    const stale = change(5, A, { text: 'stale', x: 4 });
    const plan = planRow('notes', NOTE, created.after, [create, edit], [stale]);
    expect(plan.after).toMatchObject({ text: 'hello', x: 4 });
    // `current` is the fold of its history in real use; here `text` is still "hello", so the stale change loses
    // to B's clock and is logged as the overwritten value.
    expect(plan.overwrites).toEqual([
      expect.objectContaining({ field: 'text', lostValue: 'stale', keptHlc: edit.hlc }),
    ]);
  });

  it('keeps a record pending until its fold validates', () => {
    expect(planRow('notes', NOTE, undefined, [], [change(10, B, { text: 'edit first' })]).status).toBe('pending');
    const plan = planRow('notes', NOTE, undefined, [change(10, B, { text: 'edit first' })], [create]);
    expect(plan.after).toMatchObject({ text: 'edit first', x: 0, deleted: false });
  });

  it('reports "unchanged" when the winning values are the ones already stored', () => {
    const created = planRow('notes', NOTE, undefined, [], [create]).after;
    expect(planRow('notes', NOTE, created, [create], [change(20, B, { text: 'changed' })]).status).toBe('updated');
    expect(planRow('notes', NOTE, created, [create], [change(20, B, { text: 'hello' })]).status).toBe('unchanged');
    expect(planRow('notes', NOTE, created, [create], [change(20, B, { x: 0 })]).status).toBe('unchanged');
  });
});

describe('a note linked to further themes, edited on two devices', () => {
  const T1 = '01890a5d-0000-7000-8000-0000000000a1';
  const T2 = '01890a5d-0000-7000-8000-0000000000a2';
  const T3 = '01890a5d-0000-7000-8000-0000000000a3';

  it('takes the later set of links whole, in any arrival order, and logs the other for restoring', () => {
    const fromA = change(10, A, { linkedThemeIds: [T1] });
    const fromB = change(20, B, { linkedThemeIds: [T2] });
    const created = planRow('notes', NOTE, undefined, [], [create]).after;
    const one = planRow('notes', NOTE, created, [create], [fromA, fromB]);
    const aFirst = planRow('notes', NOTE, created, [create], [fromA]).after;
    const other = planRow('notes', NOTE, aFirst, [create, fromA], [fromB]);
    expect(one.after?.linkedThemeIds).toEqual([T2]);
    expect(other.after?.linkedThemeIds).toEqual([T2]);
    expect(other.overwrites).toEqual([expect.objectContaining({ field: 'linkedThemeIds', lostValue: [T1] })]);
  });

  it('merges a move on one device with a link on another field by field (readers drop the home from links)', () => {
    const created = planRow('notes', NOTE, undefined, [], [create]).after;
    const moved = change(10, A, { themeId: T3 });
    const linked = change(11, B, { linkedThemeIds: [T3, T1] });
    const plan = planRow('notes', NOTE, created, [create], [moved, linked]);
    expect(plan.after).toMatchObject({ themeId: T3, linkedThemeIds: [T3, T1] });
  });

  it('refuses links that are not theme ids or repeat a theme', () => {
    expect(said(rejectChange(change(1, A, { linkedThemeIds: ['x'] })))).toBe(
      'a value is not valid: linkedThemeIds.0 is not a UUID',
    );
    expect(said(rejectChange(change(1, A, { linkedThemeIds: [T1, T1] })))).toBe(
      'a value is not valid: linkedThemeIds names the same item twice',
    );
    expect(rejectChange(change(1, A, { linkedThemeIds: [T1, T2] }))).toBeNull();
  });
});

describe('rejectChange', () => {
  it('refuses invalid values and mismatched ids, allows unknown fields', () => {
    expect(rejectChange(create)).toBeNull();
    expect(rejectChange(change(1, A, { futureField: 1 }))).toBeNull();
    expect(said(rejectChange(change(1, A, { votes: -1 })))).toBe(
      'a value is not valid: votes is too small (at least 0)',
    );
    expect(said(rejectChange(change(1, A, { id: 'other' })))).toMatch(/record id/);
    expect(said(rejectChange({ ...change(1, A, {}), deviceId: B }))).toMatch(/device/);
  });

  it('gives its reason as data, worded in the language of whoever shows it', () => {
    expect(said(rejectChange(change(1, A, { text: 'x'.repeat(50_001) })), translator('fr-CA'))).toBe(
      'une valeur n’est pas valide\u00a0: le champ «\u00a0text\u00a0» est trop long (au plus 50\u00a0000 caractères)',
    );
  });
});

describe('sameValue', () => {
  it('ignores key order and undefined keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});
