/**
 * The sync folder's IPC handlers on real temp folders: the sender check and payload validation on every
 * channel, the project → folder map kept across restarts, two devices syncing through the handlers (payloads
 * structured-cloned as Electron's IPC does), compaction, forgetting a folder, and folder-change events.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncFolderPort } from '../../shared/sync/folderProtocol';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica, snapshotOf, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { isTrustedOrigin } from '../origins';
import { watchFolder } from '../../node/sync/watch';
import { IpcRequestError } from './handlers';
import { createSyncHandlers, loadFolderMap, type SyncHandlerDeps, type SyncHandlers } from './syncHandlers';

const APP_PAGE = 'app://fieldnotes/index.html';
const PROJECT = '0190f5c2-7a4e-7c1d-9b2a-3c4d5e6f7a8b';
const DEVICE = '0123456789ABCDEF';

let userData: string;
let shared: string;
const open: SyncHandlers[] = [];
const replicas: Replica[] = [];

beforeEach(async () => {
  userData = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-userdata-'));
  shared = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-shared-'));
});
afterEach(async () => {
  for (const handlers of open.splice(0)) handlers.dispose();
  await closeReplicas(...replicas.splice(0));
  await fsp.rm(userData, { recursive: true, force: true });
  await fsp.rm(shared, { recursive: true, force: true });
});

function handlersWith(overrides: Partial<SyncHandlerDeps> = {}) {
  const calls = { dialog: 0 };
  const handlers = createSyncHandlers({
    isTrustedSender: (url) => isTrustedOrigin(url, ['app://fieldnotes']),
    chooseFolder: async () => {
      calls.dialog++;
      return shared;
    },
    storeFile: path.join(userData, 'sync-folders.json'),
    ...overrides,
  });
  open.push(handlers);
  return { handlers, calls };
}

/** The renderer's view: a port whose every call crosses "IPC" (structured clone both ways). */
function ipcPort(handlers: SyncHandlers): SyncFolderPort {
  return {
    scan: async (request) => structuredClone(await handlers.syncScan(APP_PAGE, structuredClone(request))),
    write: async (request) => structuredClone(await handlers.syncWrite(APP_PAGE, structuredClone(request))),
    compact: async (request) => structuredClone(await handlers.syncCompact(APP_PAGE, structuredClone(request))),
    purge: async (request) => structuredClone(await handlers.syncPurge(APP_PAGE, structuredClone(request))),
  };
}

const scanRequest = { projectId: PROJECT, ownDeviceId: DEVICE, ownWritten: [], index: {}, devices: {} };

describe('sender check and validation', () => {
  it('refuses a foreign frame on every sync channel before showing a dialog or touching a folder', async () => {
    const { handlers, calls } = handlersWith();
    const foreign = 'https://example.org/';
    for (const call of [
      handlers.syncChooseFolder(foreign, { projectId: PROJECT }),
      handlers.syncForgetFolder(foreign, { projectId: PROJECT }),
      handlers.syncFolder(foreign, { projectId: PROJECT }),
      handlers.syncScan(foreign, scanRequest),
      handlers.syncWrite(foreign, { projectId: PROJECT, deviceId: DEVICE, segments: [] }),
      handlers.syncCompact(undefined, { projectId: PROJECT, deviceId: DEVICE, deviceName: '', seq: 1, now: '' }),
      handlers.syncPurge(foreign, {
        projectId: PROJECT,
        deviceId: DEVICE,
        now: '',
        erase: { records: [], participants: [] },
      }),
    ]) {
      await expect(call).rejects.toThrow(/^Refused fieldnotes:sync-.*not from Fieldnotes\.$/);
    }
    expect(calls.dialog).toBe(0);
    expect(await fsp.readdir(userData)).toEqual([]);
  });

  it.each([
    ['a path as project id', 'syncChooseFolder', { projectId: '../../etc' }, /projectId/],
    [
      'a traversal in a segment name',
      'syncWrite',
      {
        projectId: PROJECT,
        deviceId: DEVICE,
        segments: [{ name: '../../evil.ndjson', bytes: new Uint8Array(1) }],
      },
      /segments\.0\.name/,
    ],
    [
      'text instead of bytes',
      'syncWrite',
      {
        projectId: PROJECT,
        deviceId: DEVICE,
        segments: [{ name: 'seg-00000001-0123456789abcdef.ndjson', bytes: 'PK' }],
      },
      /segments\.0\.bytes/,
    ],
    ['a malformed device id', 'syncScan', { ...scanRequest, ownDeviceId: 'me' }, /ownDeviceId/],
  ] as const)('refuses %s, naming the field', async (_label, method, payload, message) => {
    const { handlers, calls } = handlersWith();
    const error = await (handlers[method] as (url: string, p: unknown) => Promise<unknown>)(APP_PAGE, payload).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IpcRequestError);
    expect((error as Error).message).toMatch(/invalid request/);
    expect((error as Error).message).toMatch(message);
    expect(calls.dialog).toBe(0);
    expect(await fsp.readdir(shared)).toEqual([]);
  });
});

describe('choosing a folder', () => {
  it('remembers the chosen folder per project in user data, across a restart', async () => {
    const { handlers } = handlersWith();
    expect(await handlers.syncFolder(APP_PAGE, { projectId: PROJECT })).toEqual({ label: null });
    expect(await handlers.syncChooseFolder(APP_PAGE, { projectId: PROJECT })).toEqual({
      status: 'chosen',
      label: shared,
    });
    const stored = JSON.parse(await fsp.readFile(path.join(userData, 'sync-folders.json'), 'utf8'));
    expect(stored).toEqual({ version: 1, folders: { [PROJECT]: shared } });
    // No temp file is left beside it: the write was atomic.
    expect(await fsp.readdir(userData)).toEqual(['sync-folders.json']);

    const restarted = handlersWith().handlers;
    expect(await restarted.syncFolder(APP_PAGE, { projectId: PROJECT })).toEqual({ label: shared });
  });

  it('stores nothing when the dialog is cancelled, and refuses a path that is not a folder', async () => {
    const cancelled = handlersWith({ chooseFolder: async () => undefined }).handlers;
    expect(await cancelled.syncChooseFolder(APP_PAGE, { projectId: PROJECT })).toEqual({ status: 'cancelled' });
    await fsp.writeFile(path.join(shared, 'file.txt'), 'x');
    const notAFolder = handlersWith({ chooseFolder: async () => path.join(shared, 'file.txt') }).handlers;
    await expect(notAFolder.syncChooseFolder(APP_PAGE, { projectId: PROJECT })).rejects.toThrow(/not a folder/);
    expect(await loadFolderMap(path.join(userData, 'sync-folders.json'))).toEqual(new Map());
  });

  it('treats a damaged map file as no folders chosen', async () => {
    await fsp.writeFile(path.join(userData, 'sync-folders.json'), '{"version":1,"folders":');
    const { handlers } = handlersWith();
    expect(await handlers.syncFolder(APP_PAGE, { projectId: PROJECT })).toEqual({ label: null });
  });

  it('refuses to scan a project with no folder, in words, and forgets a folder on request', async () => {
    const { handlers } = handlersWith();
    await expect(handlers.syncScan(APP_PAGE, scanRequest)).rejects.toThrow(/No shared folder is chosen/);
    await handlers.syncChooseFolder(APP_PAGE, { projectId: PROJECT });
    expect((await handlers.syncScan(APP_PAGE, scanRequest)).segments).toEqual([]);
    expect(await handlers.syncForgetFolder(APP_PAGE, { projectId: PROJECT })).toEqual({ label: null });
    await expect(handlers.syncScan(APP_PAGE, scanRequest)).rejects.toThrow(/No shared folder is chosen/);
  });
});

describe('syncing through the handlers', () => {
  it('brings two devices to the same records through a real folder, and compacts', async () => {
    const a = createReplica('a');
    const b = createReplica('b');
    replicas.push(a, b);
    const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
    const session = await createSession(a.runner, project.id, { title: 'Youth group' });
    await addNote(a.runner, { sessionId: session.id, text: 'More lighting in the park' });

    const mainA = handlersWith().handlers;
    const mainB = handlersWith({ storeFile: path.join(userData, 'b.json') }).handlers;
    await mainA.syncChooseFolder(APP_PAGE, { projectId: project.id });
    await mainB.syncChooseFolder(APP_PAGE, { projectId: project.id });

    const first = await syncProject({ runner: a.runner, port: ipcPort(mainA), deviceName: 'Maria' }, project.id);
    expect(first.status).toBe('synced');
    expect(first.written).toBeGreaterThan(0);
    const second = await syncProject({ runner: b.runner, port: ipcPort(mainB), deviceName: 'Sam' }, project.id);
    expect(second.status).toBe('synced');
    expect(await snapshotOf(b)).toEqual(await snapshotOf(a));
    expect((await b.db.sessions.toArray()).map((s) => s.title)).toEqual(['Youth group']);

    await addNote(a.runner, { sessionId: session.id, text: 'Buses stop at 9' });
    await syncProject({ runner: a.runner, port: ipcPort(mainA), deviceName: 'Maria' }, project.id);
    const compacted = await syncProject({ runner: a.runner, port: ipcPort(mainA), deviceName: 'Maria' }, project.id, {
      compact: true,
    });
    expect(compacted.compaction?.status).toBe('compacted');
    await syncProject({ runner: b.runner, port: ipcPort(mainB), deviceName: 'Sam' }, project.id);
    expect(await snapshotOf(b)).toEqual(await snapshotOf(a));
  });

  it('tells the renderer when a chosen folder changes on disk, and stops when the folder is forgotten', async () => {
    const changed: string[] = [];
    const { handlers } = handlersWith({
      watch: (dir, cb) => watchFolder(dir, cb, 50),
      notify: (projectId) => changed.push(projectId),
    });
    await handlers.syncChooseFolder(APP_PAGE, { projectId: PROJECT });
    await fsp.writeFile(path.join(shared, 'from-another-laptop.txt'), 'x');
    await expect.poll(() => changed, { timeout: 5000 }).toEqual([PROJECT]);

    await handlers.syncForgetFolder(APP_PAGE, { projectId: PROJECT });
    await fsp.writeFile(path.join(shared, 'later.txt'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changed).toEqual([PROJECT]);
  });
});
