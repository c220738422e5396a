import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ipcEvents } from '../../shared/ipc';
import { isTrustedOrigin } from '../origins';
import { createCloseFlush, type ClosingWindow } from './closeFlush';

const APP_PAGE = 'app://fieldnotes/index.html';

/** A window as main sees it: 'close' can be prevented; a close that is not prevented destroys it. */
class WindowStandIn extends EventEmitter implements ClosingWindow {
  destroyed = false;
  crashed = false;
  sent: { channel: string; payload: unknown }[] = [];
  webContents = {
    send: (channel: string, payload: unknown) => void this.sent.push({ channel, payload }),
    isCrashed: () => this.crashed,
  };

  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  requestId(): string {
    return (this.sent.at(-1)!.payload as { requestId: string }).requestId;
  }
}

function setUp(timeoutMs = 5_000) {
  const flush = createCloseFlush({ isTrustedSender: (url) => isTrustedOrigin(url, ['app://fieldnotes']), timeoutMs });
  const window = new WindowStandIn();
  const outcomes: string[] = [];
  flush.holdClose(window, (outcome) => outcomes.push(outcome));
  return { flush, window, outcomes };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('closing the window', () => {
  it('asks the page to flush and closes only when it has answered', async () => {
    const { flush, window, outcomes } = setUp();
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.sent).toHaveLength(1);
    expect(window.sent[0]!.channel).toBe(ipcEvents.closeRequested.channel);

    window.close(); // clicked again while the page flushes: still one request
    expect(window.sent).toHaveLength(1);

    await expect(flush.handlers.closeFlushed(APP_PAGE, { requestId: window.requestId() })).resolves.toEqual({
      ok: true,
    });
    await tick();
    expect(window.destroyed).toBe(true);
    expect(outcomes).toEqual(['flushed']);
  });

  it('closes after the timeout when the page never answers', async () => {
    const { window, outcomes } = setUp(40);
    const started = Date.now();
    window.close();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(window.destroyed).toBe(true);
    expect(outcomes).toEqual(['timed-out']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('refuses an answer from a foreign frame or with a malformed payload, and keeps waiting', async () => {
    const { flush, window } = setUp(200);
    window.close();
    const requestId = window.requestId();
    await expect(flush.handlers.closeFlushed('https://example.org/', { requestId })).rejects.toThrow(
      /^Refused fieldnotes:close-flushed: the request came from https:\/\/example\.org\//,
    );
    await expect(flush.handlers.closeFlushed(APP_PAGE, { requestId: 'x' })).rejects.toThrow(/invalid request/);
    await expect(flush.handlers.closeFlushed(APP_PAGE, undefined)).rejects.toThrow(/invalid request/);
    // A well-formed answer to a question nobody asked does nothing either.
    await flush.handlers.closeFlushed(APP_PAGE, { requestId: '0b7f3c2e-5d3a-4c1e-9f57-8a1d2b3c4d5e' });
    await tick();
    expect(window.destroyed).toBe(false);
    await flush.handlers.closeFlushed(APP_PAGE, { requestId });
    await tick();
    expect(window.destroyed).toBe(true);
  });

  it('closes a crashed page at once: there is nothing to ask', () => {
    const { window } = setUp();
    window.crashed = true;
    window.close();
    expect(window.destroyed).toBe(true);
    expect(window.sent).toEqual([]);
  });
});
