/**
 * What the atomic writer does with targets that are not a plain file in a plain folder, on real links, pipes,
 * sockets, devices and folders in a temp folder; and how it tidies up after a run that was killed mid-write.
 */
import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile, atomicWriteFiles, FileWriteError } from './atomicWrite';
import { cleanStaleTempFiles, STALE_AFTER_MS, tempName } from './tempFiles';

let dir: string;
const bytes = (text: string) => new TextEncoder().encode(text);
const posix = process.platform !== 'win32';

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-targets-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function refusal(target: string): Promise<FileWriteError> {
  const error = await atomicWriteFile(target, bytes('new')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileWriteError);
  return error as FileWriteError;
}

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe.skipIf(!posix)('targets that are links', () => {
  it('replaces the file a link points to and keeps the link a link', async () => {
    const real = path.join(dir, 'real.json');
    await fsp.writeFile(real, 'old');
    await fsp.chmod(real, 0o640);
    await fsp.symlink('real.json', path.join(dir, 'link.json'));
    await atomicWriteFile(path.join(dir, 'link.json'), bytes('new'));
    expect(await fsp.readFile(real, 'utf8')).toBe('new');
    expect((await fsp.lstat(path.join(dir, 'link.json'))).isSymbolicLink()).toBe(true);
    expect((await fsp.stat(real)).mode & 0o777).toBe(0o640);
    expect((await fsp.readdir(dir)).sort()).toEqual(['link.json', 'real.json']);
  });

  it('follows a chain of links into another folder, and creates the file a dangling link names', async () => {
    const other = path.join(dir, 'other');
    await fsp.mkdir(other);
    await fsp.symlink(path.join(other, 'end.csv'), path.join(dir, 'middle.csv'));
    await fsp.symlink('middle.csv', path.join(dir, 'start.csv'));
    await atomicWriteFile(path.join(dir, 'start.csv'), bytes('made'));
    expect(await fsp.readFile(path.join(other, 'end.csv'), 'utf8')).toBe('made');
    expect((await fsp.lstat(path.join(dir, 'middle.csv'))).isSymbolicLink()).toBe(true);
  });

  it('refuses a link loop with a message', async () => {
    await fsp.symlink('b', path.join(dir, 'a'));
    await fsp.symlink('a', path.join(dir, 'b'));
    expect((await refusal(path.join(dir, 'a'))).message).toMatch(/leads round in a circle/);
  });

  it('refuses a link to /dev/null, and /dev/null itself, leaving the device in place', async () => {
    await fsp.symlink('/dev/null', path.join(dir, 'out.json'));
    expect((await refusal(path.join(dir, 'out.json'))).message).toMatch(/it is a device, not a file/);
    expect((await refusal('/dev/null')).reason).toBe(
      'it is a device, not a file; Fieldnotes writes only ordinary files',
    );
    expect((await fsp.stat('/dev/null')).isCharacterDevice()).toBe(true);
    expect(await fsp.readdir(dir)).toEqual(['out.json']);
  });
});

describe.skipIf(!posix)('targets that are not files', () => {
  it('refuses a named pipe without opening it', async () => {
    const fifo = path.join(dir, 'findings.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect((await refusal(fifo)).message).toBe(
      `cannot write ${fifo}: it is a named pipe, not a file; Fieldnotes writes only ordinary files`,
    );
    expect((await fsp.lstat(fifo)).isFIFO()).toBe(true);
  });

  it('refuses a socket', async () => {
    const socketPath = path.join(dir, 'export.sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      expect((await refusal(socketPath)).reason).toMatch(/^it is a socket/);
      expect((await fsp.lstat(socketPath)).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('folders that are missing or wrong', () => {
  it('says the folder does not exist, with the name as given', async () => {
    const error = await refusal(path.join(dir, 'nowhere', 'out.xlsx'));
    expect(error.problem).toBe('no-folder');
    expect(error.describe('nowhere/out.xlsx')).toBe('cannot write nowhere/out.xlsx: its folder does not exist');
  });

  it('says when part of the path is a file', async () => {
    await fsp.writeFile(path.join(dir, 'file'), 'x');
    expect((await refusal(path.join(dir, 'file', 'out.csv'))).reason).toMatch(/is a file, not a folder/);
  });

  it.skipIf(!posix || process.getuid?.() === 0)('says when the folder may not be written', async () => {
    const locked = path.join(dir, 'locked');
    await fsp.mkdir(locked, 0o500);
    expect((await refusal(path.join(locked, 'out.csv'))).reason).toBe('permission denied');
  });
});

describe('writing a stream, and several files at once', () => {
  it('writes chunks as they come', async () => {
    async function* chunks() {
      for (let i = 0; i < 1000; i++) yield bytes(`line ${i}\n`);
    }
    await atomicWriteFile(path.join(dir, 'big.txt'), chunks());
    const text = await fsp.readFile(path.join(dir, 'big.txt'), 'utf8');
    expect(text.split('\n')).toHaveLength(1001);
  });

  it('leaves the target and no temp file when the stream fails midway', async () => {
    const target = path.join(dir, 'findings.json');
    await fsp.writeFile(target, 'the good copy');
    async function* failing() {
      yield bytes('{"half":');
      throw new Error('the export failed');
    }
    await expect(atomicWriteFile(target, failing())).rejects.toThrow('the export failed');
    expect(await fsp.readFile(target, 'utf8')).toBe('the good copy');
    expect(await fsp.readdir(dir)).toEqual(['findings.json']);
  });

  it('writes all files or none: a refused second target leaves the first untouched', async () => {
    const first = path.join(dir, 'a.json');
    await fsp.writeFile(first, 'old a');
    const files = [
      { path: first, data: bytes('new a') },
      { path: path.join(dir, 'missing', 'b.xlsx'), data: bytes('new b') },
    ];
    await expect(atomicWriteFiles(files)).rejects.toThrow(/its folder does not exist/);
    expect(await fsp.readFile(first, 'utf8')).toBe('old a');
    expect(await fsp.readdir(dir)).toEqual(['a.json']);
    await atomicWriteFiles([files[0]!, { path: path.join(dir, 'b.xlsx'), data: () => bytes('new b') }]);
    expect(await fsp.readFile(path.join(dir, 'b.xlsx'), 'utf8')).toBe('new b');
    expect(await fsp.readFile(first, 'utf8')).toBe('new a');
  });
});

describe('temp files a killed run left behind', () => {
  it('are removed on the next write to that folder: only ours, only abandoned ones', async () => {
    const deadOwner = tempName('notes.csv').replace(/-\d+-([0-9a-f]{12})$/, `-${deadPid()}-$1`);
    const liveOwner = tempName('notes.csv');
    const oldStyle = '.tmp-seg-00000001-0123456789abcdef.ndjson-a1b2c3d4e5f6';
    const freshOldStyle = '.tmp-report.docx-0a1b2c3d4e5f';
    const notOurs = ['.tmp-something-else', 'notes.csv.tmp', '.tmpfile-0123456789ab'];
    for (const name of [deadOwner, liveOwner, oldStyle, freshOldStyle, ...notOurs]) {
      await fsp.writeFile(path.join(dir, name), 'partial');
    }
    const old = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    await fsp.utimes(path.join(dir, oldStyle), old, old);
    await fsp.utimes(path.join(dir, '.tmp-something-else'), old, old);
    await fsp.mkdir(path.join(dir, tempName('staging').replace(/-\d+-([0-9a-f]{12})$/, `-${deadPid()}-$1`)));

    await atomicWriteFile(path.join(dir, 'notes.csv'), bytes('done'));
    const left = (await fsp.readdir(dir)).sort();
    expect(left).not.toContain(deadOwner);
    expect(left).not.toContain(oldStyle);
    // A write still running (this process), a recent old-style temp, anything not named like ours, and folders stay.
    expect(left).toEqual(expect.arrayContaining([liveOwner, freshOldStyle, ...notOurs, 'notes.csv']));
    expect(left).toHaveLength(7);
  });

  it('removes abandoned staging folders only when asked to', async () => {
    const staging = tempName('import').replace(/-\d+-([0-9a-f]{12})$/, `-${deadPid()}-$1`);
    await fsp.mkdir(path.join(dir, staging));
    await fsp.writeFile(path.join(dir, staging, 'seg-00000001-0123456789abcdef.ndjson'), 'x');
    expect(await cleanStaleTempFiles(dir)).toEqual([]);
    expect(await cleanStaleTempFiles(dir, { folders: true })).toEqual([staging]);
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});
