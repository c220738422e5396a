/**
 * Who may write what, through a real sync folder: a device's folder is its identity (changes signed as another
 * device are refused, and a forgery that reuses a real stamp never displaces the genuine change), and a change
 * may only touch a record of the project its file belongs to.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../shared/changes/change';
import { createFolderSync } from '../../shared/sync/folderSync';
import { deviceDirPath } from '../../shared/sync/layout';
import { encodeSegment } from '../../shared/sync/segment';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { applyRemoteChanges } from '../../renderer/data/sync/applyChanges';
import { allChanges, closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { nodeFolderAccess } from './nodeFolder';
import { storedHistory } from '../../renderer/data/history/history.testkit';

let root: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fieldnotes-identity-'));
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

const sync = (r: Replica, projectId: string) =>
  syncProject(
    { runner: r.runner, port: createFolderSync(nodeFolderAccess(root)), deviceName: r.name, now: () => r.time.now },
    projectId,
  );

/** A segment written straight into a device folder, as a crafted file would be. */
async function plant(projectId: string, folderDevice: string, seq: number, changes: ChangeRecord[]) {
  const segment = await encodeSegment(
    { deviceId: folderDevice, deviceName: 'Visitor', projectId, seq, createdAt: '2026-03-01T10:00:00.000Z' },
    changes,
  );
  const dir = path.join(root, ...deviceDirPath(projectId, folderDevice));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, segment.name), segment.bytes);
}

async function twoDevices() {
  const a = device('Ana');
  const b = device('Ben');
  const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(a.runner, project.id, { title: 'Youth group' });
  const note = await addNote(a.runner, { sessionId: session.id, text: 'Lighting on the path' });
  await sync(a, project.id);
  await sync(b, project.id);
  return { a, b, project, session, note, aId: await a.runner.deviceId() };
}

const FORGER = 'F0F0F0F0F0F0F0F0';

describe('a device folder is its identity', () => {
  it('refuses changes signed as another device, new stamp or reused one, and says so', async () => {
    const { a, b, project, note, aId } = await twoDevices();
    const genuine = (await allChanges(a)).find((c) => c.table === 'notes' && c.rowId === note.id)!;
    const later = `2026-03-02T09:00:00.000Z-0000-${aId}`;
    await plant(project.id, FORGER, 1, [
      { ...genuine, hlc: later, fields: { text: 'forged, new stamp' } },
      { ...genuine, fields: { ...genuine.fields, text: 'forged, reused stamp' } },
    ]);
    const report = await sync(b, project.id);
    expect((await b.db.notes.get(note.id))?.text).toBe('Lighting on the path');
    const forged = report.problems.find((p) => p.kind === 'forged-changes');
    expect(forged).toMatchObject({ deviceId: FORGER, amount: 2 });
    expect(report.applied?.stored).toBe(0);
  });

  it('lets the genuine change displace a forgery that reused its stamp and arrived first (from a bundle)', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
    const session = await createSession(a.runner, project.id, { title: 'Youth group' });
    const note = await addNote(a.runner, { sessionId: session.id, text: 'Lighting on the path' });
    const changes = await allChanges(a);
    const creation = changes.find((c) => c.table === 'notes' && c.rowId === note.id)!;
    const forgery = { ...creation, fields: { ...creation.fields, text: 'forged text' } };
    // The forgery reaches Ben first (a hand-carried bundle), then Ana's genuine file through the folder.
    await applyRemoteChanges(
      b.db,
      changes.map((c) => (c.hlc === creation.hlc ? forgery : c)),
      { published: 0 },
    );
    expect((await b.db.notes.get(note.id))?.text).toBe('forged text');
    await sync(a, project.id);
    const report = await sync(b, project.id);
    expect((await b.db.notes.get(note.id))?.text).toBe('Lighting on the path');
    expect((await storedHistory(b.db).get(creation.hlc))?.fields.text).toBe('Lighting on the path');
    expect(report.applied?.duplicates).toBe(changes.length - 1);
  });

  it('refuses a second copy of a stamp with other content when it cannot tell which is genuine', async () => {
    const { b, project, note } = await twoDevices();
    const stored = (await storedHistory(b.db).toArray()).find((c) => c.table === 'notes' && c.rowId === note.id)!;
    const { published: _published, ...wire } = stored;
    const report = await applyRemoteChanges(b.db, [{ ...wire, fields: { ...wire.fields, text: 'other' } }], {
      published: 0,
    });
    expect(report.rejected).toBe(1);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'stamp-conflict', amount: 1 }));
    expect((await b.db.notes.get(note.id))?.text).toBe('Lighting on the path');
    expect(project.id).toBeTruthy();
  });
});

/** A project with one session and one note, made on `r` (a kit another device may start from). */
async function projectWithNote(r: Replica, text: string) {
  const project = await createProject(r.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(r.runner, project.id, { title: 'Youth group' });
  const note = await addNote(r.runner, { sessionId: session.id, text });
  return { project, note };
}

describe('changes that came in a bundle', () => {
  it('are left to their signer’s own folder when it has one: no relay, no alarm on any device', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const c = device('Cy');
    const { project, note } = await projectWithNote(a, 'Lighting on the path');
    // Ben starts from Ana's project kit; Ana syncs, then Ben, then a third device.
    await applyRemoteChanges(b.db, await allChanges(a), { published: 0 });
    const first = await sync(a, project.id);
    const second = await sync(b, project.id);
    const third = await sync(c, project.id);
    const again = await sync(a, project.id);
    for (const report of [first, second, third, again]) {
      expect(report.problems.filter((p) => p.kind === 'forged-changes')).toEqual([]);
    }
    expect(await storedHistory(b.db).where('published').equals(0).count()).toBe(0);
    expect((await c.db.notes.get(note.id))?.text).toBe('Lighting on the path');
  });

  it('relayed before their signer had a folder are no alarm once it has one, and a changed copy still is', async () => {
    const a = device('Ana');
    const b = device('Ben');
    const c = device('Cy');
    const { project, note } = await projectWithNote(a, 'Lighting on the path');
    // Ben syncs from the kit before Ana has ever synced: Ana has no folder, so Ben relays her changes.
    await applyRemoteChanges(b.db, await allChanges(a), { published: 0 });
    await sync(b, project.id);
    await sync(a, project.id);
    const reports = [await sync(c, project.id), await sync(a, project.id)];
    for (const report of reports) expect(report.problems).toEqual([]);
    expect((await c.db.notes.get(note.id))?.text).toBe('Lighting on the path');
    // A copy whose content differs from what Ana wrote is still reported, and still refused.
    const genuine = (await allChanges(a)).find((change) => change.table === 'notes' && change.rowId === note.id)!;
    await plant(project.id, await b.runner.deviceId(), 50, [
      { ...genuine, fields: { ...genuine.fields, text: 'forged' } },
    ]);
    const d = device('Dee');
    const report = await sync(d, project.id);
    expect(report.problems.filter((p) => p.kind === 'forged-changes')).toEqual([
      expect.objectContaining({ amount: 1 }),
    ]);
    expect((await d.db.notes.get(note.id))?.text).toBe('Lighting on the path');
  });

  it('are relayed for a device with no folder here, so the others get them through the folder', async () => {
    const dee = device('Dee');
    const b = device('Ben');
    const c = device('Cy');
    const { project, note } = await projectWithNote(dee, 'Benches by the library');
    await applyRemoteChanges(b.db, await allChanges(dee), { published: 0 });
    const relayed = await sync(b, project.id);
    expect(relayed.written).toBe(await storedHistory(dee.db).count());
    const report = await sync(c, project.id);
    expect(report.problems).toEqual([]);
    expect((await c.db.notes.get(note.id))?.text).toBe('Benches by the library');
  });
});

describe('a change touches only records of its own project', () => {
  it('refuses an edit filed under project A that names a record of project B', async () => {
    const { a, b, project: projectB, note } = await twoDevices();
    const projectA = await createProject(a.runner, { name: 'Other project', templateId: 'community-safety-plan' });
    await sync(a, projectA.id);
    const aId = await a.runner.deviceId();
    // Ana's own folder of project A, with an edit of project B's note in it.
    await plant(projectA.id, aId, 90, [
      {
        hlc: `2026-03-02T09:00:00.000Z-0000-${aId}`,
        deviceId: aId,
        projectId: projectA.id,
        table: 'notes',
        rowId: note.id,
        fields: { text: 'edited from another project' },
      },
    ]);
    const report = await sync(b, projectA.id);
    expect((await b.db.notes.get(note.id))?.text).toBe('Lighting on the path');
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'other-project', amount: 1 }));
    expect(await storedHistory(b.db).where('projectId').equals(projectA.id).count()).toBeGreaterThan(0);
    expect((await b.db.notes.get(note.id))?.projectId).toBe(projectB.id);
  });
});
