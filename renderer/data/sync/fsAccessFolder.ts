/**
 * The sync folder in browser mode, through the File System Access API where the browser
 * has it (Chromium-based browsers). Where it does not, `isFolderSyncSupported()` is false and the UI says so;
 * bundles still work everywhere.
 *
 * `createWritable()` writes to a swap file and swaps it in on `close()`, so a reader sees the old file or the
 * new one, never half — the atomic write sync needs. The chosen folder's handle is kept in IndexedDB (handles
 * are storable) so the choice survives a reload; the browser asks the person again for permission when needed.
 */
import type { FolderAccess, FolderEntry } from '../../../shared/sync/folderAccess';
import type { SyncFolderPort } from '../../../shared/sync/folderProtocol';
import { createFolderSync } from '../../../shared/sync/folderSync';
import { FOLDER_MISSING } from '../../../shared/sync/problems';
import type { FieldnotesDb } from '../db';

/** The parts of the API used here; not all are in TypeScript's DOM library yet. */
export interface DirectoryHandle {
  readonly kind: 'directory';
  readonly name: string;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  removeEntry(name: string): Promise<void>;
  values(): AsyncIterable<DirectoryHandle | FileHandle>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

export interface FileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<{ arrayBuffer(): Promise<ArrayBuffer> }>;
  createWritable(): Promise<{
    write(data: Uint8Array<ArrayBuffer>): Promise<void>;
    close(): Promise<void>;
    abort?(): Promise<void>;
  }>;
}

type PermissionState = 'granted' | 'denied' | 'prompt';

interface PickerWindow {
  showDirectoryPicker?(options?: { mode?: 'readwrite'; id?: string }): Promise<DirectoryHandle>;
}

export function isFolderSyncSupported(): boolean {
  return typeof (globalThis as PickerWindow).showDirectoryPicker === 'function';
}

/** Ask the person for a folder; null if they cancel. */
export async function pickSyncFolder(): Promise<DirectoryHandle | null> {
  const picker = (globalThis as PickerWindow).showDirectoryPicker;
  if (!picker) return null;
  try {
    return await picker({ mode: 'readwrite', id: 'fieldnotes-sync' });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') return null;
    throw error;
  }
}

/** Permission lapses between visits; asking needs a user gesture, so call this from "Sync now" or a button. */
export async function ensureFolderPermission(handle: DirectoryHandle, ask: boolean): Promise<boolean> {
  if (!handle.queryPermission) return true;
  if ((await handle.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return ask && handle.requestPermission
    ? (await handle.requestPermission({ mode: 'readwrite' })) === 'granted'
    : false;
}

const handleKey = (projectId: string) => `sync:handle:${projectId}`;

export async function saveFolderHandle(
  db: FieldnotesDb,
  projectId: string,
  handle: DirectoryHandle | null,
): Promise<void> {
  if (handle) await db.meta.put({ key: handleKey(projectId), value: handle });
  else await db.meta.delete(handleKey(projectId));
}

export async function loadFolderHandle(db: FieldnotesDb, projectId: string): Promise<DirectoryHandle | null> {
  return ((await db.meta.get(handleKey(projectId)))?.value as DirectoryHandle | undefined) ?? null;
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'NotFoundError' || name === 'TypeMismatchError';
}

export function fsAccessFolder(root: DirectoryHandle): FolderAccess {
  async function directory(path: readonly string[], create: boolean): Promise<DirectoryHandle | null> {
    let dir = root;
    try {
      for (const name of path) dir = await dir.getDirectoryHandle(name, { create });
      return dir;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
  const split = (path: readonly string[]) => ({ parent: path.slice(0, -1), name: path.at(-1)! });

  return {
    async list(path) {
      const dir = await directory(path, false);
      if (!dir) return null;
      const out: FolderEntry[] = [];
      try {
        for await (const entry of dir.values()) out.push({ name: entry.name, kind: entry.kind });
      } catch (error) {
        // The folder was deleted or moved since it was chosen: the same as an unplugged stick.
        if (isMissing(error)) return null;
        throw error;
      }
      return out;
    },
    async read(path) {
      const { parent, name } = split(path);
      const dir = await directory(parent, false);
      if (!dir) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const file = await (await dir.getFileHandle(name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },
    async writeAtomic(path, bytes) {
      const { parent, name } = split(path);
      const dir = await directory(parent, true);
      // A code, not words: the problem it becomes is worded where it is shown (shared/sync/problems.ts).
      if (!dir) throw new Error(FOLDER_MISSING);
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(new Uint8Array(bytes));
        await writable.close();
      } catch (error) {
        await writable.abort?.().catch(() => undefined);
        throw error;
      }
    },
    async remove(path) {
      const { parent, name } = split(path);
      const dir = await directory(parent, false);
      try {
        await dir?.removeEntry(name);
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

export function createBrowserSyncPort(root: DirectoryHandle): SyncFolderPort {
  return createFolderSync(fsAccessFolder(root));
}
