/**
 * Two (or three) device stores syncing through the real sync-folder module on a real temp folder, and every
 * fault a shared folder can hold injected on purpose: truncated, unreadable, cloud-only and damaged files, conflicted
 * copies, a newer format, a clock far ahead, two machines sharing one device id, and the mass-deletion guard.
 */
import { copyFile, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../shared/changes/change';
import { createFolderSync } from '../../shared/sync/folderSync';
import { describeProblem, severityOf } from '../../shared/sync/problems';
import { translator } from '../../shared/i18n/translate';
import { wordsText } from '../../shared/i18n/words';
import type { FolderAccess } from '../../shared/sync/folderAccess';
import { encodeSegment } from '../../shared/sync/segment';
import { deviceDirPath } from '../../shared/sync/layout';
import { addNote, deleteNote, editNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { DEVICE_KEY } from '../../renderer/data/commandRunner';
import {
  allChanges,
  closeReplicas,
  createReplica,
  snapshotOf,
  type Replica,
} from '../../renderer/data/sync/replica.testkit';
import { syncProject, type SyncReport } from '../../renderer/data/sync/syncProject';
import { getSyncStatus, setSyncFolderLabel } from '../../renderer/data/sync/status';
import { loadSyncState } from '../../renderer/data/sync/syncMeta';
import { createNodeSyncFolder } from './index';
import { nodeFolderAccess } from './nodeFolder';
import { storedHistory } from '../../renderer/data/history/history.testkit';

let root: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fieldnotes-sync-'));
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(root, { recursive: true, force: true });
});

function device(name: string): Replica {
  const r = createReplica(name);
  replicas.push(r);
  return r;
}

function sync(
  r: Replica,
  projectId: string,
  options = {},
  access: FolderAccess = nodeFolderAccess(root),
): Promise<SyncReport> {
  return syncProject(
    { runner: r.runner, port: createFolderSync(access), deviceName: `${r.name}’s laptop`, now: () => r.time.now },
    projectId,
    options,
  );
}

async function seeded(r: Replica) {
  const project = await createProject(r.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(r.runner, project.id, { title: 'Youth group' });
  await addNote(r.runner, { sessionId: session.id, text: 'Lighting on the path' });
  return { project, session };
}

function deviceDir(projectId: string, deviceId: string): string {
  return path.join(root, ...deviceDirPath(projectId, deviceId));
}

/** Write a segment as another device would, straight into its folder: the raw material for injected faults. */
async function writeForeign(
  projectId: string,
  deviceId: string,
  seq: number,
  changes: ChangeRecord[],
  schema?: string,
) {
  const segment = await encodeSegment(
    { deviceId, deviceName: 'Visitor', projectId, seq, createdAt: new Date().toISOString() },
    changes,
  );
  let bytes: Uint8Array = segment.bytes;
  if (schema)
    bytes = new TextEncoder().encode(new TextDecoder().decode(bytes).replace('"schema":"1.0"', `"schema":"${schema}"`));
  const dir = deviceDir(projectId, deviceId);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, segment.name), bytes);
  return { file: path.join(dir, segment.name), segment };
}

describe('two devices through a real folder', () => {
  it('converge, name each other, and a second sync with nothing new reads no file', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const { project, session } = await seeded(a);
    const first = await sync(a, project.id);
    expect(first.status).toBe('synced');
    const aId = await a.runner.deviceId();
    const files = await readdir(deviceDir(project.id, aId));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^seg-00000001-[0-9a-f]{16}\.ndjson$/);

    await setSyncFolderLabel(b.db, project.id, root);
    expect((await sync(b, project.id)).applied?.stored).toBe(await storedHistory(a.db).count());
    const note = (await b.db.notes.toArray())[0]!;
    b.time.now += 5000;
    await editNote(b.runner, note.id, { text: 'Lighting on the river path' });
    await addNote(b.runner, { sessionId: session.id, text: 'A youth drop-in centre' });
    await sync(b, project.id);
    await sync(a, project.id);
    expect(await snapshotOf(a)).toEqual(await snapshotOf(b));
    expect(await storedHistory(b.db).where('published').equals(0).count()).toBe(0);

    const status = await getSyncStatus(b.db, project.id, { folderSupported: true, now: b.time.now });
    expect(status.devices).toEqual([expect.objectContaining({ name: 'Ana’s laptop' })]);
    expect(status.waiting).toBe('All your changes are in the shared folder.');
    expect(status.tone).toBe('ok');

    let reads = 0;
    const access = nodeFolderAccess(root);
    const counting: FolderAccess = { ...access, read: (p) => (reads++, access.read(p)) };
    const again = await sync(a, project.id, {}, counting);
    expect(again.segmentsRead).toBe(0);
    expect(reads).toBe(0);
  });

  it('carries a consent withdrawal and a deletion to the other device', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const { project, session } = await seeded(a);
    const { addParticipant, withdrawConsent } = await import('../../renderer/data/commands/sessions');
    const participant = await addParticipant(a.runner, session.id);
    const said = await addNote(a.runner, { sessionId: session.id, text: 'My story', participantId: participant.id });
    await sync(a, project.id);
    await sync(b, project.id);
    expect((await b.db.notes.get(said.id))?.deleted).toBe(false);
    await withdrawConsent(a.runner, participant.id);
    await sync(a, project.id);
    await sync(b, project.id);
    expect((await b.db.notes.get(said.id))?.deleted).toBe(true);
    expect((await b.db.participants.get(participant.id))?.consent).toBe('withdrawn');
  });
});

describe('faults in the folder', () => {
  async function setup() {
    const a = device('Ana');
    const c = device('Cy');
    const { project, session } = await seeded(a);
    await sync(a, project.id);
    await sync(c, project.id);
    const before = new Set((await storedHistory(c.db).toArray()).map((x) => x.hlc));
    await addNote(c.runner, { sessionId: session.id, text: 'from Cy' });
    const fresh = (await allChanges(c)).filter((x) => !before.has(x.hlc));
    return { a, c, project, session, cId: await c.runner.deviceId(), fresh };
  }

  it('waits for a truncated file, then reads it once complete', async () => {
    const { a, project, cId, fresh } = await setup();
    const { file, segment } = await writeForeign(project.id, cId, 1, fresh);
    await truncate(file, segment.bytes.length - 25);
    const report = await sync(a, project.id);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'not-yet', deviceId: cId }));
    expect(await a.db.notes.filter((n) => n.text === 'from Cy').count()).toBe(0);
    await writeFile(file, segment.bytes);
    await sync(a, project.id);
    expect(await a.db.notes.filter((n) => n.text === 'from Cy').count()).toBe(1);
  });

  it('treats an unreadable and a cloud-only file as "not yet", a damaged one as damaged, never as a deletion', async () => {
    const { a, project, cId, fresh } = await setup();
    const one = await writeForeign(project.id, cId, 1, fresh);
    const sparse = await writeForeign(project.id, cId, 2, fresh.slice(0, 1));
    // A cloud-only placeholder: the right length, no content yet (sparse), and iCloud's stub naming.
    await truncate(sparse.file, 0);
    await truncate(sparse.file, sparse.segment.bytes.length);
    await writeFile(path.join(deviceDir(project.id, cId), `.${one.segment.name}.icloud`), 'bplist');
    const damaged = await writeForeign(project.id, cId, 3, fresh);
    const bytes = await readFile(damaged.file);
    const at = bytes.indexOf(0x0a) + 15;
    bytes[at] = bytes[at]! ^ 0x20;
    await writeFile(damaged.file, bytes);
    const access = nodeFolderAccess(root);
    const failing: FolderAccess = {
      ...access,
      read: (p) =>
        p.at(-1) === one.segment.name
          ? Promise.reject(Object.assign(new Error('I/O error'), { code: 'EIO' }))
          : access.read(p),
    };
    const liveBefore = await a.db.notes.filter((n) => !n.deleted).count();
    const report = await sync(a, project.id, {}, failing);
    const notYet = report.problems.filter((p) => p.kind === 'not-yet');
    expect(notYet.map((p) => p.detail)).toEqual(
      expect.arrayContaining([
        'the file could not be read (the disk reported an error)',
        'the file is only in the cloud so far',
        'the file has no content yet',
      ]),
    );
    // Worded in the reader's language where it is shown, the disk's reason too.
    const unreadable = notYet.find((p) => p.path?.endsWith(one.segment.name))!;
    expect(wordsText(unreadable.reason!, translator('fr-CA'))).toBe(
      'le fichier n’a pas pu être lu (le disque a signalé une erreur)',
    );
    // Complete but changed: damaged, a warning naming the device and what to do; never "still copying".
    const damage = report.problems.find((p) => p.path?.endsWith(damaged.segment.name));
    expect(damage).toMatchObject({ kind: 'damaged', deviceId: cId, detail: expect.stringMatching(/checksum/) });
    expect(severityOf('damaged')).toBe('warning');
    expect(describeProblem(damage!, () => 'Cy’s laptop')).toMatch(
      /Cy’s laptop is damaged.*export the project as a bundle/,
    );
    expect(await a.db.notes.filter((n) => !n.deleted).count()).toBe(liveBefore);
    const state = await loadSyncState(a.db, project.id);
    expect(Object.keys(state.index).filter((k) => k.startsWith(cId))).toEqual([]);
    // Once readable, the same file is read.
    await sync(a, project.id);
    expect(await a.db.notes.filter((n) => n.text === 'from Cy').count()).toBe(1);
  });

  it('ignores conflicted copies and reports them', async () => {
    const { a, project, cId, fresh } = await setup();
    const { segment } = await writeForeign(project.id, cId, 1, fresh);
    const dir = deviceDir(project.id, cId);
    await rm(path.join(dir, segment.name));
    for (const copy of [
      segment.name.replace('.ndjson', ' (1).ndjson'),
      segment.name.replace('.ndjson', '-LAPTOP-7F3K.ndjson'),
      segment.name.replace('.ndjson', '.sync-conflict-20260302-101010-ABCDEFG.ndjson'),
    ]) {
      await writeFile(path.join(dir, copy), segment.bytes);
    }
    const report = await sync(a, project.id);
    expect(report.problems.filter((p) => p.kind === 'conflicted-copy')).toHaveLength(3);
    expect(await a.db.notes.filter((n) => n.text === 'from Cy').count()).toBe(0);
  });

  it('parks a newer major version with "update the app"', async () => {
    const { a, project, cId, fresh } = await setup();
    await writeForeign(project.id, cId, 1, fresh, '2.0');
    await mkdir(path.join(root, project.id, 'v2'), { recursive: true });
    const report = await sync(a, project.id);
    expect(report.problems.filter((p) => p.kind === 'newer-version')).toHaveLength(2);
    expect(await a.db.notes.filter((n) => n.text === 'from Cy').count()).toBe(0);
    const status = await getSyncStatus(a.db, project.id, { folderSupported: true });
    expect(status.problems.map((p) => p.text).join(' ')).toMatch(/Update the app/);
  });

  it('clamps and reports a clock far ahead, and still takes its changes', async () => {
    const { a, c, project, session } = await setup();
    // Ahead, but within the day after which changes are held for a person (tested with the held list).
    c.time.now += 20 * 3_600_000;
    await addNote(c.runner, { sessionId: session.id, text: 'from the future' });
    await sync(c, project.id);
    const report = await sync(a, project.id);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'clock-ahead', deviceId: await c.runner.deviceId() }),
    );
    expect(await a.db.notes.filter((n) => n.text === 'from the future').count()).toBe(1);
    const status = await getSyncStatus(a.db, project.id, { folderSupported: true });
    expect(status.problems.map((p) => p.text).join(' ')).toMatch(/Cy’s laptop is \d+ hours? ahead/);
  });

  it('notices two machines writing as one device id, from either side', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const { project, session } = await seeded(a);
    await sync(a, project.id);
    // A copied laptop: a second store with A's identity and what A had synced.
    const clone = device('Clone');
    await clone.db.meta.put({ key: DEVICE_KEY, value: await a.runner.deviceId() });
    await sync(clone, project.id);
    await addNote(a.runner, { sessionId: session.id, text: 'on the original' });
    await addNote(clone.runner, { sessionId: session.id, text: 'on the copy' });
    await sync(clone, project.id);
    await sync(a, project.id);
    const seen = await sync(b, project.id);
    expect(seen.problems).toContainEqual(
      expect.objectContaining({ kind: 'duplicate-device', deviceId: await a.runner.deviceId() }),
    );
    const own = await sync(a, project.id);
    expect(own.problems).toContainEqual(expect.objectContaining({ kind: 'duplicate-device', own: true }));
    // Both machines' work is kept.
    expect(await b.db.notes.filter((n) => n.text.startsWith('on the')).count()).toBe(2);
  });

  it('does not mistake its own file for another machine’s after a sync was cut off mid-write', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const { project } = await seeded(a);
    const port = createNodeSyncFolder(root);
    const cutOff = {
      ...port,
      write: async (request: Parameters<typeof port.write>[0]) => {
        await port.write(request);
        throw new Error('the app was closed');
      },
    };
    const broken = await syncProject({ runner: a.runner, port: cutOff, deviceName: 'Ana' }, project.id);
    expect(broken.status).toBe('failed');
    const again = await sync(a, project.id);
    expect(again.problems.filter((p) => p.kind === 'duplicate-device')).toEqual([]);
    expect(await storedHistory(a.db).where('published').equals(0).count()).toBe(0);
    // The changes went out twice (once in the cut-off file, once again); applying both is the same as once.
    await sync(b, project.id);
    expect(await snapshotOf(b)).toEqual(await snapshotOf(a));
  });

  it('ignores a segment placed in another device’s folder', async () => {
    const { a, project, cId, fresh } = await setup();
    const { file, segment } = await writeForeign(project.id, cId, 1, fresh);
    const other = deviceDir(project.id, 'BBBBBBBBBBBBBBBB');
    await mkdir(other, { recursive: true });
    await copyFile(file, path.join(other, segment.name));
    await rm(file);
    const report = await sync(a, project.id);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'wrong-place' }));
    expect(await a.db.notes.filter((n) => n.text === 'from Cy').count()).toBe(0);
  });

  it('stops a sync that would remove more than half a project, and applies it once confirmed', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const { project, session } = await seeded(a);
    const notes: { id: string }[] = [];
    for (let i = 0; i < 30; i++) notes.push(await addNote(a.runner, { sessionId: session.id, text: `note ${i}` }));
    await sync(a, project.id);
    await setSyncFolderLabel(b.db, project.id, root);
    await sync(b, project.id);
    for (const note of notes) await deleteNote(a.runner, note.id);
    await sync(a, project.id);
    const stopped = await sync(b, project.id);
    expect(stopped.status).toBe('needs-confirmation');
    expect(await b.db.notes.filter((n) => !n.deleted).count()).toBe(31);
    const status = await getSyncStatus(b.db, project.id, { folderSupported: true });
    expect(status.tone).toBe('problem');
    expect(status.problems[0]!.text).toMatch(/would remove 30 of the/);
    // Asking again without confirmation reads the same files again and still stops.
    expect((await sync(b, project.id)).status).toBe('needs-confirmation');
    const confirmed = await sync(b, project.id, { allowMassDeletion: true });
    expect(confirmed.status).toBe('synced');
    expect(await b.db.notes.filter((n) => !n.deleted).count()).toBe(1);
    expect((await loadSyncState(b.db, project.id)).awaitingConfirmation).toEqual([]);
  });
});

describe('compaction', () => {
  it('folds a device’s own segments into one snapshot that new and old readers both accept', async () => {
    const a = device('Ana');
    const old = device('Old');
    const { project, session } = await seeded(a);
    await sync(a, project.id);
    await sync(old, project.id);
    const note = await addNote(a.runner, { sessionId: session.id, text: 'v0' });
    for (let i = 1; i <= 5; i++) {
      a.time.now += 1000;
      await editNote(a.runner, note.id, { text: `v${i}` });
      await sync(a, project.id);
    }
    const aId = await a.runner.deviceId();
    expect((await readdir(deviceDir(project.id, aId))).length).toBe(6);
    const report = await sync(a, project.id, { compact: true });
    expect(report.compaction).toMatchObject({ status: 'compacted', retired: expect.any(Array) });
    const files = await readdir(deviceDir(project.id, aId));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^seg-00000007-/);

    const fresh = device('New');
    await sync(fresh, project.id);
    await sync(old, project.id);
    expect(await snapshotOf(fresh)).toEqual(await snapshotOf(a));
    expect(await snapshotOf(old)).toEqual(await snapshotOf(a));
    expect(Object.keys((await loadSyncState(old.db, project.id)).index)).toEqual([`${aId}/${files[0]}`]);
    // The compacting device does not take its own snapshot for someone else's.
    expect((await sync(a, project.id)).problems.filter((p) => p.kind === 'duplicate-device')).toEqual([]);
  });
});

describe('a folder that is gone', () => {
  it('says so and keeps the work waiting', async () => {
    const a = device('Ana');
    const { project } = await seeded(a);
    const report = await syncProject(
      { runner: a.runner, port: createNodeSyncFolder(path.join(root, 'unplugged-stick')), deviceName: 'Ana' },
      project.id,
    );
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'folder-unavailable' }));
    expect(report.problems.map((p) => p.kind)).toEqual(['folder-unavailable']);
    expect(report.status).toBe('failed');
    expect(report.written).toBe(0);
    expect(await storedHistory(a.db).where('published').equals(0).count()).toBeGreaterThan(0);
    await expect(readdir(path.join(root, 'unplugged-stick'))).rejects.toThrow();
  });
});
