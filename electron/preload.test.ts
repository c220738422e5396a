// The preload runs against a stand-in for Electron's module: the real one would try to download a binary.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'answer');

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
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
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(ipcChannels).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each method on its own channel', async () => {
    const bridge = exposed.get('fieldnotes') as Record<string, (request?: unknown) => Promise<unknown>>;
    await bridge.appInfo!();
    await bridge.openFile!({ filters: [] });
    expect(invoke).toHaveBeenCalledWith(ipcChannels.appInfo.channel);
    expect(invoke).toHaveBeenCalledWith(ipcChannels.openFile.channel, { filters: [] });
  });
});
