/**
 * `fieldnotes export` onto what is not a plain file in a plain folder, in a real temp folder: a link (followed,
 * the file it points to replaced), a named pipe and /dev/null (refused, left as they are), a folder that does not
 * exist (a message, exit 2, no stack trace), and several outputs of which one cannot be written (none written).
 */
import { spawnSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import type { CliIo } from '../command';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

const posix = process.platform !== 'win32';
let dir: string;
let folder: string;
let work: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-export-targets-'));
  folder = path.join(dir, 'Shared');
  await mkdir(folder);
  const ana = createReplica('Ana');
  const project = await createProject(ana.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(ana.runner, project.id, { title: 'Youth group' });
  await addNote(ana.runner, { sessionId: session.id, text: 'Lighting on the path' });
  await syncProject({ runner: ana.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana' }, project.id);
  await closeReplicas(ana);
  return () => rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function workFolder(): Promise<string> {
  work = await mkdtemp(path.join(dir, 'work-'));
  return work;
}

async function exportTo(...args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) }, cwd: work };
  const code = await dispatch(['export', folder, '--no-names', ...args], COMMANDS, io);
  return { code, out, err };
}

describe.skipIf(!posix)('export --json onto links, pipes and devices', () => {
  it('follows a link and replaces the file it points to', async () => {
    await workFolder();
    await mkdir(path.join(work, 'reports'));
    await writeFile(path.join(work, 'reports', 'real.json'), 'old');
    await symlink('reports/real.json', path.join(work, 'findings.json'));
    const result = await exportTo('--json', 'findings.json');
    expect(result.code).toBe(0);
    expect((await lstat(path.join(work, 'findings.json'))).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(path.join(work, 'reports', 'real.json'), 'utf8')).format).toBe(
      'fieldnotes.findings',
    );
  });

  it('refuses a named pipe, and leaves it a pipe', async () => {
    await workFolder();
    expect(spawnSync('mkfifo', [path.join(work, 'findings.json')]).status).toBe(0);
    const result = await exportTo('--json', 'findings.json');
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toBe(
      'fieldnotes export: cannot write findings.json: it is a named pipe, not a file; Fieldnotes writes only ordinary files\n',
    );
    expect((await lstat(path.join(work, 'findings.json'))).isFIFO()).toBe(true);
    expect(await readdir(work)).toEqual(['findings.json']);
  });

  it('refuses /dev/null, and a link to it, and leaves the device as it was', async () => {
    await workFolder();
    await symlink('/dev/null', path.join(work, 'out.json'));
    for (const target of ['/dev/null', 'out.json']) {
      const result = await exportTo('--json', target);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `fieldnotes export: cannot write ${target}: it is a device, not a file; Fieldnotes writes only ordinary files\n`,
      );
    }
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    expect(await readdir(work)).toEqual(['out.json']);
  });
});

describe.skipIf(!posix)('export onto a named pipe, in French', () => {
  it('names what the target is and that only ordinary files are written', async () => {
    await workFolder();
    const fifo = path.join(work, 'findings.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = await exportTo('--json', 'findings.json', '--lang', 'fr-CA');
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'fieldnotes export\u00a0: impossible d’écrire findings.json\u00a0: c’est un tube nommé, pas un fichier\u202f; Fieldnotes n’écrit que des fichiers ordinaires\n',
    );
  });
});

describe('export into folders that are not there', () => {
  it('says the folder does not exist, exit 2, one line, nothing written', async () => {
    await workFolder();
    const result = await exportTo('--xlsx', 'out/findings.xlsx');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'fieldnotes export: cannot write out/findings.xlsx: its folder does not exist\n',
    });
    expect(await readdir(work)).toEqual([]);
  });

  it('writes no output at all when one of several cannot be written', async () => {
    await workFolder();
    await writeFile(path.join(work, 'findings.json'), 'the earlier export');
    const result = await exportTo('--json', 'findings.json', '--csv', 'missing/notes.csv');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/cannot write missing\/notes\.csv: its folder does not exist/);
    expect(await readFile(path.join(work, 'findings.json'), 'utf8')).toBe('the earlier export');
    expect(await readdir(work)).toEqual(['findings.json']);
  });

  it('says so in French with --lang fr-CA', async () => {
    await workFolder();
    const result = await exportTo('--xlsx', 'out/findings.xlsx', '--lang', 'fr-CA');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'fieldnotes export\u00a0: impossible d’écrire out/findings.xlsx\u00a0: son dossier n’existe pas\n',
    });
  });
});
