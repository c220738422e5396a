import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler } from './scheduler';

afterEach(() => vi.useRealTimers());

function deferredSync() {
  const calls: (() => void)[] = [];
  const sync = vi.fn(() => new Promise<void>((resolve) => calls.push(resolve)));
  return { sync, finishNext: () => calls.shift()?.() };
}

describe('createSyncScheduler', () => {
  it('syncs on start, on the timer and on folder changes, never two at once', async () => {
    vi.useFakeTimers();
    let changed: () => void = () => undefined;
    const { sync, finishNext } = deferredSync();
    const scheduler = createSyncScheduler({
      sync,
      intervalMs: 60_000,
      debounceMs: 1000,
      watch: (cb) => ((changed = cb), () => undefined),
    });
    scheduler.start();
    expect(sync).toHaveBeenCalledTimes(1);
    changed();
    changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sync).toHaveBeenCalledTimes(1);
    finishNext();
    await vi.advanceTimersByTimeAsync(0);
    // The burst of folder events asked for exactly one more run, after the first.
    expect(sync).toHaveBeenCalledTimes(2);
    finishNext();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sync).toHaveBeenCalledTimes(3);
    finishNext();
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it('“Sync now” during a run waits for a fresh run, and reports errors without stopping', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const sync = vi.fn(async () => {
      if (fail) {
        fail = false;
        throw new Error('folder offline');
      }
    });
    const scheduler = createSyncScheduler({ sync, onError: (e) => errors.push(e) });
    await Promise.all([scheduler.syncNow(), scheduler.syncNow(), scheduler.syncNow()]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(1);
  });
});
