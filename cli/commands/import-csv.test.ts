/** `fieldnotes import-csv` refusing what the app's import refuses, with the same words, and writing nothing. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { createProject } from '../../renderer/data/commands/projects';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { COLUMNS, IMPORT_FIELDS } from '../../shared/import';
import type { CliIo } from '../command';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

let dir: string;
let folder: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-import-csv-'));
  folder = path.join(dir, 'Shared');
  await mkdir(folder);
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

async function importCsv(csv: string, ...options: string[]) {
  const file = path.join(dir, 'notes.csv');
  await writeFile(file, csv);
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (s) => out.push(s) }, stderr: { write: (s) => err.push(s) } };
  const code = await dispatch(
    ['import-csv', file, '--sync-folder', folder, '--project', 'Safety plan', ...options],
    COMMANDS,
    io,
  );
  return { code, out: out.join(''), err: err.join('') };
}

async function projectInFolder() {
  const a = createReplica('Ana');
  replicas.push(a);
  const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  await syncProject({ runner: a.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana' }, project.id);
  return project;
}

async function files(): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).sort();
}

describe('fieldnotes import-csv', () => {
  it('lists every column the app reads, with its other names, in its help', async () => {
    const out: string[] = [];
    const io: CliIo = { stdout: { write: (s) => out.push(s) }, stderr: { write: () => undefined } };
    expect(await dispatch(['import-csv', '--help'], COMMANDS, io)).toBe(0);
    for (const field of IMPORT_FIELDS) expect(out.join('')).toContain(COLUMNS[field].heading);
    expect(out.join('')).toContain('also headed: note, notes, note text, comment');
  });

  it('refuses an unknown kind, question or group, and a flag that is not yes or no, as the app does', async () => {
    await projectInFolder();
    const before = await files();
    const result = await importCsv(
      'Text,Kind,Question,Group,Sensitive\nfine,,,,\ngossip,Gossip,,,\nweather,,Q9,,\nmars,,,Martians,\nunsure,,,,maybe\n',
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain('line 3: “Gossip” is not one of the project’s kinds');
    expect(result.err).toContain('line 4: question “Q9” is not in the discussion guide');
    expect(result.err).toContain('line 5: there is no stakeholder group “Martians” in this project');
    expect(result.err).toContain('line 6: “maybe” in the Sensitive column is not yes or no');
    expect(await files()).toEqual(before);
  });

  it('lists the first problems of a file where every row is wrong, and counts the rest', async () => {
    await projectInFolder();
    const rows = Array.from({ length: 120 }, (_, i) => `note ${i},Gossip`).join('\n');
    const result = await importCsv(`Text,Kind\n${rows}\n`);
    expect(result.code).toBe(2);
    expect(result.err.match(/^ {2}line /gm)).toHaveLength(50);
    expect(result.err).toMatch(/and 70 more rows that cannot be imported/);
  });

  it('says which columns a file without a note-text column has, and checks --group', async () => {
    await projectInFolder();
    const noText = await importCsv('Speaker,Kind\nP1,Local asset\n');
    expect(noText.code).toBe(2);
    expect(noText.err).toMatch(/no note-text column .*its columns: Speaker, Kind/);
    const group = await importCsv('Text\nfine\n', '--group', 'Martians');
    expect(group.code).toBe(2);
    expect(group.err).toMatch(/no stakeholder group called “Martians”; groups: Business, /);
  });
});
