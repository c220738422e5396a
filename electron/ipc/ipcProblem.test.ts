/**
 * A file problem crosses from main to the page as data (the page words it: renderer/platform/ipcProblemWords.ts):
 * driven on real temp folders through the same handlers main.ts registers, and read back the way the page reads it.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeIpcProblem } from '../../shared/ipcProblem';
import type { IpcProblem } from '../../shared/ipcProblem';
import { createIpcHandlers, IpcRequestError } from './handlers';
import { forRenderer } from './ipcProblem';

const APP_PAGE = 'app://fieldnotes/index.html';
let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-ipc-problem-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function handlers(chosen: string) {
  return createIpcHandlers({
    isTrustedSender: (url) => url === APP_PAGE,
    appInfo: () => ({ name: 'Fieldnotes', version: '0', platform: 'linux', electron: '0', chrome: '0' }),
    chooseSavePath: async () => chosen,
    chooseOpenPath: async () => chosen,
    chooseExportFolder: async () => chosen,
    maxFileBytes: 1024 * 1024,
  });
}

/** What the page gets: Electron's prefix, then the message main threw. */
async function asPageSees(call: Promise<unknown>): Promise<IpcProblem> {
  const thrown = await call.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => forRenderer(error) as Error,
  );
  const problem = decodeIpcProblem(`Error invoking remote method 'fieldnotes:x': Error: ${thrown.message}`);
  expect(problem).not.toBeNull();
  return problem!;
}

describe('file problems from main, as data for the page', () => {
  it('sends a file too large to open with its sizes', async () => {
    const big = path.join(dir, 'big.csv');
    await fsp.writeFile(big, new Uint8Array(2 * 1024 * 1024 + 200_000));
    expect(await asPageSees(handlers(big).openFile(APP_PAGE, {}))).toEqual({
      code: 'too-large',
      file: 'big.csv',
      size: 2 * 1024 * 1024 + 200_000,
      limit: 1024 * 1024,
    });
  });

  it('sends a save whose folder is gone with its reason as data', async () => {
    const target = path.join(dir, 'missing', 'out.xlsx');
    const request = { suggestedName: 'out.xlsx', data: new Uint8Array([1]) };
    const problem = await asPageSees(handlers(target).saveFile(APP_PAGE, request));
    expect(problem).toMatchObject({ code: 'cannot-write', why: { kind: 'no-folder' } });
  });

  it('sends a name that leads out of the chosen folder', async () => {
    const outside = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-outside-'));
    try {
      await fsp.writeFile(path.join(outside, 'x.csv'), 'theirs');
      await fsp.symlink(path.join(outside, 'x.csv'), path.join(dir, 'link.csv'));
      const request = { suggestedName: 'x.csv', data: new Uint8Array([1]) };
      const problem = await asPageSees(handlers(path.join(dir, 'link.csv')).saveFile(APP_PAGE, request));
      expect(problem).toEqual({ code: 'outside-folder', name: 'link.csv' });
      expect(await fsp.readFile(path.join(outside, 'x.csv'), 'utf8')).toBe('theirs');
    } finally {
      await fsp.rm(outside, { recursive: true, force: true });
    }
  });

  it('sends a sync project without a folder as a code', async () => {
    const refused = new IpcRequestError('No shared folder is chosen for this project.', { code: 'no-sync-folder' });
    expect(await asPageSees(Promise.reject(refused))).toEqual({ code: 'no-sync-folder' });
  });

  it('passes an error that is no file problem on unchanged', () => {
    const bug = new TypeError('x is undefined');
    expect(forRenderer(bug)).toBe(bug);
  });
});
