/** The word-vector table for benchmarks: built first if missing (once, about 15 s), then read and decoded. */
import { readFileSync } from 'node:fs';
import { decodeWordTable, type WordTable } from '../../shared/cluster/wordTable';
import { ensureWordVectors } from '../../scripts/build-word-vectors';

export function loadBenchWordTable(): WordTable {
  const file = ensureWordVectors({ log: (line) => console.error(line) });
  return decodeWordTable(new Uint8Array(readFileSync(file)));
}
