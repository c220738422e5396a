import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../changes/change';
import { checkOnce, rejectUnchecked } from './checkOnce';

const PROJECT = '01890a5d-ac96-774b-bcce-b302099a8057';
const NOTE = '01890a5d-0000-7000-8000-000000000001';
const DEVICE = '0123456789ABCDEF';
const at = '2026-03-01T09:00:00.000Z';
const note = (fields: Record<string, unknown>): ChangeRecord => ({
  hlc: `${at}-0000-${DEVICE}`,
  deviceId: DEVICE,
  projectId: PROJECT,
  table: 'notes',
  rowId: NOTE,
  fields,
});
const valid = () => note({ id: NOTE, projectId: PROJECT, text: 'hello', tags: ['a'], createdAt: at, updatedAt: at });

describe('checkOnce', () => {
  it('freezes a change that passes, fields and all, so it cannot differ from what was checked', () => {
    const change = valid();
    expect(checkOnce(change)).toBeNull();
    expect(Object.isFrozen(change) && Object.isFrozen(change.fields) && Object.isFrozen(change.fields.tags)).toBe(true);
    expect(() => {
      (change.fields as Record<string, unknown>).projectId = 'another';
    }).toThrow(TypeError);
    expect(rejectUnchecked(change)).toBeNull();
  });

  it('checks in full a change it has not seen pass, even one with the same content', () => {
    const checked = valid();
    checkOnce(checked);
    const forged = { ...checked, fields: { ...checked.fields, projectId: '01890a5d-ac96-774b-bcce-b302099a8058' } };
    expect(rejectUnchecked(forged)).toEqual({ id: 'changeChecks.projectMismatch' });
    expect(rejectUnchecked({ ...checked, deviceId: 'FEDCBA9876543210' })).toEqual({ id: 'changeChecks.clockMismatch' });
  });

  it('remembers no change that fails, and leaves it as it was', () => {
    const bad = note({ id: 'not this record', text: 'x' });
    expect(checkOnce(bad)).toEqual({ id: 'changeChecks.idMismatch' });
    expect(Object.isFrozen(bad)).toBe(false);
    expect(rejectUnchecked(bad)).toEqual({ id: 'changeChecks.idMismatch' });
  });
});
