/**
 * FolderAccess over the real file system, for Electron's main process and the CLI (no 'electron' import).
 *
 * Writes go through the one atomic writer (node/atomicWrite.ts), so a reader (or a cloud client uploading) sees
 * no file or the whole file. Paths come as name segments and each one is checked, so nothing outside the chosen
 * folder can be reached. Below the chosen folder (which may itself be a link), only real folders and files are used:
 * a link is listed as a link and never followed, at any level, so a link planted in a shared folder cannot make
 * Fieldnotes read or write anything outside it.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { FolderAccess, FolderEntry } from '../../shared/sync/folderAccess';
import { atomicWriteFile } from '../atomicWrite';

export interface NodeFolderOptions {
  /** A read that takes longer (a cloud client fetching a cloud-only file) is "not yet" for this scan. */
  readTimeoutMs?: number;
  /** Larger files are not read at all: no segment we write comes near this. */
  maxFileBytes?: number;
}

const NOT_THERE = new Set(['ENOENT', 'ENOTDIR']);

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

export function checkSegment(name: string): string {
  if (!name || name === '.' || name === '..' || /[\\/]/.test(name) || name.includes('\0')) {
    throw new Error(`not a plain name: ${JSON.stringify(name)}`);
  }
  return name;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`${what} took longer than ${ms} ms`), { code: 'ETIMEDOUT' })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** An error for a path in the shared folder that runs through a link: links there are never followed. */
function linkError(segments: readonly string[]): Error {
  return Object.assign(new Error(`${segments.join('/')} is a link; links in the shared folder are not followed`), {
    code: 'ELINK',
  });
}

/**
 * The real folders from `root` down to `segments` (the root itself may be a link: the person chose it). Each one
 * below the root must be a real folder, never a link: `missing` when one does not exist, `link` when one is a link
 * (a listing of its parent reports it), `file` when one is a file.
 */
async function walk(root: string, segments: readonly string[]): Promise<'ok' | 'missing' | 'link' | 'file'> {
  let current = root;
  for (const segment of segments) {
    current = path.join(current, segment);
    try {
      const info = await fs.lstat(current);
      if (info.isSymbolicLink()) return 'link';
      if (!info.isDirectory()) return 'file';
    } catch (error) {
      if (NOT_THERE.has(codeOf(error) ?? '')) return 'missing';
      throw error;
    }
  }
  return 'ok';
}

export function nodeFolderAccess(root: string, options: NodeFolderOptions = {}): FolderAccess {
  const readTimeoutMs = options.readTimeoutMs ?? 20_000;
  const maxFileBytes = options.maxFileBytes ?? 256 * 1024 * 1024;
  const resolve = (segments: readonly string[]) => path.join(root, ...segments.map(checkSegment));
  return {
    async list(segments) {
      const dir = resolve(segments);
      if ((await walk(root, segments)) !== 'ok') return null;
      try {
        const entries = await fs.readdir(dir, { withFileTypes: true });
        const out: FolderEntry[] = [];
        for (const entry of entries) {
          // A link is listed as one, and never followed: a segment is always a plain file in a plain folder.
          if (entry.isFile()) out.push({ name: entry.name, kind: 'file' });
          else if (entry.isDirectory()) out.push({ name: entry.name, kind: 'directory' });
          else if (entry.isSymbolicLink()) out.push({ name: entry.name, kind: 'link' });
        }
        return out;
      } catch (error) {
        if (NOT_THERE.has(codeOf(error) ?? '')) return null;
        throw error;
      }
    },
    async read(segments) {
      const file = resolve(segments);
      const read = async () => {
        if ((await walk(root, segments.slice(0, -1))) === 'link') throw linkError(segments);
        // O_NOFOLLOW: the file itself must not be a link either, even one made since it was listed.
        const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0)).catch((error) => {
          throw codeOf(error) === 'ELOOP' ? linkError(segments) : error;
        });
        try {
          const stat = await handle.stat();
          if (!stat.isFile()) throw new Error('not a file');
          if (stat.size > maxFileBytes) throw new Error(`the file is too large (${stat.size} bytes)`);
          return await handle.readFile();
        } finally {
          await handle.close();
        }
      };
      return withTimeout(read(), readTimeoutMs, 'reading');
    },
    async writeAtomic(segments, bytes) {
      const target = resolve(segments);
      // Never create the chosen folder itself: if it is missing, the stick is unplugged or the share is offline,
      // and files written to an empty mount point would be lost (or hide the real folder when it comes back).
      await fs.stat(root).then((stat) => {
        if (!stat.isDirectory()) throw Object.assign(new Error('the sync folder is not a folder'), { code: 'ENOTDIR' });
      });
      await ensureRealFolders(root, segments.slice(0, -1));
      await atomicWriteFile(target, bytes, { followLinks: false });
    },
    async remove(segments) {
      if ((await walk(root, segments.slice(0, -1))) === 'link') throw linkError(segments);
      await fs.rm(resolve(segments), { force: true });
    },
  };
}

/** Makes the folders `segments` below `root` (each one a real folder, never through a link); returns the last one. */
export async function ensureRealFolders(root: string, segments: readonly string[]): Promise<string> {
  for (let depth = 1; depth <= segments.length; depth++) {
    const state = await walk(root, segments.slice(0, depth));
    if (state === 'link') throw linkError(segments.slice(0, depth));
    if (state === 'file') {
      throw Object.assign(new Error(`${segments.slice(0, depth).join('/')} is a file, not a folder`), {
        code: 'ENOTDIR',
      });
    }
    if (state === 'missing') await fs.mkdir(path.join(root, ...segments.slice(0, depth))).catch(ignoreExists);
  }
  return path.join(root, ...segments.map(checkSegment));
}

function ignoreExists(error: unknown): void {
  if (codeOf(error) !== 'EEXIST') throw error;
}
