import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTrustedOrigin } from '../origins';
import { createIpcHandlers, IpcRequestError, type IpcHandlerDeps } from './handlers';

const APP_PAGE = 'app://fieldnotes/index.html';
const appInfo = { name: 'Fieldnotes', version: '0.1.0', platform: 'linux', electron: '45.5.0', chrome: '142.0' };

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-ipc-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function handlersWith(overrides: Partial<IpcHandlerDeps> = {}) {
  const calls = { save: 0, open: 0, folder: 0 };
  const handlers = createIpcHandlers({
    isTrustedSender: (url) => isTrustedOrigin(url, ['app://fieldnotes']),
    appInfo: () => appInfo,
    chooseSavePath: async ({ suggestedName }) => {
      calls.save++;
      return path.join(dir, suggestedName);
    },
    chooseOpenPath: async () => {
      calls.open++;
      return path.join(dir, 'kit.fieldnotes');
    },
    chooseExportFolder: async () => {
      calls.folder++;
      return dir;
    },
    ...overrides,
  });
  return { handlers, calls };
}

const saveRequest = (suggestedName = 'findings.xlsx') => ({
  suggestedName,
  data: new TextEncoder().encode('workbook'),
  filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
});

describe('sender check', () => {
  it.each([
    ['a foreign app origin', 'app://evil/index.html'],
    ['a web page', 'https://example.org/'],
    ['a file page', 'file:///tmp/index.html'],
    ['a destroyed frame', undefined],
  ])('refuses %s on every channel before showing any dialog', async (_label, frameUrl) => {
    const { handlers, calls } = handlersWith();
    await expect(handlers.appInfo(frameUrl, undefined)).rejects.toThrow(
      /^Refused fieldnotes:app-info: the request came from .*not from Fieldnotes\.$/,
    );
    await expect(handlers.saveFile(frameUrl, saveRequest())).rejects.toBeInstanceOf(IpcRequestError);
    await expect(handlers.openFile(frameUrl, { filters: [] })).rejects.toThrow(/^Refused fieldnotes:open-file/);
    await expect(handlers.saveFolder(frameUrl, folderRequest())).rejects.toThrow(/^Refused fieldnotes:save-folder/);
    expect(calls).toEqual({ save: 0, open: 0, folder: 0 });
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});

describe('payload validation', () => {
  it.each([
    [
      'a path instead of a name',
      { ...saveRequest(), suggestedName: '../../.bashrc' },
      /suggestedName is not a plain file name/,
    ],
    ['a folder in the name', { ...saveRequest(), suggestedName: 'sub/findings.xlsx' }, /suggestedName/],
    ['text instead of bytes', { ...saveRequest(), data: 'workbook' }, /data/],
    [
      'a bad filter extension',
      { ...saveRequest(), filters: [{ name: 'x', extensions: ['*.exe;'] }] },
      /filters\.0\.extensions\.0/,
    ],
    ['no payload at all', undefined, /invalid request/],
  ])('refuses a save request with %s, naming the field', async (_label, payload, message) => {
    const { handlers, calls } = handlersWith();
    const error = await handlers.saveFile(APP_PAGE, payload).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcRequestError);
    expect((error as Error).message).toMatch(/^Refused fieldnotes:save-file: invalid request \(/);
    expect((error as Error).message).toMatch(message);
    // The page gets the refusal as data: the channel and the payload's first issue as a message reference.
    expect((error as IpcRequestError).problem).toMatchObject({
      code: 'refused',
      channel: 'fieldnotes:save-file',
      why: { kind: 'invalid', issue: { id: expect.stringMatching(/^schemaIssues\./) } },
    });
    expect(calls.save).toBe(0);
  });

  it('refuses an appInfo call that carries a payload', async () => {
    await expect(handlersWith().handlers.appInfo(APP_PAGE, { sneaky: true })).rejects.toThrow(/invalid request/);
  });
});

describe('appInfo', () => {
  it('answers our own pages and the dev server when it is trusted', async () => {
    const { handlers } = handlersWith({
      isTrustedSender: (url) => isTrustedOrigin(url, ['app://fieldnotes', 'http://localhost:5173']),
    });
    expect(await handlers.appInfo(APP_PAGE, undefined)).toEqual(appInfo);
    expect(await handlers.appInfo('http://localhost:5173/', undefined)).toEqual(appInfo);
  });
});

describe('saveFile', () => {
  it('writes exactly the path chosen in the dialog', async () => {
    const { handlers } = handlersWith();
    expect(await handlers.saveFile(APP_PAGE, saveRequest())).toEqual({ status: 'saved', fileName: 'findings.xlsx' });
    expect(await fsp.readFile(path.join(dir, 'findings.xlsx'), 'utf8')).toBe('workbook');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers } = handlersWith({ chooseSavePath: async () => undefined });
    expect(await handlers.saveFile(APP_PAGE, saveRequest())).toEqual({ status: 'cancelled' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('refuses a chosen file that is a link out of its folder', async () => {
    const outside = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-outside-'));
    try {
      await fsp.writeFile(path.join(outside, 'victim.txt'), 'untouched');
      await fsp.symlink(path.join(outside, 'victim.txt'), path.join(dir, 'findings.xlsx'));
      await expect(handlersWith().handlers.saveFile(APP_PAGE, saveRequest())).rejects.toThrow(
        /outside the chosen folder/,
      );
      expect(await fsp.readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('untouched');
    } finally {
      await fsp.rm(outside, { recursive: true, force: true });
    }
  });
});

const folderRequest = (files = [{ name: 'findings.json', data: new TextEncoder().encode('{}') }]) => ({
  folderName: 'safety-export-2026-11-30',
  files,
});

describe('saveFolder', () => {
  it('writes every file into one new folder in the folder chosen', async () => {
    const files = [
      { name: 'findings.json', data: new TextEncoder().encode('{}') },
      { name: 'notes.csv', data: new TextEncoder().encode('Note\n') },
    ];
    expect(await handlersWith().handlers.saveFolder(APP_PAGE, folderRequest(files))).toEqual({
      status: 'saved',
      folderName: 'safety-export-2026-11-30',
      fileCount: 2,
    });
    expect((await fsp.readdir(path.join(dir, 'safety-export-2026-11-30'))).sort()).toEqual([
      'findings.json',
      'notes.csv',
    ]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers } = handlersWith({ chooseExportFolder: async () => undefined });
    expect(await handlers.saveFolder(APP_PAGE, folderRequest())).toEqual({ status: 'cancelled' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it.each([
    ['a file name with a folder in it', folderRequest([{ name: '../x.json', data: new Uint8Array(1) }])],
    ['a folder name that climbs out', { ...folderRequest(), folderName: '..' }],
    [
      'a name used twice',
      folderRequest([
        { name: 'a.json', data: new Uint8Array(1) },
        { name: 'a.json', data: new Uint8Array(1) },
      ]),
    ],
    ['no files', folderRequest([])],
  ])('refuses %s before showing the dialog', async (_label, payload) => {
    const { handlers, calls } = handlersWith();
    await expect(handlers.saveFolder(APP_PAGE, payload)).rejects.toBeInstanceOf(IpcRequestError);
    expect(calls.folder).toBe(0);
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});

describe('openFile', () => {
  it('returns the chosen file name and bytes', async () => {
    await fsp.writeFile(path.join(dir, 'kit.fieldnotes'), 'PK');
    const response = await handlersWith().handlers.openFile(APP_PAGE, {});
    expect(response.status).toBe('opened');
    if (response.status === 'opened') {
      expect(response.fileName).toBe('kit.fieldnotes');
      expect(new TextDecoder().decode(response.data)).toBe('PK');
    }
  });

  it('returns cancelled when the dialog is cancelled', async () => {
    const { handlers } = handlersWith({ chooseOpenPath: async () => undefined });
    expect(await handlers.openFile(APP_PAGE, { filters: [] })).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over the size limit with a message the user can act on', async () => {
    await fsp.writeFile(path.join(dir, 'kit.fieldnotes'), '0123456789');
    const { handlers } = handlersWith({ maxFileBytes: 4 });
    await expect(handlers.openFile(APP_PAGE, {})).rejects.toThrow(
      /"kit\.fieldnotes" is .* MB; Fieldnotes opens files of up to/,
    );
  });
});
