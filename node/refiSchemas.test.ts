import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFI_SCHEMA_FILES, shippedRefiSchemaDir } from './refiSchemas';

describe('shippedRefiSchemaDir', () => {
  it('finds the schemas shipped in the repository, with their licence', () => {
    const dir = shippedRefiSchemaDir();
    expect(dir).toBe(path.resolve(import.meta.dirname, '..', 'schemas', 'refi'));
    for (const file of Object.values(REFI_SCHEMA_FILES)) {
      expect(readFileSync(path.join(dir!, file), 'utf8')).toMatch(/licensed under the MIT license/);
    }
  });

  it('finds nothing, rather than something outside, from a place with no schemas beside it', () => {
    expect(shippedRefiSchemaDir(pathToFileURL('/nowhere/at/all/bundle.mjs').href)).toBeNull();
  });
});
