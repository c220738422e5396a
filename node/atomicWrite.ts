/**
 * The one atomic file writer, for everything the app and the CLI save to disk (exports, the sync folder's
 * segments, the main process's settings). Plain Node, so Vitest runs it against real folders.
 *
 * Contract: `atomicWriteFile` either replaces the target with the complete new bytes or leaves it exactly as it
 * was: write a temp file beside it, fsync, rename over it, fsync the folder. A failure at any step removes the
 * temp file and rethrows; the target is never opened for writing, so it cannot be left half-written, and a
 * reader (or a cloud client uploading) sees no file or the whole file.
 *
 * What the target may be (`resolveTarget`): a symbolic link is followed and the file it points to is replaced (the
 * link stays a link); an existing folder, device (/dev/null), named pipe or socket is refused with a
 * `FileWriteError`, never replaced by an ordinary file; a missing or unwritable folder is a `FileWriteError`
 * whose message says so. Temp files a killed run left behind are removed on the next write to the same folder
 * (tempFiles.ts).
 */
import { constants as fsConstants, promises as fsp, type Stats } from 'node:fs';
import path from 'node:path';
import { cleanStaleTempFiles, tempPathFor } from './tempFiles';
import { FileWriteError, fileWriteErrorFrom, type NotAFileKind } from './fileWriteError';

export { FileWriteError } from './fileWriteError';
export { tempPathFor } from './tempFiles';

/** Bytes, or a stream of chunks (a large export written as it is made, never held whole). */
export type WriteData = Uint8Array | AsyncIterable<Uint8Array>;

/** The steps of an atomic write, injectable so tests can make any one of them fail. */
export interface AtomicWriteSteps {
  /** Create `tempPath` (it must not exist), write all of `data`, fsync and close it. */
  writeTemp(tempPath: string, data: WriteData, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Flush the folder entry so the rename itself survives a power cut. Best effort. */
  syncFolder(folder: string): Promise<void>;
  remove(filePath: string): Promise<void>;
}

export const nodeAtomicWriteSteps: AtomicWriteSteps = {
  async writeTemp(tempPath, data, mode) {
    // 'wx': fail rather than reuse a file someone else created under our random name.
    const handle = await fsp.open(tempPath, 'wx', mode);
    try {
      if (data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  async syncFolder(folder) {
    // Windows cannot open a folder as a file; other systems may refuse fsync on some file systems (EINVAL).
    if (process.platform === 'win32') return;
    const handle = await fsp.open(folder, fsConstants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  remove: (filePath) => fsp.rm(filePath, { force: true }),
};

/** Links followed before giving up: the kernel's own limit (a loop is the usual cause). */
const MAX_LINK_HOPS = 40;

function whatItIs(info: Stats): NotAFileKind {
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

/**
 * The ordinary file a write to `targetPath` must replace (following symbolic links), with the permissions to keep;
 * or a `FileWriteError` naming what is wrong. A target that does not exist yet is fine if its folder does.
 */
export async function resolveTarget(targetPath: string, followLinks = true): Promise<{ path: string; mode: number }> {
  let current = path.resolve(targetPath);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    let info: Stats;
    try {
      info = await fsp.lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileWriteErrorFrom(error, targetPath);
      await checkFolder(path.dirname(current), targetPath);
      // A new file gets the usual default (less the umask).
      return { path: current, mode: 0o666 };
    }
    if (info.isSymbolicLink()) {
      if (!followLinks) throw new FileWriteError('not-a-file', targetPath, { kind: 'link-refused' });
      current = path.resolve(path.dirname(current), await fsp.readlink(current));
      continue;
    }
    if (!info.isFile()) {
      throw new FileWriteError('not-a-file', targetPath, { kind: 'not-ordinary', what: whatItIs(info) });
    }
    // Keep the permissions of the file we replace.
    return { path: current, mode: info.mode & 0o777 };
  }
  throw new FileWriteError('link-loop', targetPath, { kind: 'link-loop' });
}

async function checkFolder(folder: string, targetPath: string): Promise<void> {
  let info: Stats;
  try {
    info = await fsp.stat(folder);
  } catch (error) {
    throw fileWriteErrorFrom(error, targetPath);
  }
  if (!info.isDirectory()) throw new FileWriteError('no-folder', targetPath, { kind: 'folder-not-folder' });
}

export interface AtomicWriteOptions {
  /** Follow a target that is a symbolic link (the default), or refuse it (the sync folder, where links are foreign). */
  followLinks?: boolean;
  steps?: AtomicWriteSteps;
}

/** A write made ready beside its target: `commit` puts it in place, `abort` removes it. */
export interface PreparedWrite {
  target: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Writes `data` to a temp file beside the (resolved) target and flushes it, without touching the target. Several
 * prepared writes committed together make a multi-file export all or nothing (up to the renames themselves).
 */
export async function prepareAtomicWrite(
  targetPath: string,
  data: WriteData,
  options: AtomicWriteOptions = {},
): Promise<PreparedWrite> {
  const steps = options.steps ?? nodeAtomicWriteSteps;
  const { path: target, mode } = await resolveTarget(targetPath, options.followLinks ?? true);
  const folder = path.dirname(target);
  await cleanStaleTempFiles(folder);
  const tempPath = tempPathFor(target);
  const abort = () => steps.remove(tempPath).catch(() => undefined);
  try {
    await steps.writeTemp(tempPath, data, mode);
  } catch (error) {
    await abort();
    throw fileWriteErrorFrom(error, targetPath);
  }
  return {
    target,
    abort,
    async commit() {
      try {
        await steps.rename(tempPath, target);
      } catch (error) {
        await abort();
        throw fileWriteErrorFrom(error, targetPath);
      }
      // After the rename the new file is in place; a folder that cannot be fsynced must not turn a save into an error.
      await steps.syncFolder(folder).catch(() => undefined);
    },
  };
}

export async function atomicWriteFile(
  targetPath: string,
  data: WriteData,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await (await prepareAtomicWrite(targetPath, data, options)).commit();
}

/**
 * Several files, all or nothing: every one is written and flushed beside its target first; only when all are ready
 * are they renamed into place. A failure before that leaves every target as it was and no temp file.
 */
export async function atomicWriteFiles(
  files: readonly { path: string; data: WriteData | (() => WriteData | Promise<WriteData>) }[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  const prepared: PreparedWrite[] = [];
  try {
    for (const file of files) {
      const data = typeof file.data === 'function' ? await file.data() : file.data;
      prepared.push(await prepareAtomicWrite(file.path, data, options));
    }
  } catch (error) {
    await Promise.all(prepared.map((p) => p.abort()));
    throw error;
  }
  for (const [i, write] of prepared.entries()) {
    try {
      await write.commit();
    } catch (error) {
      await Promise.all(prepared.slice(i + 1).map((p) => p.abort()));
      throw error;
    }
  }
}
