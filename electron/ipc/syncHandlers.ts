/**
 * The sync folder's side of the IPC contract (shared/ipc.ts), in the same testable style as handlers.ts: the
 * folder dialog, the folder factory and the watcher are injected, so Vitest drives these handlers on real
 * temp folders exactly as main.ts does.
 *
 * Main keeps which folder each project syncs through (the renderer names only a project id, never a path) in a
 * small JSON file in the user-data folder, written atomically. Every handler checks the sender and validates
 * the payload (`guarded`) before acting. Each mapped folder is watched; a change is pushed to the renderer as
 * `notify(projectId)`.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SyncFolderPort } from '../../shared/sync/folderProtocol';
import { atomicWriteFile } from '../../node/atomicWrite';
import { createNodeSyncFolder, watchFolder } from '../../node/sync';
import { guarded, IpcRequestError, type IpcHandlerDeps, type IpcHandlers } from './handlers';

export type SyncMethod =
  'syncChooseFolder' | 'syncForgetFolder' | 'syncFolder' | 'syncScan' | 'syncWrite' | 'syncCompact' | 'syncPurge';

export interface SyncHandlerDeps extends Pick<IpcHandlerDeps, 'isTrustedSender'> {
  /** Show the folder dialog; the absolute path chosen, or undefined when cancelled. */
  chooseFolder(): Promise<string | undefined>;
  /** The JSON file that keeps project → folder (in app.getPath('userData')). */
  storeFile: string;
  /** The folder port for a root; real folders by default. */
  openFolder?: (root: string) => SyncFolderPort;
  /** Watch a folder; returns a stop function. Defaults to node/sync/watch.ts. */
  watch?: (dir: string, onChange: () => void) => () => void;
  /** Tell the renderer a project's folder changed. */
  notify?: (projectId: string) => void;
}

export interface SyncHandlers extends IpcHandlers<SyncMethod> {
  /** Stop every watcher (app quit, tests). */
  dispose(): void;
}

const storeSchema = z.object({ version: z.literal(1), folders: z.record(z.string(), z.string()) });

/** The stored map; a missing or unreadable file is an empty map (the person chooses again), never a crash. */
export async function loadFolderMap(storeFile: string): Promise<Map<string, string>> {
  try {
    const parsed = storeSchema.safeParse(JSON.parse(await fsp.readFile(storeFile, 'utf8')));
    if (!parsed.success) return new Map();
    return new Map(Object.entries(parsed.data.folders).filter(([, dir]) => path.isAbsolute(dir)));
  } catch {
    return new Map();
  }
}

async function saveFolderMap(storeFile: string, folders: Map<string, string>): Promise<void> {
  await fsp.mkdir(path.dirname(storeFile), { recursive: true });
  const body = JSON.stringify({ version: 1, folders: Object.fromEntries(folders) }, null, 2);
  await atomicWriteFile(storeFile, new TextEncoder().encode(body));
}

export function createSyncHandlers(deps: SyncHandlerDeps): SyncHandlers {
  const openFolder = deps.openFolder ?? ((root: string) => createNodeSyncFolder(root));
  const watch = deps.watch ?? watchFolder;
  const watchers = new Map<string, () => void>();
  let disposed = false;

  function startWatching(projectId: string, dir: string) {
    watchers.get(projectId)?.();
    watchers.delete(projectId);
    if (disposed || !deps.notify) return;
    const notify = deps.notify;
    watchers.set(
      projectId,
      watch(dir, () => notify(projectId)),
    );
  }

  const ready = loadFolderMap(deps.storeFile).then((folders) => {
    for (const [projectId, dir] of folders) startWatching(projectId, dir);
    return folders;
  });
  // One change to the map at a time, so two quick choices never write the file out of order.
  let writing: Promise<unknown> = Promise.resolve();
  async function change(projectId: string, dir: string | null): Promise<void> {
    const folders = await ready;
    if (dir) folders.set(projectId, dir);
    else folders.delete(projectId);
    const save = writing.then(() => saveFolderMap(deps.storeFile, folders));
    writing = save.catch(() => undefined);
    await save;
    if (dir) startWatching(projectId, dir);
    else {
      watchers.get(projectId)?.();
      watchers.delete(projectId);
    }
  }

  async function portFor(projectId: string): Promise<SyncFolderPort> {
    const dir = (await ready).get(projectId);
    if (!dir) {
      const message = 'No shared folder is chosen for this project. Choose one on the Sync screen.';
      throw new IpcRequestError(message, { code: 'no-sync-folder' });
    }
    return openFolder(dir);
  }

  return {
    syncChooseFolder: guarded('syncChooseFolder', deps, async ({ projectId }) => {
      const chosen = await deps.chooseFolder();
      if (!chosen) return { status: 'cancelled' };
      if (!path.isAbsolute(chosen))
        throw new IpcRequestError('The folder dialog returned a path that is not absolute.', { code: 'not-absolute' });
      const stat = await fsp.stat(chosen).catch(() => null);
      if (!stat?.isDirectory()) {
        const problem = { code: 'not-a-folder', path: chosen } as const;
        throw new IpcRequestError(`“${chosen}” is not a folder that can be opened.`, problem);
      }
      await change(projectId, chosen);
      return { status: 'chosen', label: chosen };
    }),

    syncForgetFolder: guarded('syncForgetFolder', deps, async ({ projectId }) => {
      await change(projectId, null);
      return { label: null };
    }),

    syncFolder: guarded('syncFolder', deps, async ({ projectId }) => ({
      label: (await ready).get(projectId) ?? null,
    })),

    syncScan: guarded('syncScan', deps, async (request) => (await portFor(request.projectId)).scan(request)),
    syncWrite: guarded('syncWrite', deps, async (request) => (await portFor(request.projectId)).write(request)),
    syncCompact: guarded('syncCompact', deps, async (request) => (await portFor(request.projectId)).compact(request)),
    // Only ever from the Sync screen's purge dialog, for a device a person said will never sync again.
    syncPurge: guarded('syncPurge', deps, async (request) => (await portFor(request.projectId)).purge(request)),

    dispose() {
      disposed = true;
      for (const stop of watchers.values()) stop();
      watchers.clear();
    },
  };
}
