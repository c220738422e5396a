/**
 * When sync runs: on start, on a timer, when the folder changes, and on "Sync now".
 * Runs never overlap; a trigger during a run asks for one more run after it, however many triggers came.
 * Folder-change events arrive in bursts (a cloud client writes many files), so they are debounced.
 */
export interface SchedulerOptions {
  sync: () => Promise<unknown>;
  intervalMs?: number;
  debounceMs?: number;
  /** Subscribe to "the folder changed" events; returns an unsubscribe. Optional: the browser has none. */
  watch?: (onChange: () => void) => () => void;
  onError?: (error: unknown) => void;
}

export interface SyncScheduler {
  start(): void;
  stop(): void;
  /** Sync as soon as possible; resolves when a run that started after this call has finished. */
  syncNow(): Promise<void>;
}

export function createSyncScheduler(options: SchedulerOptions): SyncScheduler {
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  const debounceMs = options.debounceMs ?? 2_000;
  let timer: ReturnType<typeof setInterval> | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let unwatch: (() => void) | null = null;
  let current: Promise<void> | null = null;
  let again: Promise<void> | null = null;

  const runOnce = async () => {
    try {
      await options.sync();
    } catch (error) {
      options.onError?.(error);
    }
  };

  function trigger(): Promise<void> {
    if (!current) {
      current = runOnce().finally(() => (current = null));
      return current;
    }
    // A run is in progress: it may have missed what caused this trigger, so queue exactly one more.
    again ??= current.then(() => {
      again = null;
      return trigger();
    });
    return again;
  }

  return {
    start() {
      if (timer) return;
      void trigger();
      timer = setInterval(() => void trigger(), intervalMs);
      unwatch =
        options.watch?.(() => {
          if (debounce) clearTimeout(debounce);
          debounce = setTimeout(() => void trigger(), debounceMs);
        }) ?? null;
    },
    stop() {
      if (timer) clearInterval(timer);
      if (debounce) clearTimeout(debounce);
      unwatch?.();
      timer = debounce = null;
      unwatch = null;
    },
    syncNow: trigger,
  };
}
