/**
 * The catalogue against the code (architecture: Languages): every id code asks for exists, and every id in the
 * catalogue is named somewhere in code. Reads the repo's source files as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/messages/en';
import { idsCalledIn, sourceNames } from '../../shared/i18n/catalogueCheck';

const ROOT = join(import.meta.dirname, '../..');
const CODE_FOLDERS = ['renderer', 'shared', 'cli', 'node', 'electron'];
/** The catalogues themselves and tests name ids without using them. */
const NOT_USES = /(?:\.test\.tsx?|\.testkit\.ts)$|^shared\/i18n\/messages\//u;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/u.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !NOT_USES.test(path));
}

const sources = CODE_FOLDERS.flatMap(sourceFiles).map((path) => ({
  path,
  text: readFileSync(join(ROOT, path), 'utf8'),
}));

describe('messages used in code', () => {
  it('reads the code', () => {
    expect(sources.some((source) => source.path === 'renderer/capture/messages.ts')).toBe(true);
  });

  it('asks only for ids the catalogue has', () => {
    const missing = sources.flatMap(({ path, text }) =>
      idsCalledIn(text)
        .filter((id) => !(id in en))
        .map((id) => `${path}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses every id in the catalogue', () => {
    const unused = Object.keys(en).filter((id) => !sources.some(({ text }) => sourceNames(text, id)));
    expect(unused).toEqual([]);
  });
});
