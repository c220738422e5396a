import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, readFileLimited } from './readLimited';

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-files-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('readFileLimited', () => {
  it('reads a file whole', async () => {
    const file = path.join(dir, 'kit.json');
    await fsp.writeFile(file, '{"ok":true}');
    const bytes = await readFileLimited(file, 1024);
    expect(new TextDecoder().decode(bytes)).toBe('{"ok":true}');
    // IPC sends the whole ArrayBuffer behind a view, so it must hold the file and nothing more.
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('reads an empty file', async () => {
    const file = path.join(dir, 'empty.csv');
    await fsp.writeFile(file, '');
    expect((await readFileLimited(file, 1024)).byteLength).toBe(0);
  });

  it('refuses a file over the limit before reading it, with its size in the message', async () => {
    const file = path.join(dir, 'huge.fieldnotes');
    await fsp.writeFile(file, '');
    await fsp.truncate(file, 3 * 1024 * 1024); // sparse: no real disk use
    const error = await readFileLimited(file, 2 * 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as Error).message).toBe('"huge.fieldnotes" is 3.0 MB; Fieldnotes opens files of up to 2.0 MB.');
  });

  it('refuses a folder', async () => {
    await expect(readFileLimited(dir, 1024)).rejects.toThrow(/not a file|EISDIR/);
  });
});
