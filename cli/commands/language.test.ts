/**
 * The CLI in French, as a francophone PMT runs it: messages, help and errors through the catalogue in the language
 * chosen by --lang, FIELDNOTES_LANG or the system locale, and the files `export` writes in the language chosen for
 * Fieldnotes (not the terminal's alone) unless --report-lang says otherwise. Exit codes do not change.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

let dir: string;
let folder: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-lang-'));
  folder = path.join(dir, 'Partage');
  await mkdir(folder);
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await dispatch(args, COMMANDS, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd: dir,
    env,
  });
  return { code, out: out.join(''), err: err.join('') };
}

/** One facilitator's session, synced to the folder as the app does. */
async function syncedProject() {
  const a = createReplica('Ana');
  replicas.push(a);
  const project = await createProject(a.runner, { name: 'Plan de sécurité', templateId: 'community-safety-plan' });
  const session = await createSession(a.runner, project.id, { title: 'Groupe des jeunes' });
  await addNote(a.runner, { sessionId: session.id, text: 'Plus d’éclairage dans le parc' });
  await addNote(a.runner, { sessionId: session.id, text: 'Un centre de jour' });
  await syncProject({ runner: a.runner, port: createNodeSyncFolder(folder), deviceName: 'Portable d’Ana' }, project.id);
}

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path.join(dir, file))) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

const csvHeader = async (file: string) =>
  (await readFile(path.join(dir, file), 'utf8')).replace(/^\uFEFF/u, '').split('\r\n')[0];

describe('fieldnotes in French', () => {
  it('inspects a folder in French with --lang, and in English without it', async () => {
    await syncedProject();
    const french = await cli(['inspect', 'Partage', '--lang', 'fr-CA']);
    expect(french.code).toBe(0);
    expect(french.out).toMatch(/^Dossier de synchronisation .*Partage\u00a0: 1 projet\n/u);
    expect(french.out).toContain('Projet «\u00a0Plan de sécurité\u00a0»');
    expect(french.out).toContain('1 séance · 2 notes · 0 thème');
    expect(french.out).toContain('  appareils\u00a0: 1');
    expect(french.out).toMatch(
      /Portable d’Ana \[[0-9A-F]{16}\]\u00a0: 1 fichier, \d+ changements, dernière écriture /u,
    );
    const english = await cli(['inspect', 'Partage']);
    expect(english.out).toContain('1 session · 2 notes · 0 themes');
    expect(english.out).toContain('  devices: 1');
  });

  it('exports with FIELDNOTES_LANG: French messages, a French workbook and CSV; --report-lang keeps files English', async () => {
    await syncedProject();
    const french = await cli(['export', 'Partage', '--xlsx', 'constats.xlsx', '--csv', 'notes.csv'], {
      FIELDNOTES_LANG: 'fr-CA',
    });
    expect(french.err).toBe('');
    expect(french.code).toBe(0);
    expect(french.out).toContain('Projet «\u00a0Plan de sécurité\u00a0», à partir de 1 source (thèmes');
    expect(french.out).toContain('  écrit\u00a0: constats.xlsx');
    expect(await sheetNames('constats.xlsx')).toEqual(expect.arrayContaining(['Sommaire', 'Séances', 'Plan d’action']));
    expect(await csvHeader('notes.csv')).toMatch(/^Réf\.,Séance,Groupe d’intérêt,/u);

    const mixed = await cli([
      'export',
      'Partage',
      '--lang',
      'fr-CA',
      '--report-lang',
      'en',
      '--xlsx',
      'findings.xlsx',
      '--csv',
      'notes-en.csv',
    ]);
    expect(mixed.code).toBe(0);
    expect(mixed.out).toContain('  écrit\u00a0: findings.xlsx');
    expect((await sheetNames('findings.xlsx'))[0]).toBe('Summary');
    expect(await csvHeader('notes-en.csv')).toMatch(/^Ref,Session,Stakeholder group,/u);
  });

  it('speaks the system’s French but writes English files when only the terminal is French', async () => {
    await syncedProject();
    const run = await cli(['export', 'Partage', '--xlsx', 'f.xlsx'], { LANG: 'fr_CA.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.out).toContain('  écrit\u00a0: f.xlsx');
    expect((await sheetNames('f.xlsx'))[0]).toBe('Summary');
  });

  it('says what is wrong in French, with the same exit codes', async () => {
    const noSource = await cli(['export', '--xlsx', 'f.xlsx', '--lang', 'fr-CA']);
    expect(noSource.code).toBe(2);
    expect(noSource.err).toBe(
      'fieldnotes export\u00a0: il faut au moins un dossier de synchronisation ou un lot (voir fieldnotes export --help)\n',
    );
    const missing = await cli(['inspect', 'absent', '--lang', 'fr-CA']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('fieldnotes inspect\u00a0: rien n’a été trouvé à absent\n');
    const badLanguage = await cli(['export', 'Partage', '--xlsx', 'f.xlsx', '--report-lang', 'de', '--lang', 'fr']);
    expect(badLanguage.code).toBe(2);
    expect(badLanguage.err).toContain('--report-lang vaut en ou fr-CA, et non «\u00a0de\u00a0»');
  });

  it('prints every command’s help in French, the options as they are typed', async () => {
    for (const command of COMMANDS) {
      const help = await cli([command.name, '--help', '--lang', 'fr-CA']);
      expect(help.code, command.name).toBe(0);
      expect(help.out, command.name).toMatch(new RegExp(`^Utilisation\u00a0: fieldnotes ${command.name} `, 'u'));
      expect(help.out, command.name).toContain('Codes de sortie\u00a0: 0 ');
      expect(help.out, command.name).not.toMatch(/Usage|Exit codes|show this help/u);
    }
    const exportHelp = await cli(['export', '--help', '--lang', 'fr-CA']);
    expect(exportHelp.out).toContain('  --xlsx          FICHIER   Classeur (Excel, LibreOffice)');
    expect(exportHelp.out).toContain('  --allow-mass-deletion');
  });
});
