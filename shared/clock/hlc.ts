/**
 * Hybrid logical clock (after Actual Budget's packages/crdt, rewritten as pure functions).
 *
 * Contract: a timestamp is a string that sorts in causal order —
 *   `2026-11-26T06:17:36.123Z-0000-0123456789ABCDEF`
 *   ISO wall time (ms) · counter (4 hex digits) · device id (16 hex digits).
 * `tick` makes a timestamp for a local event; `receive` folds in a timestamp seen from another device.
 * Both take the clock state and the wall time and return a new state: no hidden globals, no Date.now() inside,
 * so tests and replicas can run many clocks side by side.
 *
 * When the counter fills (65,536 events in one millisecond, as a bulk import of a large file reaches), the clock
 * moves on to the next millisecond instead of failing: timestamps stay unique and ordered, and the clock runs at
 * most a few milliseconds ahead of the wall until the wall catches up.
 */
import { DEVICE_ID_PATTERN } from '../domain/ids';

export interface ClockState {
  /** Highest wall time (ms) this clock has issued or seen. */
  millis: number;
  counter: number;
  deviceId: string;
}

export interface Timestamp {
  millis: number;
  counter: number;
  deviceId: string;
}

export const MAX_COUNTER = 0xffff;
/** A remote clock further ahead of ours than this is clamped and reported rather than followed. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;

const TIMESTAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9A-F]{16})$/;

export class ClockError extends Error {
  constructor(
    message: string,
    readonly reason: 'malformed',
  ) {
    super(message);
    this.name = 'ClockError';
  }
}

export function createClock(deviceId: string, millis = 0): ClockState {
  if (!DEVICE_ID_PATTERN.test(deviceId)) throw new ClockError(`not a device id: ${deviceId}`, 'malformed');
  return { millis, counter: 0, deviceId };
}

export function formatTimestamp(ts: Timestamp): string {
  return `${new Date(ts.millis).toISOString()}-${ts.counter.toString(16).toUpperCase().padStart(4, '0')}-${ts.deviceId}`;
}

export function parseTimestamp(text: string): Timestamp {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (!match) throw new ClockError(`not a clock timestamp: ${text.slice(0, 80)}`, 'malformed');
  const millis = Date.parse(match[1]!);
  if (!Number.isFinite(millis)) throw new ClockError(`not a clock timestamp: ${text.slice(0, 80)}`, 'malformed');
  return { millis, counter: parseInt(match[2]!, 16), deviceId: match[3]! };
}

export function isTimestamp(text: string): boolean {
  return TIMESTAMP_PATTERN.test(text);
}

/** A full counter carries into the next millisecond, as a digit carries into the next column. */
function carry(millis: number, counter: number, deviceId: string): ClockState {
  return counter > MAX_COUNTER ? { millis: millis + 1, counter: 0, deviceId } : { millis, counter, deviceId };
}

/** A timestamp for a local event at wall time `now`. */
export function tick(state: ClockState, now: number): { state: ClockState; timestamp: string } {
  const millis = Math.max(state.millis, now);
  const next = carry(millis, millis === state.millis ? state.counter + 1 : 0, state.deviceId);
  return { state: next, timestamp: formatTimestamp(next) };
}

export interface ReceiveResult {
  state: ClockState;
  /** Set when the remote clock was far ahead of our wall time and was not followed all the way. */
  clampedFrom?: number;
}

/**
 * Fold a remote timestamp into our clock so our next local timestamp sorts after it.
 * A remote wall time more than MAX_DRIFT_MS ahead of `now` is not followed (a laptop with a wrong date
 * must not drag every other device into the future); the caller reports `clampedFrom`.
 */
export function receive(state: ClockState, remote: string, now: number): ReceiveResult {
  const theirs = parseTimestamp(remote);
  const limit = now + MAX_DRIFT_MS;
  const clamped = theirs.millis > limit;
  const theirMillis = clamped ? limit : theirs.millis;
  const millis = Math.max(state.millis, now, theirMillis);
  let counter: number;
  if (millis === state.millis && millis === theirMillis) counter = Math.max(state.counter, theirs.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === theirMillis) counter = theirs.counter + 1;
  else counter = 0;
  const next = carry(millis, counter, state.deviceId);
  return clamped ? { state: next, clampedFrom: theirs.millis } : { state: next };
}
