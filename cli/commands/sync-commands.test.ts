/** The three sync commands against a real temp folder written by the app's own sync code. */
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { addParticipant, createSession, withdrawConsent } from '../../renderer/data/commands/sessions';
import { applyBundleImport, previewBundleImport } from '../../renderer/data/sync/bundleImport';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { newId } from '../../shared/domain/ids';
import type { CliIo } from '../command';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

/** Through the real dispatcher, as `npx fieldnotes …` runs them. */
const inspect = (args: string[], io: CliIo) => dispatch(['inspect', ...args], COMMANDS, io);
const bundle = (args: string[], io: CliIo) => dispatch(['bundle', ...args], COMMANDS, io);
const importCsv = (args: string[], io: CliIo) => dispatch(['import-csv', ...args], COMMANDS, io);

let dir: string;
let folder: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-cli-'));
  folder = path.join(dir, 'Shared');
  await writeFile(path.join(dir, 'keep'), '');
  await (await import('node:fs/promises')).mkdir(folder);
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } },
    out,
    err,
    text: () => out.join(''),
    errors: () => err.join(''),
  };
}

async function facilitator() {
  const a = createReplica('Ana');
  replicas.push(a);
  const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(a.runner, project.id, { title: 'Youth group' });
  const p1 = await addParticipant(a.runner, session.id);
  await addNote(a.runner, { sessionId: session.id, text: 'More lighting', participantId: p1.id });
  await addNote(a.runner, { sessionId: session.id, text: 'A drop-in centre' });
  await a.runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, (ctx) =>
    ctx.insert('themes', {
      id: newId(),
      projectId: project.id,
      sessionId: session.id,
      name: 'Safety at night',
      color: '#336699',
    }),
  );
  await syncProject({ runner: a.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana’s laptop' }, project.id);
  return { a, project, session, p1 };
}

async function listing(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out.push(`${path.relative(root, file)}:${(await stat(file)).size}`);
    }
  }
  return out.sort();
}

describe('fieldnotes inspect', () => {
  it('counts a folder after merging, lists devices and problems, and changes nothing', async () => {
    const { project, a } = await facilitator();
    const segDir = path.join(folder, project.id, 'v1/devices', await a.runner.deviceId());
    const [seg] = await readdir(segDir);
    await writeFile(path.join(segDir, seg!.replace('.ndjson', ' (1).ndjson')), await readFile(path.join(segDir, seg!)));
    const before = await listing(folder);

    const human = io();
    expect(await inspect([folder], human.io)).toBe(0);
    expect(human.text()).toContain('Project “Safety plan”');
    expect(human.text()).toContain(
      '1 session · 2 notes · 1 theme · 1 participant · 7 groups · 5 questions · 0 findings',
    );
    expect(human.text()).toMatch(/Ana’s laptop \[[0-9A-F]{16}\]: 1 file, \d+ changes/);
    expect(human.text()).toMatch(/duplicate copy/);

    const json = io();
    expect(await inspect([path.join(folder, project.id), '--json'], json.io)).toBe(0);
    const report = JSON.parse(json.text());
    expect(report.projects[0]).toMatchObject({ name: 'Safety plan', counts: { sessions: 1, notes: 2, themes: 1 } });
    expect(report.projects[0].problems).toEqual([
      expect.objectContaining({ kind: 'conflicted-copy', severity: 'info' }),
    ]);
    expect(await listing(folder)).toEqual(before);
  });

  it('reports a file that is not complete', async () => {
    const { project, a } = await facilitator();
    const segDir = path.join(folder, project.id, 'v1/devices', await a.runner.deviceId());
    const [seg] = await readdir(segDir);
    await truncate(path.join(segDir, seg!), 100);
    const out = io();
    expect(await inspect([folder, '--json'], out.io)).toBe(0);
    const report = JSON.parse(out.text());
    expect(report.projects[0].counts.notes).toBe(0);
    expect(report.projects[0].problems[0]).toMatchObject({
      kind: 'not-yet',
      text: expect.stringMatching(/not finished copying/),
    });
  });

  it('fails clearly on a missing path and on wrong usage', async () => {
    const missing = io();
    expect(await inspect([path.join(dir, 'nope')], missing.io)).toBe(2);
    expect(missing.errors()).toMatch(/^fieldnotes inspect: nothing found at /);
    expect(await inspect([], io().io)).toBe(2);
  });
});

describe('fieldnotes bundle', () => {
  it('packs a folder’s project into a bundle that inspect and the app both read', async () => {
    await facilitator();
    const out = path.join(dir, 'project.fieldnotes');
    const made = io();
    expect(await bundle([folder, '--out', out], made.io)).toBe(0);
    expect(made.text()).toMatch(/“Safety plan”, 1 session, 2 notes, 1 theme from 1 device/);
    const seen = io();
    expect(await inspect([out, '--json'], seen.io)).toBe(0);
    expect(JSON.parse(seen.text()).projects[0].counts).toMatchObject({ sessions: 1, notes: 2, themes: 1 });

    const pmt = createReplica('PMT');
    replicas.push(pmt);
    const preview = await previewBundleImport(pmt.db, await readFile(out));
    expect(preview.summary[0]).toBe('Adds the project “Safety plan”.');
    await applyBundleImport(pmt.runner, preview);
    expect(await pmt.db.notes.count()).toBe(2);
    expect((await previewBundleImport(pmt.db, await readFile(out))).unchanged).toBe(true);
  });

  it('encrypts with a passphrase file', async () => {
    await facilitator();
    const out = path.join(dir, 'sealed.fieldnotes');
    const secret = path.join(dir, 'secret.txt');
    await writeFile(secret, 'river path 2026\n');
    expect(await bundle([folder, '--out', out, '--passphrase-file', secret], io().io)).toBe(0);
    const locked = io();
    expect(await inspect([out], locked.io)).toBe(2);
    expect(locked.errors()).toMatch(/--passphrase-file/);
    const wrong = io();
    await writeFile(path.join(dir, 'wrong.txt'), 'river path 2025');
    expect(await inspect([out, '--passphrase-file', path.join(dir, 'wrong.txt')], wrong.io)).toBe(2);
    expect(wrong.errors()).toMatch(/passphrase does not open this bundle/);
    const opened = io();
    expect(await inspect([out, '--passphrase-file', secret], opened.io)).toBe(0);
    expect(opened.text()).toMatch(/encrypted/);
  });

  it('asks which project when the folder holds several', async () => {
    await facilitator();
    await facilitator();
    const out = io();
    expect(await bundle([folder, '--out', path.join(dir, 'x.fieldnotes')], out.io)).toBe(2);
    expect(out.errors()).toMatch(/choose one with --project/);
  });
});

describe('fieldnotes import-csv', () => {
  it('writes rows as notes from a new device that the app then syncs', async () => {
    const { project, session, a } = await facilitator();
    const csv = path.join(dir, 'Seniors evening.csv');
    await writeFile(
      csv,
      '\uFEFFText,Question,Speaker,Kind,Sensitive\r\n' +
        '"Buses stop running at 7, so we stay home",Q1,P1,Issue or priority,yes\r\n' +
        'The library is a safe place,,P2,local asset,\r\n' +
        ',,,,\r\n',
    );
    const out = io();
    expect(
      await importCsv([csv, '--sync-folder', folder, '--project', 'safety plan', '--group', 'Seniors'], out.io),
    ).toBe(0);
    expect(out.text()).toMatch(
      /Imported 2 notes into “Safety plan”, 1 new session \(Seniors evening\), 2 new participants as device [0-9A-F]{16}/,
    );
    expect(out.text()).toMatch(/1 empty row was skipped\./);

    await syncProject({ runner: a.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana' }, project.id);
    const imported = await a.db.notes.filter((n) => n.sessionId !== session.id).toArray();
    expect(imported.map((n) => n.text).sort()).toEqual([
      'Buses stop running at 7, so we stay home',
      'The library is a safe place',
    ]);
    const buses = imported.find((n) => n.text.startsWith('Buses'))!;
    expect(buses).toMatchObject({ kind: 'issue', flags: { sensitive: true } });
    expect((await a.db.questions.get(buses.questionId!))?.order).toBe(1);
    const newSession = await a.db.sessions.get(buses.sessionId);
    expect(newSession?.title).toBe('Seniors evening');
    expect((await a.db.groups.get(newSession!.groupId!))?.name).toBe('Seniors');
  });

  it('refuses the whole file when a row cannot go in, and writes nothing', async () => {
    const { project, session, p1, a } = await facilitator();
    await withdrawConsent(a.runner, p1.id);
    await syncProject({ runner: a.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana' }, project.id);
    const before = await listing(folder);
    const csv = path.join(dir, 'notes.csv');
    await writeFile(csv, `Text,Participant\nfine,P2\nnot allowed,${p1.code}\n`);
    const out = io();
    expect(
      await importCsv([csv, '--sync-folder', folder, '--project', 'Safety plan', '--session', session.title], out.io),
    ).toBe(2);
    expect(out.errors()).toMatch(/Nothing was imported:\n {2}line 3: speaker P1 withdrew consent/);
    expect(await listing(folder)).toEqual(before);

    const none = io();
    expect(await importCsv([csv, '--sync-folder', folder, '--project', 'Other'], none.io)).toBe(2);
    expect(none.errors()).toMatch(/no project called “Other”/);
    expect(await importCsv([csv, '--project', 'Safety plan'], io().io)).toBe(2);
  });
});
