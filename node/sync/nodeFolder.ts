/**
 * FolderAccess over the real file system, for Electron's main process and the CLI (no 'electron' import).
 *
 * Writes go through the one atomic writer (node/atomicWrite.ts), so a reader (or a cloud client uploading) sees
 * no file or the whole file. Paths come as name segments and each one is checked, so nothing outside the chosen
 * folder can be reached.
 */
import { promises as fs } from 'node:fs';
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

export function nodeFolderAccess(root: string, options: NodeFolderOptions = {}): FolderAccess {
  const readTimeoutMs = options.readTimeoutMs ?? 20_000;
  const maxFileBytes = options.maxFileBytes ?? 256 * 1024 * 1024;
  const resolve = (segments: readonly string[]) => path.join(root, ...segments.map(checkSegment));

  return {
    async list(segments) {
      try {
        const entries = await fs.readdir(resolve(segments), { withFileTypes: true });
        const out: FolderEntry[] = [];
        for (const entry of entries) {
          // Symbolic links are skipped: a segment is always a plain file we or a peer wrote.
          if (entry.isFile()) out.push({ name: entry.name, kind: 'file' });
          else if (entry.isDirectory()) out.push({ name: entry.name, kind: 'directory' });
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
        const stat = await fs.stat(file);
        if (stat.size > maxFileBytes) throw new Error(`the file is too large (${stat.size} bytes)`);
        return fs.readFile(file);
      };
      return withTimeout(read(), readTimeoutMs, 'reading');
    },

    async writeAtomic(segments, bytes) {
      const target = resolve(segments);
      const dir = path.dirname(target);
      // Never create the chosen folder itself: if it is missing, the stick is unplugged or the share is offline,
      // and files written to an empty mount point would be lost (or hide the real folder when it comes back).
      await fs.stat(root).then((stat) => {
        if (!stat.isDirectory()) throw Object.assign(new Error('the sync folder is not a folder'), { code: 'ENOTDIR' });
      });
      await fs.mkdir(dir, { recursive: true });
      await atomicWriteFile(target, bytes);
    },

    async remove(segments) {
      await fs.rm(resolve(segments), { force: true });
    },
  };
}
