import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n/translate';
import { resolveTarget } from './atomicWrite';
import { FileWriteError } from './fileWriteError';
import { FileTooLargeError } from './readLimited';

const fr = translator('fr-CA');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-file-words-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function refusal(target: string, followLinks = true): Promise<FileWriteError> {
  try {
    await resolveTarget(target, followLinks);
  } catch (error) {
    if (error instanceof FileWriteError) return error;
    throw error;
  }
  throw new Error('the target was accepted');
}

describe('why a file cannot be written, in the language asked for', () => {
  it('says a missing folder in French, and keeps English as the message for logs', async () => {
    const error = await refusal(path.join(dir, 'nowhere', 'out.csv'));
    expect(error.describe('nowhere/out.csv', fr)).toBe(
      'impossible d’écrire nowhere/out.csv\u00a0: son dossier n’existe pas',
    );
    expect(error.describe('nowhere/out.csv')).toBe('cannot write nowhere/out.csv: its folder does not exist');
    expect(error.message).toMatch(/: its folder does not exist$/);
  });

  it('refuses a link where links are not followed, and a folder, in French', async () => {
    await writeFile(path.join(dir, 'real.json'), '{}');
    await symlink(path.join(dir, 'real.json'), path.join(dir, 'link.json'));
    const link = await refusal(path.join(dir, 'link.json'), false);
    expect(link.describe('link.json', fr)).toBe(
      'impossible d’écrire link.json\u00a0: c’est un lien, et les liens ne sont pas suivis ici',
    );
    const folder = await refusal(dir);
    expect(folder.describe('.', fr)).toMatch(/\u00a0: c’est un dossier, pas un fichier\u202f; Fieldnotes n’écrit que/);
  });

  it('gives a file over the size limit in French sizes', () => {
    const error = new FileTooLargeError('kit.fieldnotes', 3 * 1024 * 1024, 2 * 1024 * 1024);
    expect(error.describe(fr)).toBe(
      '«\u00a0kit.fieldnotes\u00a0» fait 3,0\u00a0Mo\u202f; Fieldnotes ouvre les fichiers d’au plus 2,0\u00a0Mo.',
    );
    expect(error.message).toBe('"kit.fieldnotes" is 3.0 MB; Fieldnotes opens files of up to 2.0 MB.');
  });
});
