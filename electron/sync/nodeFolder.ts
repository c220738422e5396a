/**
 * FolderAccess over the real file system, for Electron's main process and the CLI (no 'electron' import).
 *
 * Writes are atomic the way DESIGN §5 asks: write a temp file in the same directory, fsync it, rename it over
 * the final name, then fsync the directory so the rename itself survives a power cut. A reader (or a cloud
 * client uploading) therefore sees no file or the whole file. Paths come as name segments and each one is
 * checked, so nothing outside the chosen folder can be reached.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FolderAccess, FolderEntry } from '../../shared/sync/folderAccess';
import { TEMP_PREFIX } from '../../shared/sync/layout';

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
      const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}-${randomBytes(4).toString('hex')}`);
      const handle = await fs.open(temp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (error) {
        await handle.close().catch(() => undefined);
        await fs.rm(temp, { force: true });
        throw error;
      }
      await handle.close();
      try {
        await fs.rename(temp, target);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      await syncDirectory(dir);
    },

    async remove(segments) {
      await fs.rm(resolve(segments), { force: true });
    },
  };
}

/** Make a rename durable. Windows cannot open a directory for syncing; there NTFS journals the rename anyway. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here (Windows, some network shares); the data itself was already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
