import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../changes/change';
import { compactChanges } from './compact';
import { mergeInMemory } from './memoryMerge';

const PROJECT = '01890a5d-ac96-774b-bcce-b302099a8057';
const DEVICES = ['0123456789ABCDEF', 'FEDCBA9876543210', 'AAAAAAAAAAAAAAAA'];
const NOTES = ['01890a5d-0000-7000-8000-000000000001', '01890a5d-0000-7000-8000-000000000002'];
const at = '2026-03-01T09:00:00.000Z';

function note(id: string): Record<string, unknown> {
  return { id, projectId: PROJECT, sessionId: 's1', text: 'start', createdAt: at, updatedAt: at };
}

/** Random histories of two notes written by three devices: creations, edits and tombstones. */
const historyArb = fc
  .array(
    fc.record({
      device: fc.nat(2),
      note: fc.nat(1),
      millis: fc.nat(10_000),
      counter: fc.nat(20),
      kind: fc.constantFrom('create', 'text', 'move', 'delete', 'restore'),
      text: fc.string({ minLength: 1, maxLength: 5 }),
      x: fc.integer({ min: -100, max: 100 }),
    }),
    { maxLength: 40 },
  )
  .map((entries) => {
    const seen = new Set<string>();
    const changes: ChangeRecord[] = [];
    for (const e of entries) {
      const device = DEVICES[e.device]!;
      const hlc = `${new Date(Date.parse(at) + e.millis).toISOString()}-${e.counter.toString(16).toUpperCase().padStart(4, '0')}-${device}`;
      if (seen.has(hlc)) continue;
      seen.add(hlc);
      const id = NOTES[e.note]!;
      const fields =
        e.kind === 'create'
          ? note(id)
          : e.kind === 'text'
            ? { text: e.text }
            : e.kind === 'move'
              ? { x: e.x, y: -e.x }
              : { deleted: e.kind === 'delete' };
      changes.push({ hlc, deviceId: device, projectId: PROJECT, table: 'notes', rowId: id, fields });
    }
    return changes;
  });

describe('compactChanges', () => {
  it('gives the same merged state as the full history, in any order', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (changes, seed) => {
        const full = mergeInMemory(changes);
        const compacted = compactChanges(changes);
        expect(compacted.length).toBeLessThanOrEqual(changes.length);
        const shuffled = fc.sample(fc.shuffledSubarray(compacted, { minLength: compacted.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        const merged = mergeInMemory(shuffled);
        expect(merged.tables).toEqual(full.tables);
        expect(merged.pending).toBe(full.pending);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the original clocks, so a device that had the full history skips the snapshot', () => {
    fc.assert(
      fc.property(historyArb, (changes) => {
        const hlcs = new Set(changes.map((c) => c.hlc));
        for (const change of compactChanges(changes)) expect(hlcs.has(change.hlc)).toBe(true);
      }),
    );
  });
});
