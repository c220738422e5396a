import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  atomicWriteFile,
  FileTooLargeError,
  nodeAtomicWriteSteps,
  PathOutsideError,
  readFileLimited,
  resolveInside,
  type AtomicWriteSteps,
} from './files';

let dir: string;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-files-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('atomicWriteFile', () => {
  it('creates a new file and replaces an existing one, leaving no temp file', async () => {
    const target = path.join(dir, 'notes.csv');
    await atomicWriteFile(target, bytes('first'));
    await atomicWriteFile(target, bytes('second'));
    expect(await fsp.readFile(target, 'utf8')).toBe('second');
    expect(await fsp.readdir(dir)).toEqual(['notes.csv']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const target = path.join(dir, 'kit.fieldnotes');
    await fsp.writeFile(target, 'old');
    await fsp.chmod(target, 0o600);
    await atomicWriteFile(target, bytes('new'));
    expect((await fsp.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('leaves the target untouched and removes the partial temp file when the write fails midway', async () => {
    const target = path.join(dir, 'findings.xlsx');
    await fsp.writeFile(target, 'the good copy');
    const failingMidway: AtomicWriteSteps = {
      ...nodeAtomicWriteSteps,
      async writeTemp(tempPath, data) {
        // Half the bytes reach the disk, then the disk "fills up".
        await fsp.writeFile(tempPath, data.subarray(0, data.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(atomicWriteFile(target, bytes('a brand new workbook'), failingMidway)).rejects.toThrow(/ENOSPC/);
    expect(await fsp.readFile(target, 'utf8')).toBe('the good copy');
    expect(await fsp.readdir(dir)).toEqual(['findings.xlsx']);
  });

  it('leaves the target untouched and removes the temp file when the rename fails', async () => {
    const target = path.join(dir, 'report.docx');
    await fsp.writeFile(target, 'the good copy');
    const failingRename: AtomicWriteSteps = {
      ...nodeAtomicWriteSteps,
      rename: async () => {
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      },
    };
    await expect(atomicWriteFile(target, bytes('new'), failingRename)).rejects.toThrow(/EXDEV/);
    expect(await fsp.readFile(target, 'utf8')).toBe('the good copy');
    expect(await fsp.readdir(dir)).toEqual(['report.docx']);
  });

  it('fails cleanly on a real rename error (the target is a folder) and leaves no temp file', async () => {
    const target = path.join(dir, 'taken');
    await fsp.mkdir(target);
    await fsp.writeFile(path.join(target, 'inside.txt'), 'keep me');
    await expect(atomicWriteFile(target, bytes('new'))).rejects.toThrow();
    expect(await fsp.readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(await fsp.readdir(dir)).toEqual(['taken']);
  });

  it('does not turn a save into an error when only the folder fsync is unsupported', async () => {
    const target = path.join(dir, 'a.json');
    const noFolderSync: AtomicWriteSteps = {
      ...nodeAtomicWriteSteps,
      syncFolder: async () => {
        throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
      },
    };
    await atomicWriteFile(target, bytes('{}'), noFolderSync);
    expect(await fsp.readFile(target, 'utf8')).toBe('{}');
  });
});

describe('resolveInside', () => {
  it('accepts plain names and sub-folders inside the root', async () => {
    expect(await resolveInside(dir, 'export.xlsx')).toBe(path.join(dir, 'export.xlsx'));
    expect(await resolveInside(dir, 'sub/new-folder/export.xlsx')).toBe(
      path.join(dir, 'sub', 'new-folder', 'export.xlsx'),
    );
  });

  it.each(['../escape.txt', 'sub/../../escape.txt', '..', '.', '', 'a\0b'])('refuses %j', async (name) => {
    await expect(resolveInside(dir, name)).rejects.toBeInstanceOf(PathOutsideError);
  });

  it.each(['/etc/passwd', 'C:\\Windows\\win.ini', '\\\\server\\share\\x'])(
    'refuses the absolute path %j',
    async (name) => {
      await expect(resolveInside(dir, name)).rejects.toThrow(/outside the chosen folder/);
    },
  );

  it('refuses a symbolic link that leads out of the folder, for a file and for a folder on the way', async () => {
    const outside = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-outside-'));
    try {
      await fsp.writeFile(path.join(outside, 'secret.txt'), 'x');
      await fsp.symlink(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
      await fsp.symlink(outside, path.join(dir, 'linked-folder'), 'dir');
      await expect(resolveInside(dir, 'link.txt')).rejects.toBeInstanceOf(PathOutsideError);
      await expect(resolveInside(dir, 'linked-folder/new.txt')).rejects.toBeInstanceOf(PathOutsideError);
    } finally {
      await fsp.rm(outside, { recursive: true, force: true });
    }
  });

  it('accepts a symbolic link that stays inside the folder', async () => {
    await fsp.mkdir(path.join(dir, 'real'));
    await fsp.symlink(path.join(dir, 'real'), path.join(dir, 'alias'), 'dir');
    expect(await resolveInside(dir, 'alias/file.txt')).toBe(path.join(dir, 'alias', 'file.txt'));
  });
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
