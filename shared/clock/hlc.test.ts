import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ClockError,
  createClock,
  formatTimestamp,
  isTimestamp,
  MAX_COUNTER,
  MAX_DRIFT_MS,
  parseTimestamp,
  receive,
  tick,
  type ClockState,
} from './hlc';

const A = '0123456789ABCDEF';
const B = 'FEDCBA9876543210';
const T0 = Date.parse('2026-11-26T06:00:00.000Z');

describe('hybrid logical clock', () => {
  it('formats and parses timestamps that sort as strings', () => {
    const text = formatTimestamp({ millis: T0, counter: 10, deviceId: A });
    expect(text).toBe('2026-11-26T06:00:00.000Z-000A-0123456789ABCDEF');
    expect(parseTimestamp(text)).toEqual({ millis: T0, counter: 10, deviceId: A });
    expect(() => parseTimestamp('2026-11-26-nonsense')).toThrow(ClockError);
  });

  it('never goes backwards, even when the wall clock does', () => {
    let state = createClock(A);
    const stamps: string[] = [];
    for (const now of [T0, T0, T0 - 5000, T0 + 1, T0 + 1, T0 - 100]) {
      const next = tick(state, now);
      state = next.state;
      stamps.push(next.timestamp);
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('orders a local event after any remote timestamp it has received', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.nat(1000),
        (skew, wall, counter) => {
          const remote = formatTimestamp({ millis: T0 + skew, counter, deviceId: B });
          const received = receive(createClock(A, T0), remote, T0 + wall).state;
          const local = tick(received, T0 + wall).timestamp;
          expect(local > remote).toBe(true);
        },
      ),
    );
  });

  it('clamps a remote clock that is far in the future and says so', () => {
    const future = formatTimestamp({ millis: T0 + 10 * 24 * 3600_000, counter: 0, deviceId: B });
    const result = receive(createClock(A), future, T0);
    expect(result.clampedFrom).toBe(T0 + 10 * 24 * 3600_000);
    expect(result.state.millis).toBe(T0 + MAX_DRIFT_MS);
  });

  it('moves to the next millisecond when the counter fills, rather than wrapping or failing', () => {
    const full = { millis: T0, counter: MAX_COUNTER, deviceId: A };
    const next = tick(full, T0);
    expect(next.state).toEqual({ millis: T0 + 1, counter: 0, deviceId: A });
    expect(next.timestamp > formatTimestamp(full)).toBe(true);
    const remote = formatTimestamp({ millis: T0, counter: MAX_COUNTER, deviceId: B });
    expect(receive(createClock(A, T0), remote, T0).state).toEqual({ millis: T0 + 1, counter: 0, deviceId: A });
  });

  it('issues strictly increasing, well-formed timestamps for any run of events around a full counter', () => {
    const event = fc.oneof(
      // Mostly a stalled or slow wall clock (a bulk import), sometimes one that jumps back or ahead, or a remote stamp.
      { weight: 8, arbitrary: fc.record({ remote: fc.constant(null), wall: fc.integer({ min: -2, max: 1 }) }) },
      { weight: 1, arbitrary: fc.record({ remote: fc.constant(null), wall: fc.integer({ min: -5000, max: 5000 }) }) },
      {
        weight: 1,
        arbitrary: fc.record({
          remote: fc.integer({ min: MAX_COUNTER - 3, max: MAX_COUNTER }),
          wall: fc.integer({ min: -3, max: 3 }),
        }),
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_COUNTER - 40, max: MAX_COUNTER }),
        fc.array(event, { maxLength: 200 }),
        (start, events) => {
          let state: ClockState = { millis: T0, counter: start, deviceId: A };
          let last = formatTimestamp(state);
          for (const { remote, wall } of events) {
            if (remote === null) {
              const next = tick(state, T0 + wall);
              if (!(next.timestamp > last) || !isTimestamp(next.timestamp)) return false;
              state = next.state;
            } else {
              const theirs = formatTimestamp({ millis: state.millis + wall, counter: remote, deviceId: B });
              state = receive(state, theirs, T0).state;
              if (!(formatTimestamp(state) > theirs) || !(formatTimestamp(state) > last)) return false;
            }
            if (state.counter > MAX_COUNTER) return false;
            last = formatTimestamp(state);
          }
          return true;
        },
      ),
    );
  });

  it('stamps 200,000 changes in one millisecond, in order, running only a few milliseconds ahead', () => {
    let state = createClock(A, T0);
    let last = '';
    let ordered = true;
    for (let i = 0; i < 200_000; i++) {
      const next = tick(state, T0);
      ordered &&= next.timestamp > last;
      last = next.timestamp;
      state = next.state;
    }
    expect(ordered).toBe(true);
    expect(state.millis - T0).toBe(3);
  });
});
