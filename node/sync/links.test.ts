/**
 * Links planted in a shared folder, at every level of its layout, on a real temp folder: the real content is
 * moved outside the sync folder and a link left in its place. Nothing behind a link is read or written, and every
 * link is reported, by the app's sync and by the CLI's folder reader alike.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { translator } from '../../shared/i18n/translate';
import { deviceDirPath } from '../../shared/sync/layout';
import { describeProblem } from '../../shared/sync/problems';
import { createNodeSyncFolder, nodeFolderAccess } from './index';
import { readSyncFolder } from './readFolder';

let dir: string;
let root: string;
let outside: string;
const replicas: Replica[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-links-'));
  root = path.join(dir, 'Shared');
  outside = path.join(dir, 'elsewhere');
  await mkdir(root);
  await mkdir(outside);
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

function device(name: string): Replica {
  const r = createReplica(name);
  replicas.push(r);
  return r;
}

/** Ana's project with one note, synced into the folder. */
async function shared() {
  const ana = device('Ana');
  const project = await createProject(ana.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(ana.runner, project.id, { title: 'Youth group' });
  await addNote(ana.runner, { sessionId: session.id, text: 'Lighting on the path' });
  await syncProject({ runner: ana.runner, port: createNodeSyncFolder(root), deviceName: 'Ana' }, project.id);
  const deviceId = await ana.runner.deviceId();
  return { ana, project, deviceId, deviceDir: path.join(root, ...deviceDirPath(project.id, deviceId)) };
}

/** Moves `inside` out of the sync folder and leaves a link to it in its place. */
async function replaceWithLink(inside: string): Promise<string> {
  const target = path.join(outside, path.basename(inside));
  await rename(inside, target);
  await symlink(target, inside);
  return target;
}

async function newcomerReads(projectId: string) {
  const ben = device('Ben');
  const report = await syncProject(
    { runner: ben.runner, port: createNodeSyncFolder(root), deviceName: 'Ben' },
    projectId,
  );
  return { report, notes: await ben.db.notes.count() };
}

describe('links in a sync folder are not followed, and are reported', () => {
  it('a linked <project>/v1 folder', async () => {
    const { project } = await shared();
    await replaceWithLink(path.join(root, project.id, 'v1'));
    const read = await readSyncFolder(root);
    expect(read.projects).toHaveLength(1);
    expect(read.projects[0]!.changes).toEqual([]);
    expect(read.projects[0]!.problems).toContainEqual({ kind: 'link', path: `${project.id}/v1` });
    const { report, notes } = await newcomerReads(project.id);
    expect(notes).toBe(0);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'link', path: `${project.id}/v1` }));
  });

  it('a linked devices folder, and a linked device folder', async () => {
    const { project, deviceDir } = await shared();
    await replaceWithLink(deviceDir);
    let read = await readSyncFolder(root);
    expect(read.projects[0]!.changes).toEqual([]);
    expect(read.projects[0]!.problems).toContainEqual({
      kind: 'link',
      path: `${project.id}/v1/devices/${path.basename(deviceDir)}`,
    });
    await rm(deviceDir);
    await rename(path.join(outside, path.basename(deviceDir)), deviceDir);
    await replaceWithLink(path.dirname(deviceDir));
    read = await readSyncFolder(root);
    expect(read.projects[0]!.changes).toEqual([]);
    expect(read.projects[0]!.problems).toContainEqual({ kind: 'link', path: `${project.id}/v1/devices` });
  });

  it('a linked segment file', async () => {
    const { project, deviceId, deviceDir } = await shared();
    const [segment] = await readdir(deviceDir);
    await replaceWithLink(path.join(deviceDir, segment!));
    const read = await readSyncFolder(root);
    expect(read.projects[0]!.changes).toEqual([]);
    expect(read.projects[0]!.problems).toContainEqual({
      kind: 'link',
      deviceId,
      path: `${project.id}/v1/devices/${deviceId}/${segment}`,
    });
    const { notes } = await newcomerReads(project.id);
    expect(notes).toBe(0);
  });

  it('a linked project folder', async () => {
    const { project } = await shared();
    await replaceWithLink(path.join(root, project.id));
    const read = await readSyncFolder(root);
    expect(read.projects).toEqual([]);
    expect(read.problems).toEqual([{ kind: 'link', path: project.id }]);
    const { report, notes } = await newcomerReads(project.id);
    expect(notes).toBe(0);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'link', path: project.id }));
  });

  it('a sync folder that is itself a link is used: the person chose it', async () => {
    const { project } = await shared();
    await symlink(root, path.join(dir, 'Shortcut'));
    const read = await readSyncFolder(path.join(dir, 'Shortcut'));
    expect(read.projects.map((p) => p.projectId)).toEqual([project.id]);
    expect(read.projects[0]!.changes.length).toBeGreaterThan(0);
  });
});

describe('writing never goes through a link', () => {
  it('refuses to write into a device folder that is a link, and writes nothing behind it', async () => {
    const { ana, project, deviceDir } = await shared();
    const behind = await replaceWithLink(deviceDir);
    const before = await readdir(behind);
    await addNote(ana.runner, { sessionId: (await ana.db.sessions.toArray())[0]!.id, text: 'one more' });
    const report = await syncProject(
      { runner: ana.runner, port: createNodeSyncFolder(root), deviceName: 'Ana' },
      project.id,
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'write-failed',
        detail: expect.stringMatching(/is a link; links in the shared folder are not followed/),
        why: { kind: 'link-refused' },
      }),
    );
    // Said in the reader's language where the problem is shown.
    const failed = report.problems.find((p) => p.kind === 'write-failed')!;
    expect(describeProblem(failed, () => null, translator('fr-CA'))).toContain(
      `(${translator('fr-CA').t('files.reason.linkRefused')})`,
    );
    expect(await readdir(behind)).toEqual(before);
  });

  it('refuses to replace a segment that is a link, and reading one fails even if it appeared after listing', async () => {
    const access = nodeFolderAccess(root);
    await access.writeAtomic(['p', 'seg.ndjson'], new TextEncoder().encode('mine'));
    await writeLinkedFile(path.join(root, 'p', 'seg.ndjson'));
    await expect(access.writeAtomic(['p', 'seg.ndjson'], new TextEncoder().encode('new'))).rejects.toThrow(
      /it is a link, and links are not followed here/,
    );
    await expect(access.read(['p', 'seg.ndjson'])).rejects.toThrow(/is a link/);
    expect(await readFile(path.join(outside, 'seg.ndjson'), 'utf8')).toBe('mine');
  });
});

async function writeLinkedFile(inside: string): Promise<void> {
  await cp(inside, path.join(outside, path.basename(inside)));
  await rm(inside);
  await symlink(path.join(outside, path.basename(inside)), inside);
}
