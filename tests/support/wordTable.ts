/**
 * The real word-vector table for unit tests of clustering by meaning (the vitest global setup builds it when
 * missing). Read once per test file.
 */
import { readFileSync } from 'node:fs';
import { decodeWordTable, type WordTable } from '../../shared/cluster/wordTable';
import { WORD_VECTORS_PATH } from '../../scripts/build-word-vectors';

let table: WordTable | null = null;

export function testWordTable(): WordTable {
  table ??= decodeWordTable(new Uint8Array(readFileSync(WORD_VECTORS_PATH)));
  return table;
}
