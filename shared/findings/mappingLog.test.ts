import { describe, expect, it } from 'vitest';
import type { Theme } from '../domain/schemas';
import { buildMappingLog, numberedMappers, type MappingSource } from './mappingLog';

const A = 'AAAAAAAAAAAAAAAA';
const B = 'BBBBBBBBBBBBBBBB';
const hlc = (iso: string, device = A) => `${iso}-0000-${device}`;
const mapping = (rowId: string, masterThemeId: string | null, at: string, device = A): MappingSource => ({
  hlc: hlc(at, device),
  deviceId: device,
  table: 'themes',
  rowId,
  fields: { masterThemeId },
});
const theme = (id: string, extra: Partial<Theme> = {}) => ({ id, sessionId: 's1', deleted: false, ...extra }) as Theme;

describe('buildMappingLog', () => {
  it('keeps decisions only, in clock order whatever order they come in, with the clock time and the device’s name', () => {
    const log = buildMappingLog(
      [
        mapping('t1', null, '2025-03-01T11:00:00.000Z', B),
        mapping('t1', 'm1', '2025-03-01T10:06:00.000Z', B),
        mapping('t1', null, '2025-03-01T10:00:00.000Z'),
        mapping('t1', 'm1', '2025-03-01T10:05:00.000Z'),
        { hlc: hlc('2025-03-01T10:07:00.000Z'), deviceId: A, table: 'themes', rowId: 't1', fields: { name: 'Lit' } },
      ],
      [theme('t1')],
      (id) => (id === A ? 'Ann' : id),
    );
    expect(log).toEqual({
      entries: [
        { themeId: 't1', masterThemeId: 'm1', by: 'Ann', at: '2025-03-01T10:05:00.000Z' },
        { themeId: 't1', masterThemeId: null, by: B, at: '2025-03-01T11:00:00.000Z' },
      ],
      badClocks: 0,
    });
  });

  it('leaves out master themes and deleted themes', () => {
    const log = buildMappingLog(
      [mapping('gone', 'm1', '2025-03-01T10:00:00.000Z'), mapping('m1', 'm2', '2025-03-01T10:00:00.000Z')],
      [theme('gone', { deleted: true }), theme('m1', { sessionId: null })],
      (id) => id,
    );
    expect(log.entries).toEqual([]);
  });

  it('skips and counts a decision whose clock value cannot be read, and never throws', () => {
    const damaged = { ...mapping('t2', 'm1', '2025-03-01T10:00:00.000Z'), hlc: 'not-a-clock' };
    const log = buildMappingLog(
      [damaged, mapping('t1', 'm1', '2025-03-01T10:05:00.000Z')],
      [theme('t1'), theme('t2')],
      (id) => id,
    );
    expect(log.badClocks).toBe(1);
    expect(log.entries.map((e) => e.themeId)).toEqual(['t1']);
  });
});

describe('numberedMappers', () => {
  it('numbers devices in the order they are first named, and names nobody', () => {
    const nameOf = numberedMappers();
    expect([B, A, B, A].map(nameOf)).toEqual(['mapper 1', 'mapper 2', 'mapper 1', 'mapper 2']);
  });
});
