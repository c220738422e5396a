import { describe, expect, it } from 'vitest';
import { createClock, parseTimestamp } from '../clock/hlc';
import { changeRecordSchema } from './change';
import { stampChange, stampCreations } from './stamp';

const DEVICE = '0123456789ABCDEF';
const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const P1 = '01890a5d-ac96-774b-bcce-b302099a8057';
const N1 = '01890a5d-ac96-774b-bcce-b302099a8058';

describe('stampChange', () => {
  it('files a project under itself and every other record under its projectId, with the next timestamp', () => {
    const clock = createClock(DEVICE, T0);
    const project = stampChange(clock, T0, {
      deviceId: DEVICE,
      table: 'projects',
      rowId: P1,
      record: { id: P1, name: 'Plan' },
      fields: { name: 'Plan' },
    });
    expect(project.change).toMatchObject({ projectId: P1, table: 'projects', rowId: P1, deviceId: DEVICE });
    expect(project.change.fields).toEqual({ name: 'Plan' });
    const note = stampChange(project.clock, T0, {
      deviceId: DEVICE,
      table: 'notes',
      rowId: N1,
      record: { id: N1, projectId: P1, text: 'Lights' },
      fields: { text: 'Lights' },
    });
    expect(note.change.projectId).toBe(P1);
    expect(note.change.hlc > project.change.hlc).toBe(true);
    expect(parseTimestamp(note.change.hlc)).toEqual({ millis: T0, counter: 2, deviceId: DEVICE });
    expect(changeRecordSchema.safeParse(note.change).success).toBe(true);
  });
});

describe('stampCreations', () => {
  it('stamps 70,000 new records made in one millisecond, each once, in order', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => ({
      table: 'notes' as const,
      row: { id: `n-${i}`, projectId: 'p-1', text: `note ${i}` },
    }));
    const { clock, changes } = stampCreations(createClock(DEVICE, T0), T0, DEVICE, rows);
    expect(changes).toHaveLength(70_000);
    expect(changes.every((c, i) => i === 0 || c.hlc > changes[i - 1]!.hlc)).toBe(true);
    expect(changes[69_999]).toMatchObject({ rowId: 'n-69999', projectId: 'p-1', fields: { text: 'note 69999' } });
    expect(clock.millis).toBe(T0 + 1);
    // The fields are a copy: changing the row afterwards does not change what was stamped.
    rows[0]!.row.text = 'edited later';
    expect(changes[0]!.fields.text).toBe('note 0');
  });
});
