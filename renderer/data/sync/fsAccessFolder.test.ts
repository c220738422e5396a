/**
 * The browser's folder adapter over an in-memory stand-in for File System Access handles (Node has no such
 * API; the real one is exercised in the browser end-to-end tests). Two devices sync through it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addNote } from '../commands/notes';
import { createProject } from '../commands/projects';
import { createSession } from '../commands/sessions';
import { createBrowserSyncPort, fsAccessFolder, type DirectoryHandle, type FileHandle } from './fsAccessFolder';
import { closeReplicas, createReplica, snapshotOf, type Replica } from './replica.testkit';
import { syncProject } from './syncProject';

function notFound(): Error {
  return Object.assign(new Error('not found'), { name: 'NotFoundError' });
}

/** Directories as maps; a file's content is replaced only when its writable is closed, as in browsers. */
function memoryDirectory(name = 'Shared'): DirectoryHandle & { gone: boolean } {
  const entries = new Map<string, DirectoryHandle | FileHandle>();
  const dir = {
    kind: 'directory' as const,
    name,
    gone: false,
    async getDirectoryHandle(child: string, options?: { create?: boolean }) {
      const found = entries.get(child);
      if (found?.kind === 'directory') return found;
      if (found || !options?.create) throw notFound();
      const created = memoryDirectory(child);
      entries.set(child, created);
      return created;
    },
    async getFileHandle(child: string, options?: { create?: boolean }) {
      const found = entries.get(child);
      if (found?.kind === 'file') return found;
      if (found || !options?.create) throw notFound();
      let content = new Uint8Array(0);
      const file: FileHandle = {
        kind: 'file',
        name: child,
        getFile: async () => ({ arrayBuffer: async () => content.slice().buffer }),
        createWritable: async () => {
          let pending = new Uint8Array(0);
          return {
            write: async (data: Uint8Array<ArrayBuffer>) => void (pending = data.slice()),
            close: async () => void (content = pending),
          };
        },
      };
      entries.set(child, file);
      return file;
    },
    async removeEntry(child: string) {
      if (!entries.delete(child)) throw notFound();
    },
    values() {
      return (async function* () {
        if (dir.gone) throw notFound();
        yield* entries.values();
      })();
    },
  };
  return dir;
}

const open: Replica[] = [];
afterEach(async () => closeReplicas(...open.splice(0)));

describe('File System Access folder', () => {
  it('lets two browser devices sync through the same folder', async () => {
    const folder = memoryDirectory();
    const a = createReplica('a');
    const b = createReplica('b');
    open.push(a, b);
    const project = await createProject(a.runner, { name: 'Browser project', templateId: 'community-safety-plan' });
    const session = await createSession(a.runner, project.id, { title: 'Drop-in' });
    await addNote(a.runner, { sessionId: session.id, text: 'From the browser' });
    const port = createBrowserSyncPort(folder);
    expect((await syncProject({ runner: a.runner, port, deviceName: 'Browser A' }, project.id)).status).toBe('synced');
    expect((await syncProject({ runner: b.runner, port, deviceName: 'Browser B' }, project.id)).status).toBe('synced');
    expect(await snapshotOf(b)).toEqual(await snapshotOf(a));
    const devices = await fsAccessFolder(folder).list([project.id, 'v1', 'devices']);
    expect(devices).toEqual([{ name: await a.runner.deviceId(), kind: 'directory' }]);
  });

  it('treats a folder that disappeared as unavailable', async () => {
    const folder = memoryDirectory();
    folder.gone = true;
    expect(await fsAccessFolder(folder).list([])).toBeNull();
    await fsAccessFolder(folder).remove(['nothing', 'here']);
  });
});
