import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../changes/change';
import { stampChange, stampCreations } from '../changes/stamp';
import { createClock } from '../clock/hlc';
import { newId } from '../domain/ids';
import { recordSchemas, type TableName } from '../domain/schemas';
import { snapshotFromChanges } from './fromChanges';

const ANA = 'AAAAAAAAAAAAAAAA';
const BEN = 'BBBBBBBBBBBBBBBB';
const T0 = Date.parse('2025-03-01T10:00:00.000Z');
const at = { createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z' };

function project() {
  const projectId = newId();
  const sessionId = newId();
  const [lighting, parking, master] = [newId(), newId(), newId()];
  const record = <T extends TableName>(table: T, fields: Record<string, unknown>) => ({
    table,
    row: recordSchemas[table].parse({ ...at, projectId, ...fields }) as Record<string, unknown> & { id: string },
  });
  const created = stampCreations(createClock(ANA, T0), T0, ANA, [
    record('projects', { id: projectId, name: 'Plan' }),
    record('sessions', { id: sessionId, title: 'Youth night' }),
    record('themes', { id: lighting, name: 'Lighting', color: '#112233', sessionId }),
    record('themes', { id: parking, name: 'Parking', color: '#112233', sessionId }),
    record('themes', { id: master, name: 'Safe streets', color: '#112233', origin: 'master' }),
  ]);
  const edit = (device: string, minutes: number, rowId: string, fields: Record<string, unknown>) =>
    stampChange(createClock(device), T0 + minutes * 60_000, {
      deviceId: device,
      table: 'themes',
      rowId,
      record: { projectId },
      fields,
    }).change;
  return { projectId, lighting, parking, master, changes: created.changes, edit };
}

describe('snapshotFromChanges', () => {
  it('merges the changes into the live project, with the mapping log by the shared rules and mappers numbered', () => {
    const p = project();
    const changes: ChangeRecord[] = [
      ...p.changes,
      p.edit(BEN, 2, p.lighting, { masterThemeId: p.master }),
      p.edit(ANA, 3, p.parking, { masterThemeId: p.master }),
      p.edit(ANA, 4, p.parking, { deleted: true }),
    ];
    const built = snapshotFromChanges(p.projectId, changes)!;
    expect(built.snapshot.project.name).toBe('Plan');
    expect(built.snapshot.themes.map((t) => t.name).sort()).toEqual(['Lighting', 'Safe streets']);
    // The deleted theme's decision is not in the log; the first device to appear is "mapper 1".
    expect(built.snapshot.mappingLog).toEqual([
      { themeId: p.lighting, masterThemeId: p.master, by: 'mapper 1', at: '2025-03-01T10:02:00.000Z' },
    ]);
    expect(built.badClocks).toBe(0);
  });

  it('reads a finding written by an older release (string actions and measures, no response) from its changes', () => {
    const p = project();
    const findingId = newId();
    // As an older release's segment or bundle carries it: the fields of the finding as they were then.
    const old = stampChange(createClock(BEN), T0 + 60_000, {
      deviceId: BEN,
      table: 'findings',
      rowId: findingId,
      record: { projectId: p.projectId },
      fields: {
        id: findingId,
        projectId: p.projectId,
        ...at,
        deleted: false,
        statement: 'Dark paths',
        themeIds: [p.lighting],
        evidenceNoteIds: [],
        quoteNoteIds: [],
        kind: null,
        priority: 1,
        actions: ['Light the paths'],
        measures: ['Fewer reports'],
      },
    }).change;
    const [finding] = snapshotFromChanges(p.projectId, [...p.changes, old])!.snapshot.findings;
    expect(finding).toMatchObject({
      statement: 'Dark paths',
      actions: [{ text: 'Light the paths', lead: '', partners: [], timeframe: null }],
      measures: [{ text: 'Fewer reports', baseline: '', target: '', dataSource: '' }],
      response: null,
    });
  });

  it('counts a decision with an unreadable clock value instead of throwing', () => {
    const p = project();
    const damaged = { ...p.edit(BEN, 2, p.lighting, { masterThemeId: p.master }), hlc: '2025-03-01 garbled' };
    const built = snapshotFromChanges(p.projectId, [...p.changes, damaged])!;
    expect(built.badClocks).toBe(1);
    expect(built.snapshot.mappingLog).toEqual([]);
  });

  it('is null when the changes hold only later edits of the project, not its record', () => {
    const p = project();
    expect(snapshotFromChanges(p.projectId, p.changes.slice(1))).toBeNull();
  });
});
