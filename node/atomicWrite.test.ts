import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyEntryName } from '../shared/sync/layout';
import { atomicWriteFile, nodeAtomicWriteSteps, type AtomicWriteSteps } from './atomicWrite';

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

  it('names its temp file so a sync-folder scan passes over it while it is being written', async () => {
    const seen: string[] = [];
    const watching: AtomicWriteSteps = {
      ...nodeAtomicWriteSteps,
      async writeTemp(tempPath, data, mode) {
        seen.push(path.basename(tempPath));
        await nodeAtomicWriteSteps.writeTemp(tempPath, data, mode);
      },
    };
    await atomicWriteFile(path.join(dir, 'seg-000001-abc.ndjson'), bytes('{}'), { steps: watching });
    expect(seen).toHaveLength(1);
    expect(classifyEntryName(seen[0]!)).toBe('temp');
    expect(await fsp.readdir(dir)).toEqual(['seg-000001-abc.ndjson']);
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
        const whole = data as Uint8Array;
        await fsp.writeFile(tempPath, whole.subarray(0, whole.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(atomicWriteFile(target, bytes('a brand new workbook'), { steps: failingMidway })).rejects.toThrow(
      /the disk is full/,
    );
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
    await expect(atomicWriteFile(target, bytes('new'), { steps: failingRename })).rejects.toThrow(/EXDEV/);
    expect(await fsp.readFile(target, 'utf8')).toBe('the good copy');
    expect(await fsp.readdir(dir)).toEqual(['report.docx']);
  });

  it('refuses a folder as the target, leaving it and its content alone and no temp file', async () => {
    const target = path.join(dir, 'taken');
    await fsp.mkdir(target);
    await fsp.writeFile(path.join(target, 'inside.txt'), 'keep me');
    await expect(atomicWriteFile(target, bytes('new'))).rejects.toThrow(/it is a folder, not a file/);
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
    await atomicWriteFile(target, bytes('{}'), { steps: noFolderSync });
    expect(await fsp.readFile(target, 'utf8')).toBe('{}');
  });
});
