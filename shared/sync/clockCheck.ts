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

/** Changes dated further ahead of the receiver's clock than this are held, not applied. */
export const HOLD_AHEAD_MS = 24 * 60 * 60 * 1000;

export interface HeldSplit {
  accepted: ChangeRecord[];
  held: ChangeRecord[];
  /** One `held-future` problem per device, with how many were held and the latest date among them. */
  problems: SyncProblem[];
}

/**
 * Set aside changes stamped more than a day ahead of `now` (a laptop whose date says 9999 would otherwise win every
 * field for ever). They wait for a person to accept or reject them. Erasures are never held: they only remove, and
 * an erasure waiting would leave erased words in place.
 */
export function holdFuture(changes: readonly ChangeRecord[], now: number): HeldSplit {
  const limit = new Date(now + HOLD_AHEAD_MS).toISOString();
  const accepted: ChangeRecord[] = [];
  const held: ChangeRecord[] = [];
  const byDevice = new Map<string, { amount: number; latest: string }>();
  for (const change of changes) {
    if (change.table === 'erasures' || change.hlc.slice(0, limit.length) <= limit) {
      accepted.push(change);
      continue;
    }
    held.push(change);
    const seen = byDevice.get(change.deviceId) ?? { amount: 0, latest: '' };
    seen.amount++;
    if (change.hlc > seen.latest) seen.latest = change.hlc;
    byDevice.set(change.deviceId, seen);
  }
  const problems = [...byDevice].map(([deviceId, { amount, latest }]) => ({
    kind: 'held-future' as const,
    deviceId,
    amount,
    detail: new Date(parseTimestamp(latest).millis).toISOString(),
  }));
  return { accepted, held, problems };
}
