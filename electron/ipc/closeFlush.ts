/**
 * Closing the window without losing what the page holds only in memory. When the window is asked to close, main
 * holds the close, asks the page to flush (capture writes its draft and waits for notes on their way to commit),
 * and closes once the page answers — or after `timeoutMs`, so a hung page can never keep the window open. A
 * crashed page has nothing to flush and closes at once. The answer comes over the IPC contract like every other
 * call: sender checked, payload validated (`guarded`), and only an answer to a question main asked counts.
 *
 * Electron is not imported: the window is described by the few members used, so Vitest drives this with a
 * stand-in, as main.ts drives it with a BrowserWindow.
 */
import { randomUUID } from 'node:crypto';
import { ipcEvents } from '../../shared/ipc';
import { guarded, type IpcHandlers } from './handlers';

export const CLOSE_FLUSH_TIMEOUT_MS = 3000;

/** The members of a BrowserWindow this module uses. */
export interface ClosingWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string, payload: unknown): void; isCrashed(): boolean };
}

export interface CloseFlushDeps {
  isTrustedSender(frameUrl: string | undefined): boolean;
  timeoutMs?: number;
}

export type FlushOutcome = 'flushed' | 'timed-out';

export interface CloseFlush {
  handlers: IpcHandlers<'closeFlushed'>;
  /** Holds every close of this window until its page has flushed (or the timeout); `onClosing` runs then. */
  holdClose(window: ClosingWindow, onClosing?: (outcome: FlushOutcome) => void): void;
}

export function createCloseFlush(deps: CloseFlushDeps): CloseFlush {
  const timeoutMs = deps.timeoutMs ?? CLOSE_FLUSH_TIMEOUT_MS;
  const waiting = new Map<string, () => void>();

  function askToFlush(window: ClosingWindow): Promise<FlushOutcome> {
    const requestId = randomUUID();
    return new Promise<FlushOutcome>((resolve) => {
      const timer = setTimeout(() => settle('timed-out'), timeoutMs);
      function settle(outcome: FlushOutcome) {
        clearTimeout(timer);
        waiting.delete(requestId);
        resolve(outcome);
      }
      waiting.set(requestId, () => settle('flushed'));
      try {
        window.webContents.send(ipcEvents.closeRequested.channel, { requestId });
      } catch {
        settle('timed-out'); // the page is gone: nothing to wait for
      }
    });
  }

  return {
    handlers: {
      closeFlushed: guarded('closeFlushed', deps, async ({ requestId }) => {
        waiting.get(requestId)?.();
        return { ok: true as const };
      }),
    },
    holdClose(window, onClosing) {
      let phase: 'open' | 'flushing' | 'closing' = 'open';
      window.on('close', (event) => {
        if (phase === 'closing' || window.webContents.isCrashed()) return;
        event.preventDefault();
        if (phase === 'flushing') return; // a second click while the page flushes: the first one will close
        phase = 'flushing';
        void askToFlush(window).then((outcome) => {
          phase = 'closing';
          onClosing?.(outcome);
          if (!window.isDestroyed()) window.close();
        });
      });
    },
  };
}
