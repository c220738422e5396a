/**
 * What the CLI refuses, in French with --lang: a sync folder that is not there, a file that is not a bundle, a CSV
 * saved as UTF-16 and a findings file cut short. Real files in a real temp folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-refusals-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function inFrench(...args: string[]) {
  let out = '';
  let err = '';
  const code = await dispatch([...args, '--lang', 'fr-CA'], COMMANDS, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: dir,
    env: {},
  });
  return { code, out, err };
}

describe('the CLI’s refusals in French', () => {
  it('says a sync folder is not there', async () => {
    await writeFile(path.join(dir, 'notes.csv'), 'Text\nPlus d’éclairage\n');
    const result = await inFrench('import-csv', 'notes.csv', '--sync-folder', 'Absent', '--project', 'P');
    expect(result.code).toBe(2);
    expect(result.err).toBe(`fieldnotes import-csv\u00a0: Il n’y a aucun dossier à ${path.join(dir, 'Absent')}.\n`);
  });

  it('says a file is not a bundle', async () => {
    await writeFile(path.join(dir, 'notes.fieldnotes'), 'Text\nhello\n');
    const result = await inFrench('inspect', 'notes.fieldnotes');
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'fieldnotes inspect\u00a0: Ce fichier n’est pas un paquet Fieldnotes. Rien n’a été importé.\n',
    );
  });

  it('refuses a UTF-16 CSV, saying how to save it', async () => {
    await writeFile(path.join(dir, 'unicode.csv'), new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x65, 0x00]));
    const result = await inFrench('cluster', 'unicode.csv', '--out', 'groups.csv');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^fieldnotes cluster\u00a0: unicode\.csv\u00a0: le fichier est enregistré en UTF-16 /);
  });

  it('says a findings file is cut short', async () => {
    await writeFile(path.join(dir, 'findings.json'), '{"format": "fieldnotes.findings", "version": 2, "project": ');
    const result = await inFrench('validate', 'findings.json');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/le fichier n’est pas du JSON valide/);
  });
});
