import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileWriteError } from './fileWriteError';
import { writeExportFolder } from './exportFolder';

const bytes = (text: string) => new TextEncoder().encode(text);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fieldnotes-export-folder-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExportFolder', () => {
  const json = { name: 'safety-findings-2026-11-30.json', data: bytes('{"a":1}') };
  const files = [json, { name: 'safety-notes-2026-11-30.csv', data: bytes('Note\nx\n') }];

  it('writes every file into one new folder and leaves nothing else behind', async () => {
    const name = await writeExportFolder(dir, 'safety-export-2026-11-30', files);
    expect(name).toBe('safety-export-2026-11-30');
    expect(await readdir(dir)).toEqual([name]);
    expect((await readdir(path.join(dir, name))).sort()).toEqual(files.map((f) => f.name).sort());
    expect(await readFile(path.join(dir, name, json.name), 'utf8')).toBe('{"a":1}');
  });

  it('never touches a folder already there: the new one is numbered', async () => {
    await mkdir(path.join(dir, 'export'));
    await writeFile(path.join(dir, 'export', 'keep.txt'), 'mine');
    await mkdir(path.join(dir, 'export (2)'));
    expect(await writeExportFolder(dir, 'export', files)).toBe('export (3)');
    expect(await readdir(path.join(dir, 'export'))).toEqual(['keep.txt']);
    expect(await readdir(path.join(dir, 'export (2)'))).toEqual([]);
  });

  it('leaves no folder and no temp files when a write fails part-way', async () => {
    const clash = [json, json];
    await expect(writeExportFolder(dir, 'export', clash)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a file name with a folder in it', async () => {
    await expect(writeExportFolder(dir, 'export', [{ name: '../escape.txt', data: bytes('x') }])).rejects.toThrow(
      /plain file name/,
    );
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(path.dirname(dir))).not.toContain('escape.txt');
  });

  it('says the chosen folder is missing, not a stack trace', async () => {
    const error = await writeExportFolder(path.join(dir, 'gone'), 'export', files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).message).toMatch(/does not exist/);
  });

  it('writes inside the folder a link points to', async () => {
    const real = path.join(dir, 'real');
    await mkdir(real);
    await symlink(real, path.join(dir, 'link'));
    const name = await writeExportFolder(path.join(dir, 'link'), 'export', files);
    expect(await readdir(path.join(real, name))).toHaveLength(2);
  });
});
