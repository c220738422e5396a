/**
 * File work for the main process, in plain Node (no Electron import) so Vitest runs it against real folders.
 *
 * Contract:
 * - `atomicWriteFile` either replaces the target with the complete new bytes or leaves it exactly as it was:
 *   write a temp file beside it, fsync, rename over it, fsync the folder. A failure at any step removes the
 *   temp file and rethrows; the target is never opened for writing, so it cannot be left half-written.
 * - `resolveInside` returns a path inside `root` or throws `PathOutsideError`; it refuses `..`, absolute names
 *   and symbolic links that lead out of the folder.
 * - `readFileLimited` refuses files larger than the limit before reading them, and files that change mid-read.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import path from 'node:path';

export class PathOutsideError extends Error {
  constructor(name: string) {
    super(`Refused "${name}": it points outside the chosen folder.`);
    this.name = 'PathOutsideError';
  }
}

export class FileTooLargeError extends Error {
  constructor(fileName: string, size: number, maxBytes: number) {
    super(`"${fileName}" is ${formatMegabytes(size)}; Fieldnotes opens files of up to ${formatMegabytes(maxBytes)}.`);
    this.name = 'FileTooLargeError';
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

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
  // Same folder as the target, so the rename never crosses file systems; hidden so a sync client ignores it.
  const tempPath = path.join(folder, `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
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

function isInsideLexically(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The real path of `target`, or of its nearest existing ancestor joined with the part that does not exist yet. */
async function realPathOfPossiblyMissing(target: string): Promise<string> {
  try {
    return await fsp.realpath(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const parent = path.dirname(target);
    if (parent === target) throw error;
    return path.join(await realPathOfPossiblyMissing(parent), path.basename(target));
  }
}

export async function resolveInside(root: string, name: string): Promise<string> {
  // Absolute in either convention: a Windows drive or UNC path must be refused on every platform.
  if (name.includes('\0') || path.isAbsolute(name) || path.win32.isAbsolute(name) || path.posix.isAbsolute(name)) {
    throw new PathOutsideError(name);
  }
  const absoluteRoot = path.resolve(root);
  const candidate = path.resolve(absoluteRoot, name);
  if (!isInsideLexically(absoluteRoot, candidate)) throw new PathOutsideError(name);

  const realRoot = await fsp.realpath(absoluteRoot);
  const realCandidate = await realPathOfPossiblyMissing(candidate);
  if (!isInsideLexically(realRoot, realCandidate)) throw new PathOutsideError(name);
  return candidate;
}

export async function readFileLimited(filePath: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const fileName = path.basename(filePath);
  const handle = await fsp.open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`"${fileName}" is not a file.`);
    if (stats.size > maxBytes) throw new FileTooLargeError(fileName, stats.size, maxBytes);
    // Exactly the size stat() reported: the bytes cross IPC with their whole ArrayBuffer, so no spare room.
    const bytes = new Uint8Array(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // A file that shrank or grew since stat() is being written by someone else: say so rather than return half.
    const { bytesRead: extra } = await handle.read(new Uint8Array(1), 0, 1, null);
    if (length !== bytes.length || extra !== 0)
      throw new Error(`"${fileName}" changed while it was being read. Try again.`);
    return bytes;
  } finally {
    await handle.close();
  }
}
