import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFolderAccess } from './nodeFolder';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fieldnotes-folder-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe('nodeFolderAccess', () => {
  it('writes atomically into new folders and leaves no temp file', async () => {
    const access = nodeFolderAccess(root);
    await access.writeAtomic(['p', 'v1', 'devices', 'D', 'seg.ndjson'], new TextEncoder().encode('hello\n'));
    await access.writeAtomic(['p', 'v1', 'devices', 'D', 'seg.ndjson'], new TextEncoder().encode('again\n'));
    expect(await readFile(path.join(root, 'p/v1/devices/D/seg.ndjson'), 'utf8')).toBe('again\n');
    expect(await readdir(path.join(root, 'p/v1/devices/D'))).toEqual(['seg.ndjson']);
    expect(await access.list(['p', 'v1', 'devices'])).toEqual([{ name: 'D', kind: 'directory' }]);
  });

  it('answers null for a missing folder and refuses paths that leave the root', async () => {
    const access = nodeFolderAccess(root);
    expect(await access.list(['nothing', 'here'])).toBeNull();
    await expect(access.read(['..', 'etc', 'passwd'])).rejects.toThrow(/plain name/);
    await expect(access.writeAtomic(['a/b'], new Uint8Array(1))).rejects.toThrow(/plain name/);
    expect(await nodeFolderAccess(path.join(root, 'missing')).list([])).toBeNull();
  });

  it('refuses files larger than any segment', async () => {
    const access = nodeFolderAccess(root, { maxFileBytes: 4 });
    await access.writeAtomic(['big'], new Uint8Array(10));
    await expect(access.read(['big'])).rejects.toThrow(/too large/);
  });
});
