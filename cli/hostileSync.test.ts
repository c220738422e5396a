/**
 * The built `fieldnotes` bin against sync folders and bundles crafted as an attacker or an unlucky user would make
 * them, starting from real files the app's own sync code wrote: forged device folders, edits across projects,
 * clocks in the year 9999, a flipped byte, ids that are not UUIDs, a manifest naming `__proto__`, absurd
 * key-derivation rounds and a zip bomb. Exit codes stay 0 (read, problems listed) or 2 (refused), never 1.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../shared/changes/change';
import { createBundle } from '../shared/sync/bundle';
import { createFolderSync } from '../shared/sync/folderSync';
import { deviceDirPath } from '../shared/sync/layout';
import { encodeSegment } from '../shared/sync/segment';
import { nodeFolderAccess } from '../node/sync/nodeFolder';
import { addNote } from '../renderer/data/commands/notes';
import { createProject } from '../renderer/data/commands/projects';
import { createSession } from '../renderer/data/commands/sessions';
import { allChanges, closeReplicas, createReplica, type Replica } from '../renderer/data/sync/replica.testkit';
import { syncProject } from '../renderer/data/sync/syncProject';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let bin: string;
let ana: Replica;
let projectId: string;
let noteId: string;
let anaId: string;
let changes: ChangeRecord[];
let pristine: string;

function fieldnotes(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-hostile-'));
  bin = path.join(dir, 'app', 'fieldnotes.mjs');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--outfile', bin], {
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  ana = createReplica('Ana');
  const project = await createProject(ana.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(ana.runner, project.id, { title: 'Youth group' });
  noteId = (await addNote(ana.runner, { sessionId: session.id, text: 'Lighting on the path' })).id;
  projectId = project.id;
  anaId = await ana.runner.deviceId();
  changes = await allChanges(ana);
  pristine = path.join(dir, 'pristine');
  await mkdir(pristine);
  const port = createFolderSync(nodeFolderAccess(pristine));
  await syncProject({ runner: ana.runner, port, deviceName: 'Ana’s laptop', now: () => ana.time.now }, projectId);
  // Bundling the whole CLI takes several seconds, more on a busy machine.
}, 120_000);

afterAll(async () => {
  await closeReplicas(ana);
  await rm(dir, { recursive: true, force: true });
});

/** A fresh copy of the sync folder Ana's app wrote. */
async function appFolder(name: string): Promise<string> {
  const folder = path.join(dir, name);
  await cp(pristine, folder, { recursive: true });
  return folder;
}

async function plant(folder: string, device: string, seq: number, lines: ChangeRecord[], project = projectId) {
  const segment = await encodeSegment(
    { deviceId: device, deviceName: 'Visitor', projectId: project, seq, createdAt: '2026-03-01T10:00:00.000Z' },
    lines,
  );
  const target = path.join(folder, ...deviceDirPath(project, device));
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, segment.name), segment.bytes);
  return path.join(target, segment.name);
}

function inspectJson(target: string, ...flags: string[]) {
  const run = fieldnotes('inspect', target, '--json', ...flags);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout).projects[0] as {
    counts: Record<string, number>;
    problems: { kind: string; severity: string; text: string; amount?: number; detail?: string; path?: string }[];
  };
}

/** Changes one byte of the note's text in Ana's segment: the file stays complete, its checksum no longer matches. */
async function flipByteOfAnasSegment(folder: string): Promise<void> {
  const devDir = path.join(folder, ...deviceDirPath(projectId, anaId));
  const [name] = await readdir(devDir);
  const file = path.join(devDir, name!);
  const bytes = await readFile(file);
  const at = bytes.indexOf('Lighting');
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(file, bytes);
}

/** Ana's note creation again, a moment later, under another record id (one a crafted file would carry). */
const withId = (base: ChangeRecord, counter: number, id: string): ChangeRecord => ({
  ...base,
  hlc: `2026-03-02T09:00:00.000Z-000${counter}-${anaId}`,
  rowId: id,
  fields: { ...base.fields, id },
});

const noteCreation = () => changes.find((c) => c.table === 'notes' && c.rowId === noteId)!;

describe('fieldnotes inspect on a crafted sync folder', () => {
  it('refuses a new folder whose changes carry another device’s id and stamp', async () => {
    const folder = await appFolder('forged');
    const creation = noteCreation();
    await plant(folder, 'F0F0F0F0F0F0F0F0', 1, [
      { ...creation, hlc: `2026-03-02T09:00:00.000Z-0000-${anaId}`, fields: { text: 'replaced' } },
    ]);
    const report = inspectJson(folder);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'forged-changes',
        amount: 1,
        text: expect.stringMatching(/signed as another device/),
      }),
    );
    // The export sees the genuine text only.
    const out = path.join(dir, 'forged.json');
    const exported = fieldnotes('export', folder, '--json', out);
    expect(exported.status, exported.stderr).toBe(0);
    const json = await readFile(out, 'utf8');
    expect(json).toContain('Lighting on the path');
    expect(json).not.toContain('replaced');
  });

  it('holds an edit stamped in the year 9999 unless --accept-future, and counts it as a problem', async () => {
    const folder = await appFolder('future');
    await plant(folder, anaId, 70, [
      { ...noteCreation(), hlc: `9999-01-01T00:00:00.000Z-0000-${anaId}`, fields: { text: 'from the future' } },
    ]);
    const held = inspectJson(folder);
    expect(held.problems).toContainEqual(
      expect.objectContaining({
        kind: 'held-future',
        severity: 'warning',
        amount: 1,
        detail: expect.stringMatching(/^9999-/),
      }),
    );
    const out = path.join(dir, 'future.json');
    const exported = fieldnotes('export', folder, '--json', out);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toMatch(/held, not applied/);
    expect(await readFile(out, 'utf8')).not.toContain('from the future');
    expect(inspectJson(folder, '--accept-future').problems.map((p) => p.kind)).not.toContain('held-future');
    const accepted = path.join(dir, 'future-accepted.json');
    expect(fieldnotes('export', folder, '--json', accepted, '--accept-future').status).toBe(0);
    expect(await readFile(accepted, 'utf8')).toContain('from the future');
  });

  it('calls a complete segment with one byte changed damaged, naming the device, not "still copying"', async () => {
    const folder = await appFolder('damaged');
    await flipByteOfAnasSegment(folder);
    const report = inspectJson(folder);
    const damaged = report.problems.find((p) => p.kind === 'damaged')!;
    expect(damaged).toMatchObject({ severity: 'warning', text: expect.stringMatching(/Ana’s laptop|damaged/) });
    expect(damaged.text).toMatch(/export the project as a bundle/);
    expect(report.problems.map((p) => p.kind)).not.toContain('not-yet');
  });

  it('words why each file was passed over in the reader’s language, in --json too', async () => {
    const folder = await appFolder('passed-over');
    await flipByteOfAnasSegment(folder);
    // A second device's file cut short while copying, and a third's still only in the cloud.
    const cut = await plant(folder, 'ABCDEF0123456789', 1, [noteCreation()]);
    await writeFile(cut, (await readFile(cut)).subarray(0, 60));
    const cloudDir = path.join(folder, ...deviceDirPath(projectId, 'FEDCBA9876543210'));
    await mkdir(cloudDir, { recursive: true });
    await writeFile(path.join(cloudDir, '.seg-00000001-0123456789abcdef.ndjson.icloud'), 'bplist');
    const details = (report: ReturnType<typeof inspectJson>) =>
      Object.fromEntries(report.problems.filter((p) => p.detail).map((p) => [p.kind + ':' + p.path, p.detail]));
    const french = details(inspectJson(folder, '--lang', 'fr-CA'));
    const english = details(inspectJson(folder));
    const of = (words: Record<string, string | undefined>, device: string, kind: string) =>
      Object.entries(words).find(([key]) => key.startsWith(`${kind}:${device}/`))?.[1];
    expect(of(french, anaId, 'damaged')).toBe('le contenu ne correspond pas à sa somme de contrôle');
    expect(of(english, anaId, 'damaged')).toBe('the content does not match its checksum');
    expect(of(french, 'ABCDEF0123456789', 'not-yet')).toMatch(/^le fichier (se termine au milieu d’une ligne|n’a pas)/);
    expect(of(french, 'FEDCBA9876543210', 'not-yet')).toBe('le fichier n’est encore que dans le nuage');
    expect(of(english, 'FEDCBA9876543210', 'not-yet')).toBe('the file is only in the cloud so far');
  });

  it('skips ids that are not UUIDs, naming the record', async () => {
    const folder = await appFolder('ids');
    const base = noteCreation();
    await plant(folder, anaId, 80, [withId(base, 0, '__proto__'), withId(base, 1, 'not-a-uuid')]);
    const report = inspectJson(folder);
    const invalid = report.problems.find((p) => p.kind === 'invalid-changes')!;
    expect(invalid).toMatchObject({ amount: 2 });
    expect(invalid.text).toMatch(/notes record "__proto__": rowId is not a UUID/);
    expect(report.counts.notes).toBe(1);
  });

  it('says in French, with --lang fr-CA, why a crafted id and a note too long for the schema were skipped', async () => {
    const folder = await appFolder('french');
    const base = noteCreation();
    await plant(folder, anaId, 81, [withId(base, 0, 'not-a-uuid')]);
    const other = '0123456789ABCDEF';
    const longNote = '018f0000-0000-7000-8000-000000000001';
    await plant(folder, other, 1, [
      {
        ...base,
        hlc: `2026-03-02T09:00:00.000Z-0000-${other}`,
        deviceId: other,
        rowId: longNote,
        fields: { ...base.fields, id: longNote, text: 'x'.repeat(50_001) },
      },
    ]);
    const run = fieldnotes('inspect', folder, '--lang', 'fr-CA');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    // The envelope of a change (its id) is checked on reading the file, naming the record.
    const badId = lines.find((line) => line.includes('"not-a-uuid"'));
    expect(badId).toContain(
      'l’enregistrement "not-a-uuid" de la table notes\u00a0: le champ «\u00a0rowId\u00a0» n’est pas un UUID',
    );
    // Its values are checked against the record schema on merging: the limit counted the French way.
    const tooLong = lines.find((line) => line.includes(longNote));
    expect(tooLong).toContain(
      `l’enregistrement "${longNote}" de la table notes\u00a0: une valeur n’est pas valide\u00a0: ` +
        'le champ «\u00a0text\u00a0» est trop long (au plus 50\u00a0000 caractères)',
    );
    for (const line of [badId, tooLong]) expect(line).not.toMatch(/record|is not|too long|expected|Invalid/);
  });
});

describe('fieldnotes inspect on a crafted bundle', () => {
  async function bundleFiles(passphrase?: string) {
    return unzipSync(
      await createBundle({
        changes,
        scope: { kind: 'project', projectId, projectName: 'Safety plan', sessions: [] },
        createdBy: { deviceId: anaId, deviceName: 'Ana’s laptop' },
        now: '2026-03-02T10:00:00.000Z',
        ...(passphrase ? { passphrase } : {}),
      }),
    );
  }

  async function refused(name: string, bytes: Uint8Array, ...flags: string[]) {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    const run = fieldnotes('inspect', file, ...flags);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(/TypeError|\n\s+at /);
    return run.stderr;
  }

  it('refuses a manifest naming __proto__ with a clear message', async () => {
    const files = await bundleFiles();
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    manifest.segments[0].path = '__proto__';
    const stderr = await refused(
      'proto.fieldnotes',
      zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) }),
    );
    expect(stderr).toMatch(/damaged/);
  });

  it('says in French, with validate --lang fr-CA, what is damaged in a bundle whose segment was tampered with', async () => {
    const files = await bundleFiles();
    const segment = Object.keys(files).find((name) => name.startsWith('segments/'))!;
    const bytes = files[segment]!;
    const tampered = new Uint8Array(bytes);
    tampered[10] = tampered[10] === 0x41 ? 0x42 : 0x41;
    const file = path.join(dir, 'tampered.fieldnotes');
    await writeFile(file, zipSync({ ...files, [segment]: tampered }));
    const run = fieldnotes('validate', file, '--lang', 'fr-CA');
    expect(run.status, run.stderr).toBe(2);
    // The technical detail after the sentence is French too: which file, and what is wrong with it.
    expect(run.stderr).toContain(`(${segment}\u00a0: le contenu ne correspond pas à sa somme de contrôle)`);
    expect(run.stderr).not.toMatch(/does not match|checksum/);
  });

  it('refuses 10,000,000 key-derivation rounds without deriving a key', async () => {
    const files = await bundleFiles('correct horse');
    const outer = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    outer.encryption.iterations = 10_000_000;
    await writeFile(path.join(dir, 'pass.txt'), 'correct horse\n');
    const stderr = await refused(
      'rounds.fieldnotes',
      zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(outer)) }),
      '--passphrase-file',
      'pass.txt',
    );
    expect(stderr).toMatch(/damaged/);
  });

  it('refuses a small bundle that would unpack to a gigabyte, before unpacking it', async () => {
    const files = await bundleFiles();
    const bomb = zipSync({
      ...files,
      'segments/seg-00000009-0123456789abcdef.ndjson': new Uint8Array(16 * 1024 * 1024),
    });
    const stderr = await refused('bomb.fieldnotes', bomb);
    expect(stderr).toMatch(/more than Fieldnotes accepts/);
  });
});
