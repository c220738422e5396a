/**
 * `fieldnotes purge` on a real temp folder written by the app's own sync code: a retired laptop's files still
 * hold a withdrawn participant's words. The dry run says what would change and changes nothing; bad input exits 2
 * with a clear message and changes nothing; --confirm rewrites that device's files without the words and keeps its
 * other work. Before the purge, export, bundle and inspect already leave the words out.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { addNote, editNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { addParticipant, createSession, withdrawConsent } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { openBundle } from '../../shared/sync/bundle';
import type { CliIo } from '../command';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

const WORDS = ['Vexillocrumpet', 'ẞchlüsselwörtlich'];
const run = (args: string[], io: CliIo) => dispatch(args, COMMANDS, io);

let dir: string;
let folder: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-purge-'));
  folder = path.join(dir, 'Shared');
  await mkdir(folder);
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: dir },
    text: () => out.join(''),
    errors: () => err.join(''),
  };
}

function device(name: string): Replica {
  const r = createReplica(name);
  replicas.push(r);
  return r;
}

const sync = (r: Replica, projectId: string) =>
  syncProject({ runner: r.runner, port: createNodeSyncFolder(folder), deviceName: `${r.name}’s laptop` }, projectId);

/** Every file under the folder: path, size and raw bytes. */
async function files(): Promise<{ path: string; size: number; bytes: Buffer }[]> {
  const out = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.push({ path: path.relative(folder, file), size: (await stat(file)).size, bytes: await readFile(file) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const holdsWords = (bytes: Uint8Array) => WORDS.some((word) => Buffer.from(bytes).includes(Buffer.from(word)));

/** Ana withdraws P1's consent after the laptop of Ben (who then retired) wrote P1's words and a note of his own. */
async function retiredLaptop() {
  const ana = device('Ana');
  const project = await createProject(ana.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(ana.runner, project.id, { title: 'Youth group' });
  const p1 = await addParticipant(ana.runner, session.id);
  await addNote(ana.runner, { sessionId: session.id, text: `${WORDS[0]} by the river`, participantId: p1.id });
  await sync(ana, project.id);
  const ben = device('Ben');
  await sync(ben, project.id);
  const again = await addNote(ben.runner, {
    sessionId: session.id,
    text: `P1 again: ${WORDS[1]}`,
    participantId: p1.id,
  });
  const kept = await addNote(ben.runner, { sessionId: session.id, text: 'Benches in the park' });
  await sync(ben, project.id);
  await editNote(ben.runner, again.id, { text: `P1 again: ${WORDS[1]}, twice` });
  await sync(ben, project.id);
  await withdrawConsent(ana.runner, p1.id);
  await sync(ana, project.id);
  const benId = await ben.runner.deviceId();
  return { ana, project, kept, benId, benDir: path.join(folder, project.id, 'v1', 'devices', benId) };
}

describe('fieldnotes purge', () => {
  it('says what it would do, then rewrites a retired device’s files without the erased words', async () => {
    const { project, benId, benDir } = await retiredLaptop();
    const before = await files();
    expect(new Set(before.filter((f) => holdsWords(f.bytes)).map((f) => f.path.split(path.sep)[3]))).toEqual(
      new Set([benId]),
    );

    // Export, bundle and inspect already leave the words out, and say whose files still hold them.
    const exported = io();
    expect(await run(['export', folder, '--json', 'findings.json'], exported.io)).toBe(0);
    expect(holdsWords(await readFile(path.join(dir, 'findings.json')))).toBe(false);
    expect(exported.errors()).toMatch(/2 changes in these files still hold erased words; left out of the export/);
    expect(await run(['bundle', folder, '--out', 'all.fieldnotes'], io().io)).toBe(0);
    const bundle = await openBundle(await readFile(path.join(dir, 'all.fieldnotes')));
    expect(holdsWords(Buffer.from(JSON.stringify(bundle.changes)))).toBe(false);
    const inspected = io();
    expect(await run(['inspect', folder], inspected.io)).toBe(0);
    expect(inspected.text()).toMatch(/2 changes in the files of Ben’s laptop still hold words that were erased/);

    const dry = io();
    expect(await run(['purge', folder, '--device', 'ben’s LAPTOP'], dry.io)).toBe(0);
    expect(dry.text()).toMatch(/^“Ben’s laptop” \[[0-9A-F]{16}\]: 2 files of its 2 hold erased values \(2 changes\)\./);
    expect(dry.text()).toMatch(/Nothing was changed\. Purge only a device that will never sync again/);
    expect(await files()).toEqual(before);

    const done = io();
    expect(await run(['purge', folder, '--device', benId, '--confirm'], done.io)).toBe(0);
    expect(done.text()).toMatch(
      /^Purged “Ben’s laptop” \[[0-9A-F]{16}\]: 2 changes holding erased values removed, 1 change kept; 2 files replaced by 1\.\n$/,
    );
    const after = await files();
    expect(after.filter((f) => holdsWords(f.bytes))).toEqual([]);
    expect(await readdir(benDir)).toHaveLength(1);
    // Everything else Ben wrote still counts, for anyone reading the folder.
    const json = io();
    expect(await run(['inspect', folder, '--json'], json.io)).toBe(0);
    const report = JSON.parse(json.text());
    expect(report.projects[0]).toMatchObject({ projectId: project.id, counts: { notes: 1 } });
    expect(report.projects[0].problems).toEqual([]);
    const again = io();
    expect(await run(['purge', folder, '--device', benId, '--confirm'], again.io)).toBe(0);
    expect(again.text()).toMatch(/none of its 1 file holds an erased value; nothing to purge/);
  });

  it('refuses bad input with a clear message and exit code 2, changing nothing', async () => {
    const { benDir } = await retiredLaptop();
    const before = await files();
    const cases: [string[], RegExp][] = [
      [['purge', folder], /missing --device NAME/],
      [['purge', '--device', 'Ben’s laptop'], /expected one folder/],
      [['purge', path.join(dir, 'nowhere'), '--device', 'Ben’s laptop'], /There is no folder at/],
      [
        ['purge', folder, '--device', 'Cy’s laptop'],
        /no device called “Cy’s laptop” in this project; devices there: .*“Ana’s laptop”.*“Ben’s laptop”/,
      ],
      [['purge', folder, '--device', 'x', '--colour'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const out = io();
      expect(await run(args, out.io), args.join(' ')).toBe(2);
      expect(out.errors()).toMatch(message);
    }
    // A file of that device that has not finished copying: nothing is rewritten until it has.
    const [first] = (await readdir(benDir)).sort();
    const whole = await readFile(path.join(benDir, first!));
    await truncate(path.join(benDir, first!), 40);
    const cut = io();
    const benId = path.basename(benDir);
    expect(await run(['purge', folder, '--device', benId, '--confirm'], cut.io)).toBe(2);
    expect(cut.errors()).toMatch(/cannot purge .*\[[0-9A-F]{16}\]: seg-\S+: the file .*\. Nothing was changed\./);
    await writeFile(path.join(benDir, first!), whole);
    expect(await files()).toEqual(before);
  });
});
