/** Test fixtures for the sync format tests. */
import type { ChangeRecord } from '../changes/change';

export const DEVICE = '0123456789ABCDEF';
export const PROJECT = '01890a5d-ac96-774b-bcce-b302099a8057';

/** A project's creation followed by n-1 edits of its name, all from one device. */
export function sampleChanges(n: number, device = DEVICE): ChangeRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    hlc: `2026-03-01T09:00:00.000Z-${i.toString(16).toUpperCase().padStart(4, '0')}-${device}`,
    deviceId: device,
    projectId: PROJECT,
    table: 'projects' as const,
    rowId: PROJECT,
    fields:
      i === 0
        ? {
            id: PROJECT,
            name: 'Project 0',
            description: 'ünïcødé ✓',
            createdAt: '2026-03-01T09:00:00.000Z',
            updatedAt: '2026-03-01T09:00:00.000Z',
          }
        : { name: `Project ${i}`, description: 'ünïcødé ✓' },
  }));
}
