/**
 * Clocks far ahead. A laptop with a wrong date stamps its changes in the future; they still merge (and win
 * against older edits, as their stamps say), but our own clock does not follow them past MAX_DRIFT_MS
 * (shared/clock/hlc.ts clamps), and the person is told which device to fix.
 */
import type { ChangeRecord } from '../changes/change';
import { MAX_DRIFT_MS, parseTimestamp } from '../clock/hlc';
import type { SyncProblem } from './problems';

/** One problem per device whose newest change is more than MAX_DRIFT_MS ahead of `now`. */
export function findClocksAhead(changes: Iterable<ChangeRecord>, now: number): SyncProblem[] {
  const ahead = new Map<string, number>();
  // Timestamps start with ISO wall time, so a string comparison finds the few worth parsing.
  const limit = new Date(now + MAX_DRIFT_MS).toISOString();
  for (const change of changes) {
    if (change.hlc.slice(0, limit.length) <= limit) continue;
    const millis = parseTimestamp(change.hlc).millis;
    ahead.set(change.deviceId, Math.max(ahead.get(change.deviceId) ?? 0, millis - now));
  }
  return [...ahead].map(([deviceId, amount]) => ({ kind: 'clock-ahead', deviceId, amount }));
}

/** The highest HLC in a set, or null: folding only it into our clock is enough. */
export function maxHlc(changes: Iterable<ChangeRecord>): string | null {
  let max: string | null = null;
  for (const change of changes) if (max === null || change.hlc > max) max = change.hlc;
  return max;
}
