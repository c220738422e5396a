/**
 * Folding a history into the fewest changes that give the same merged state.
 *
 * For each record and field only the winning change (highest HLC) matters to the merge, so a snapshot keeps,
 * per record, one partial change per winning HLC with just the fields it wins — under its original HLC and
 * device. Any device that merges the snapshot ends exactly where one that merged the full history does:
 * a field dropped from change X was won by a later change Y of the same history, and Y is in the snapshot.
 * Used for compaction of a device's own segments and for the content of bundles.
 */
import type { ChangeRecord } from '../changes/change';
import { byHlc, groupByRow } from './merge';

export function compactChanges(changes: Iterable<ChangeRecord>): ChangeRecord[] {
  const out: ChangeRecord[] = [];
  for (const group of groupByRow(changes).values()) {
    const winners = new Map<string, ChangeRecord>();
    for (const change of group) {
      for (const field of Object.keys(change.fields)) {
        const current = winners.get(field);
        if (!current || change.hlc > current.hlc) winners.set(field, change);
      }
    }
    const byChange = new Map<ChangeRecord, Record<string, unknown>>();
    for (const [field, change] of winners) {
      const fields = byChange.get(change) ?? {};
      fields[field] = change.fields[field];
      byChange.set(change, fields);
    }
    for (const [change, fields] of byChange) out.push({ ...change, fields });
  }
  return out.sort(byHlc);
}
