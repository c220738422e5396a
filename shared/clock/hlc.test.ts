import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClockError, createClock, formatTimestamp, MAX_DRIFT_MS, parseTimestamp, receive, tick } from './hlc';

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

  it('refuses more than 65,536 events in one millisecond rather than wrapping', () => {
    const state = { millis: T0, counter: 0xffff, deviceId: A };
    expect(() => tick(state, T0)).toThrow(/too many changes/);
  });
});
