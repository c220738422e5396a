/**
 * The word-vector table for `fieldnotes cluster`, read from the file the build puts beside the bundled bin
 * (scripts/build-cli.mjs) or, running from source, from the build artefact folder (node/ → ../generated).
 * Offline by construction: only local files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeWordTable, type WordTable } from '../shared/cluster';

const CANDIDATES = [
  new URL('./word-vectors.bin', import.meta.url),
  new URL('../generated/word-vectors.bin', import.meta.url),
];

export type WordTableLoad = { table: WordTable; file: string } | { table: null; problem: string };

export function readWordTable(candidates: readonly URL[] = CANDIDATES): WordTableLoad {
  const found = candidates.map((url) => fileURLToPath(url)).find((file) => existsSync(file));
  if (!found) return { table: null, problem: 'the word-vector table (word-vectors.bin) is not beside the program' };
  try {
    return { table: decodeWordTable(new Uint8Array(readFileSync(found))), file: found };
  } catch (error) {
    return { table: null, problem: `${found}: ${(error as Error).message}` };
  }
}
