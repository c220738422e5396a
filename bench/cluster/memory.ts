/**
 * Run by the clustering benchmark in a child process of its own, so its peak memory is this work's alone:
 * read the NHS comments, then (with --cluster) load the word-vector table and cluster every comment by meaning.
 * Prints one JSON line: the process's peak resident set size in MB.
 */
import { readFileSync } from 'node:fs';
import { clusterNotes, decodeWordTable } from '../../shared/cluster';
import { WORD_VECTORS_PATH } from '../../scripts/build-word-vectors';
import { loadNhs } from './nhs';

const notes = loadNhs().texts.map((text, i) => ({ id: String(i), text }));
if (process.argv.includes('--cluster')) {
  const wordTable = decodeWordTable(new Uint8Array(readFileSync(WORD_VECTORS_PATH)));
  clusterNotes(notes, { method: 'meaning', wordTable });
}
console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }));
