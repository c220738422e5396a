import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathOutsideError, resolveInside } from './resolveInside';

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-files-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
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
