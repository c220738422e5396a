// The preload runs against a stand-in for Electron's module: the real one would try to download a binary.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, ipcEvents, PRELOAD_ONLY_CHANNELS } from '../shared/ipc';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'answer');
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    send: vi.fn(),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, listener),
    ),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('./preload');
  });

  it('exposes exactly the FieldnotesBridge methods on window.fieldnotes, and not ipcRenderer', () => {
    expect([...exposed.keys()]).toEqual(['fieldnotes']);
    const bridge = exposed.get('fieldnotes') as Record<string, unknown>;
    const methods = Object.keys(ipcChannels).filter((m) => !(PRELOAD_ONLY_CHANNELS as readonly string[]).includes(m));
    expect(Object.keys(bridge).sort()).toEqual([...methods, 'onSyncFolderChanged', 'onCloseRequested'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each method on its own channel', async () => {
    const bridge = exposed.get('fieldnotes') as Record<string, (request?: unknown) => Promise<unknown>>;
    await bridge.appInfo!();
    await bridge.openFile!({ filters: [] });
    expect(invoke).toHaveBeenCalledWith(ipcChannels.appInfo.channel);
    expect(invoke).toHaveBeenCalledWith(ipcChannels.openFile.channel, { filters: [] });
  });

  it('hands the folder-changed event to the page as a project id only, and unsubscribes', () => {
    const bridge = exposed.get('fieldnotes') as { onSyncFolderChanged(cb: (id: string) => void): () => void };
    const seen: unknown[] = [];
    const stop = bridge.onSyncFolderChanged((...args) => seen.push(args));
    const listener = listeners.get(ipcEvents.syncFolderChanged.channel)!;
    listener({ sender: 'ipcRenderer' }, { projectId: 'abc-123' });
    listener({ sender: 'ipcRenderer' }, { projectId: '../etc' });
    expect(seen).toEqual([['abc-123']]);
    stop();
    expect(listeners.has(ipcEvents.syncFolderChanged.channel)).toBe(false);
  });

  it('answers a close request once every registered flush has finished, and ignores a malformed one', async () => {
    const bridge = exposed.get('fieldnotes') as { onCloseRequested(flush: () => unknown): () => void };
    const order: string[] = [];
    let finishSlow: () => void = () => undefined;
    bridge.onCloseRequested(() => order.push('quick'));
    const stopSlow = bridge.onCloseRequested(
      () => new Promise<void>((resolve) => (finishSlow = () => (order.push('slow'), resolve()))),
    );
    bridge.onCloseRequested(() => {
      throw new Error('a flush that fails still lets the window close');
    });
    const request = listeners.get(ipcEvents.closeRequested.channel)!;
    invoke.mockClear();
    request({ sender: 'ipcRenderer' }, { requestId: 'not a uuid' });
    const requestId = '0b7f3c2e-5d3a-4c1e-9f57-8a1d2b3c4d5e';
    request({ sender: 'ipcRenderer' }, { requestId });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(invoke).not.toHaveBeenCalled();
    finishSlow();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith(ipcChannels.closeFlushed.channel, { requestId }));
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(order).toEqual(['quick', 'slow']);
    stopSlow();
  });
});
