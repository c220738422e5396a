// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldnotesBridge } from '../../shared/ipc';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import { selectPlatform } from './index';

const bridge = (overrides: Partial<FieldnotesBridge> = {}): FieldnotesBridge => ({
  appInfo: async () => ({ name: 'Fieldnotes', version: '1', platform: 'linux', electron: '45', chrome: '142' }),
  saveFile: async () => ({ status: 'cancelled' }),
  openFile: async () => ({ status: 'cancelled' }),
  saveFolder: async () => ({ status: 'cancelled' }),
  syncChooseFolder: async () => ({ status: 'cancelled' }),
  syncForgetFolder: async () => ({ label: null }),
  syncFolder: async () => ({ label: null }),
  syncScan: async () => {
    throw new Error('not in this test');
  },
  syncWrite: async () => ({ written: [] }),
  syncCompact: async () => ({
    status: 'skipped',
    reason: { id: 'syncFiles.skipped', values: { what: 'nothingToTidy' } },
  }),
  syncPurge: async () => ({
    status: 'skipped',
    reason: { id: 'syncFiles.skipped', values: { what: 'nothingToTidy' } },
  }),
  onSyncFolderChanged: () => () => undefined,
  onCloseRequested: () => () => undefined,
  ...overrides,
});

afterEach(() => {
  vi.restoreAllMocks();
  delete window.fieldnotes;
});

describe('selectPlatform', () => {
  it('uses the preload bridge when it is there, the browser otherwise', () => {
    expect(selectPlatform(window).kind).toBe('browser');
    window.fieldnotes = bridge();
    expect(selectPlatform(window).kind).toBe('electron');
  });
});

describe('electron platform', () => {
  it('maps a cancelled open to null', async () => {
    expect(await createElectronPlatform(bridge()).openFile()).toBeNull();
  });

  it("shows main's message without Electron's remote-method prefix", async () => {
    const failing = bridge({
      saveFile: async () => {
        throw new Error(
          'Error invoking remote method \'fieldnotes:save-file\': IpcRequestError: Refused "x": it points outside the chosen folder.',
        );
      },
    });
    await expect(
      createElectronPlatform(failing).saveFile({ suggestedName: 'x', data: new Uint8Array(), mimeType: 'text/plain' }),
    ).rejects.toThrow(/^Refused "x": it points outside the chosen folder\.$/);
  });
});

describe('saving several files together', () => {
  const files = [
    { name: 'findings.json', data: new TextEncoder().encode('{}') },
    { name: 'notes.csv', data: new TextEncoder().encode('a,b') },
  ];

  it('asks main for a folder in the desktop app', async () => {
    const asked: unknown[] = [];
    const platform = createElectronPlatform(
      bridge({
        saveFolder: async (request) => {
          asked.push(request);
          return { status: 'saved', folderName: 'export (2)', fileCount: 2 };
        },
      }),
    );
    expect(await platform.saveFolder({ folderName: 'export', files })).toEqual({
      status: 'saved',
      name: 'export (2)',
      kind: 'folder',
    });
    expect(asked).toHaveLength(1);
  });

  it('downloads one zip holding the folder in the browser', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:fieldnotes/2');
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await createBrowserPlatform().saveFolder({ folderName: 'export', files });
    expect(result).toEqual({ status: 'saved', name: 'export.zip', kind: 'zip' });
    expect(clicked[0]?.download).toBe('export.zip');
  });
});

describe('electron close', () => {
  it('hands the page’s flush to preload and gives back its unsubscribe', () => {
    const registered: (() => unknown)[] = [];
    const platform = createElectronPlatform(
      bridge({
        onCloseRequested: (flush) => {
          registered.push(flush);
          return () => registered.splice(registered.indexOf(flush), 1);
        },
      }),
    );
    const stop = platform.onBeforeClose(() => 'flushed');
    expect(registered.map((flush) => flush())).toEqual(['flushed']);
    stop();
    expect(registered).toEqual([]);
  });
});

describe('electron folder sync', () => {
  const db = {} as never;

  it('has a port only once main has a folder for the project, and passes choices through', async () => {
    let label: string | null = null;
    const platform = createElectronPlatform(
      bridge({
        syncFolder: async () => ({ label }),
        syncChooseFolder: async () => ((label = '/home/maria/OneDrive/Fieldnotes'), { status: 'chosen', label }),
        syncWrite: async (request) => ({ written: request.segments.map((s) => s.name) }),
      }),
    );
    expect(platform.sync.kind).toBe('electron');
    expect(await platform.sync.port(db, 'p1', { ask: false })).toBeNull();
    expect(await platform.sync.choose(db, 'p1')).toBe('/home/maria/OneDrive/Fieldnotes');
    const port = await platform.sync.port(db, 'p1', { ask: false });
    expect(
      await port!.write({ projectId: 'p1', deviceId: 'D', segments: [{ name: 'seg-1', bytes: new Uint8Array() }] }),
    ).toEqual({ written: ['seg-1'] });
  });

  it('passes on folder-change events for its own project only', () => {
    let push: (projectId: string) => void = () => undefined;
    const platform = createElectronPlatform(bridge({ onSyncFolderChanged: (cb) => ((push = cb), () => undefined) }));
    const seen = vi.fn();
    platform.sync.watch!('p1', seen);
    push('p2');
    push('p1');
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('browser platform', () => {
  it('says folder sync is unsupported where there is no directory picker', () => {
    expect(createBrowserPlatform().sync.kind).toBe('unsupported');
  });

  it('saves by clicking a hidden download link named after the file', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:fieldnotes/1');
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await createBrowserPlatform().saveFile({
      suggestedName: 'notes.csv',
      data: new TextEncoder().encode('a,b'),
      mimeType: 'text/csv',
    });
    expect(result).toEqual({ status: 'saved', fileName: 'notes.csv' });
    expect(clicked[0]?.download).toBe('notes.csv');
    expect(clicked[0]?.href).toBe('blob:fieldnotes/1');
    expect(document.querySelector('a')).toBeNull();
  });

  it('opens through a file input limited to the filters, and returns the bytes', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toBe('.fieldnotes,.zip');
      const file = new File(['PK'], 'kit.fieldnotes');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const opened = await createBrowserPlatform().openFile({
      filters: [{ name: 'Kit', extensions: ['fieldnotes', 'zip'] }],
    });
    expect(opened?.fileName).toBe('kit.fieldnotes');
    expect(new TextDecoder().decode(opened?.data)).toBe('PK');
    expect(document.querySelector('input')).toBeNull();
  });

  it('returns null when the file chooser is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await createBrowserPlatform().openFile()).toBeNull();
  });
});
