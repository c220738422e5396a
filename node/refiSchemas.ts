/**
 * Where the official REFI-QDA schemas are: the copies shipped in the repository (schemas/refi/) and, in a build,
 * beside the bundle that runs (scripts/build-cli.mjs copies them next to the CLI). Nothing outside the repository
 * or the build is looked at, so validation works the same on a fresh clone and on a user's machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REFI_SCHEMA_FILES = { project: 'Project-mrt2019.xsd', codebook: 'Codebook-mrt2019.xsd' } as const;

/** The folder holding both schemas, or null when neither location has them (a damaged install). */
export function shippedRefiSchemaDir(from: string = import.meta.url): string | null {
  const here = path.dirname(fileURLToPath(from));
  // Beside a bundle (out/cli/schemas/refi), or at the repository's root when run from source (node/ → ../schemas).
  const candidates = [path.join(here, 'schemas', 'refi'), path.resolve(here, '..', 'schemas', 'refi')];
  return (
    candidates.find((dir) => Object.values(REFI_SCHEMA_FILES).every((file) => existsSync(path.join(dir, file)))) ?? null
  );
}
