/**
 * What the CLI refuses, in French with --lang: a sync folder that is not there, a file that is not a bundle, a CSV
 * saved as UTF-16, a findings file cut short and one its JSON Schema refuses. Real files in a real temp folder.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../tests/support/tools';
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

  it('says what the JSON Schema check found in a crafted findings file, fully in French', async () => {
    const findings = JSON.parse(
      await readFile(path.join(FIXTURES, 'findings', 'findings-v2-one-theme-per-note.json'), 'utf8'),
    );
    findings.generatedAt = 'hier';
    delete findings.project.name;
    await writeFile(path.join(dir, 'findings.json'), JSON.stringify(findings));
    const result = await inFrench('validate', 'findings.json');
    expect(result.code).toBe(2);
    expect(result.err).toContain('ne correspond pas au schéma');
    expect(result.err).toContain(
      'le champ «\u00a0generatedAt\u00a0» n’est pas une date et heure (comme 2026-03-14T09:30:00Z)',
    );
    expect(result.err).toContain('\u202f; le champ «\u00a0project.name\u00a0» est absent');
    // Said once per field, and nothing of ajv's English.
    expect(result.err.match(/generatedAt/g)).toHaveLength(1);
    expect(result.err).not.toMatch(/must|should|format "/);
  });

  it('says a findings file is cut short', async () => {
    await writeFile(path.join(dir, 'findings.json'), '{"format": "fieldnotes.findings", "version": 2, "project": ');
    const result = await inFrench('validate', 'findings.json');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/le fichier n’est pas du JSON valide/);
  });
});
