/**
 * The one atomic file writer, for everything the app and the CLI save to disk (exports, the sync folder's
 * segments, the main process's settings). Plain Node, so Vitest runs it against real folders.
 *
 * Contract: `atomicWriteFile` either replaces the target with the complete new bytes or leaves it exactly as it
 * was: write a temp file beside it, fsync, rename over it, fsync the folder. A failure at any step removes the
 * temp file and rethrows; the target is never opened for writing, so it cannot be left half-written, and a
 * reader (or a cloud client uploading) sees no file or the whole file.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import path from 'node:path';
import { TEMP_PREFIX } from '../shared/sync/layout';

/** The steps of an atomic write, injectable so tests can make any one of them fail. */
export interface AtomicWriteSteps {
  /** Create `tempPath` (it must not exist), write all of `data`, fsync and close it. */
  writeTemp(tempPath: string, data: Uint8Array, mode: number): Promise<void>;
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
      await handle.writeFile(data);
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

/**
 * Same folder as the target, so the rename never crosses file systems; hidden, and named with the prefix the sync
 * folder's scanner and watcher pass over, so neither a sync client nor another device takes it for a file.
 */
export function tempPathFor(targetPath: string): string {
  return path.join(
    path.dirname(targetPath),
    `${TEMP_PREFIX}${path.basename(targetPath)}-${randomBytes(6).toString('hex')}`,
  );
}

async function modeOf(filePath: string): Promise<number> {
  try {
    // Keep the permissions of the file we replace; a new file gets the usual default (less the umask).
    return (await fsp.stat(filePath)).mode & 0o777;
  } catch {
    return 0o666;
  }
}

export async function atomicWriteFile(
  targetPath: string,
  data: Uint8Array,
  steps: AtomicWriteSteps = nodeAtomicWriteSteps,
): Promise<void> {
  const folder = path.dirname(targetPath);
  const tempPath = tempPathFor(targetPath);
  try {
    await steps.writeTemp(tempPath, data, await modeOf(targetPath));
    await steps.rename(tempPath, targetPath);
  } catch (error) {
    await steps.remove(tempPath).catch(() => undefined);
    throw error;
  }
  // After the rename the new file is in place; a folder that cannot be fsynced must not turn a save into an error.
  await steps.syncFolder(folder).catch(() => undefined);
}
