/**
 * Note vectors by meaning: a weighted average of the note's word vectors, so "bus" and "transit" land close
 * although they share no letters. The weighting follows SIF (Arora, Liang & Ma 2017, "A simple but
 * tough-to-beat baseline for sentence embeddings"): a word weighs a / (a + p(w)), p(w) its frequency, here
 * estimated from its rank in the table by Zipf's law; then the common component (the first principal
 * direction of all the notes, which mostly encodes "this is English feedback") is removed.
 * A note whose words are mostly unknown to the table (another language, jargon) gets no vector: `covered` says
 * which notes have one, and the caller clusters those by words alone.
 */
import { isDescribing } from './wordClass';
import { addWordVector, type WordTable } from './wordTable';

export interface EmbedOptions {
  /** SIF's a: smaller discounts frequent words harder. */
  sifA: number;
  /** Principal directions to remove (0 keeps the raw averages). */
  removeComponents: number;
  /** A note needs at least this share of its words in the table to get a vector. */
  minCoverage: number;
  /** Keep only this many principal directions after the common ones (0 keeps every dimension). */
  projectTo: number;
  /** Weight of adjectives and adverbs against nouns and verbs (1 = no difference). */
  modifierWeight: number;
  /** Also weigh each word by its inverse document frequency among these notes (their own common words count less). */
  corpusIdf: boolean;
}

export const DEFAULT_EMBED: EmbedOptions = {
  sifA: 1e-3,
  removeComponents: 1,
  minCoverage: 0.5,
  corpusIdf: false,
  modifierWeight: 1,
  projectTo: 0,
};

export interface NoteEmbeddings {
  dims: number;
  /** n × dims, unit rows (zero rows for notes without a vector). */
  vectors: Float64Array;
  /** 1 where the note has a vector. */
  covered: Uint8Array;
  /** Share of all the notes' words found in the table. */
  coverage: number;
}

/**
 * Zipf frequency of the word ranked `rank` (0 = most frequent) among a vocabulary of about 400,000 words, the
 * size of the corpus vocabulary the vectors were trained on: p(r) = 1 / ((r + 1) · H), H ≈ ln 400,000 + γ.
 * The table leaves out stopwords, so its ranks start a few hundred places late; the offset puts them back.
 */
const HARMONIC = Math.log(400_000) + 0.5772;
const SKIPPED_RANKS = 300;

export function sifWeight(rank: number, a: number): number {
  const p = 1 / ((rank + 1 + SKIPPED_RANKS) * HARMONIC);
  return a / (a + p);
}

/** Index in the table of a word, or of a plainer form of it ("buses" → "bus"), or −1. */
export function lookupWord(table: WordTable, word: string): number {
  const direct = table.index.get(word);
  if (direct !== undefined) return direct;
  const bare = word.replace(/'s$/, '');
  for (const form of [bare, bare.replace(/es$/, ''), bare.replace(/s$/, '')]) {
    const found = table.index.get(form);
    if (found !== undefined) return found;
  }
  return -1;
}

/**
 * Embeds every note from its words (lower-case, stopwords already gone). Notes marked 0 in `eligible` (read
 * as another language) get no vector, and their words count as unknown.
 */
export function embedNotes(
  noteWords: readonly (readonly string[])[],
  table: WordTable,
  options: EmbedOptions = DEFAULT_EMBED,
  rowWeights?: Float64Array,
  eligible?: Uint8Array,
): NoteEmbeddings {
  const { dims } = table;
  const n = noteWords.length;
  const vectors = new Float64Array(n * dims);
  const covered = new Uint8Array(n);
  const found = new Map<string, number>();
  let total = 0;
  let known = 0;
  const row = new Float64Array(dims);
  const idf = options.corpusIdf ? inverseDocumentFrequency(noteWords, rowWeights) : null;
  for (let i = 0; i < n; i++) {
    const words = noteWords[i]!;
    if (eligible && !eligible[i]) {
      total += words.length;
      continue;
    }
    row.fill(0);
    let hits = 0;
    for (const word of words) {
      let w = found.get(word);
      if (w === undefined) found.set(word, (w = lookupWord(table, word)));
      if (w < 0) continue;
      hits++;
      const modifier = options.modifierWeight !== 1 && isDescribing(word) ? options.modifierWeight : 1;
      addWordVector(table, w, sifWeight(w, options.sifA) * (idf?.get(word) ?? 1) * modifier, row);
    }
    total += words.length;
    known += hits;
    if (words.length === 0 || hits / words.length < options.minCoverage) continue;
    if (normalise(row)) {
      vectors.set(row, i * dims);
      covered[i] = 1;
    }
  }
  const shaped = reshape(vectors, covered, dims, options, rowWeights);
  return { dims: shaped.dims, vectors: shaped.vectors, covered, coverage: total === 0 ? 0 : known / total };
}

function inverseDocumentFrequency(
  noteWords: readonly (readonly string[])[],
  rowWeights: Float64Array | undefined,
): Map<string, number> {
  const df = new Map<string, number>();
  let total = 0;
  noteWords.forEach((words, i) => {
    const w = rowWeights ? rowWeights[i]! : 1;
    total += w;
    for (const word of new Set(words)) df.set(word, (df.get(word) ?? 0) + w);
  });
  const idf = new Map<string, number>();
  for (const [word, count] of df) idf.set(word, Math.log((1 + total) / (1 + count)) + 1);
  return idf;
}

/**
 * Removes the common directions and, when asked, keeps only the next `projectTo` principal directions as
 * coordinates: most of what separates notes lies there, and fewer dimensions make k-means cheaper.
 */
function reshape(
  vectors: Float64Array,
  covered: Uint8Array,
  dims: number,
  options: EmbedOptions,
  rowWeights?: Float64Array,
): { vectors: Float64Array; dims: number } {
  const { projectTo } = options;
  // The leading direction of a handful of notes is their shared topic, not the common component SIF removes
  // (measured: session-sized samples of 60 notes did better without the removal, larger sets with it).
  const removed = countCovered(covered) >= MIN_ROWS_FOR_COMMON ? options.removeComponents : 0;
  const wanted = removed + (projectTo > 0 ? Math.min(projectTo, dims - removed) : 0);
  if (wanted === 0) return { vectors, dims };
  const basis = principalDirections(vectors, covered, dims, wanted, rowWeights);
  if (!basis) return { vectors, dims };
  const outDims = projectTo > 0 ? wanted - removed : dims;
  const out = new Float64Array(covered.length * outDims);
  const row = new Float64Array(outDims);
  const dots = new Float64Array(wanted);
  for (let i = 0; i < covered.length; i++) {
    if (!covered[i]) continue;
    const base = i * dims;
    for (let j = 0; j < wanted; j++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += vectors[base + d]! * basis[j * dims + d]!;
      dots[j] = dot;
    }
    if (projectTo > 0) {
      for (let j = removed; j < wanted; j++) row[j - removed] = dots[j]!;
    } else {
      for (let d = 0; d < dims; d++) {
        let v = vectors[base + d]!;
        for (let j = 0; j < removed; j++) v -= dots[j]! * basis[j * dims + d]!;
        row[d] = v;
      }
    }
    if (normalise(row)) out.set(row, i * outDims);
    else covered[i] = 0;
  }
  return { vectors: out, dims: outDims };
}

const MIN_ROWS_FOR_COMMON = 100;

function countCovered(covered: Uint8Array): number {
  let count = 0;
  for (const c of covered) count += c;
  return count;
}

/** Rows enough to estimate the leading directions; more only cost time (the scatter is rows × dims²). */
const DIRECTION_SAMPLE = 2000;

/**
 * The top `count` eigenvectors (count × dims, row-major, strongest first) of the uncentred scatter Σ wᵢ xᵢxᵢᵀ,
 * from an evenly spaced sample of the rows, by orthogonal iteration on the dims × dims matrix.
 */
function principalDirections(
  vectors: Float64Array,
  covered: Uint8Array,
  dims: number,
  count: number,
  rowWeights?: Float64Array,
): Float64Array | null {
  const scatter = new Float64Array(dims * dims);
  let rows = 0;
  const stride = Math.max(1, Math.floor(covered.length / DIRECTION_SAMPLE));
  for (let i = 0; i < covered.length; i += stride) {
    if (!covered[i]) continue;
    rows++;
    const w = rowWeights ? rowWeights[i]! : 1;
    const base = i * dims;
    for (let a = 0; a < dims; a++) {
      const va = w * vectors[base + a]!;
      if (va === 0) continue;
      for (let b = a; b < dims; b++) scatter[a * dims + b]! += va * vectors[base + b]!;
    }
  }
  if (rows < 2) return null;
  for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) scatter[a * dims + b] = scatter[b * dims + a]!;
  // Deterministic start: the identity's first columns, nudged so no eigenvector is missed by symmetry.
  let basis = new Float64Array(count * dims);
  for (let j = 0; j < count; j++)
    for (let d = 0; d < dims; d++) basis[j * dims + d] = d === j ? 1 : 1e-3 * ((d * 7 + j * 13) % 11);
  orthonormalise(basis, count, dims);
  const next = new Float64Array(count * dims);
  for (let iteration = 0; iteration < 60; iteration++) {
    next.fill(0);
    for (let j = 0; j < count; j++) {
      for (let a = 0; a < dims; a++) {
        let sum = 0;
        for (let b = 0; b < dims; b++) sum += scatter[a * dims + b]! * basis[j * dims + b]!;
        next[j * dims + a] = sum;
      }
    }
    orthonormalise(next, count, dims);
    let change = 0;
    for (let i = 0; i < next.length; i++) change = Math.max(change, Math.abs(Math.abs(next[i]!) - Math.abs(basis[i]!)));
    basis = Float64Array.from(next);
    if (change < 1e-7) break;
  }
  return basis;
}

/** Gram–Schmidt on the rows of a count × dims matrix. */
function orthonormalise(m: Float64Array, count: number, dims: number): void {
  for (let j = 0; j < count; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += m[j * dims + d]! * m[i * dims + d]!;
      for (let d = 0; d < dims; d++) m[j * dims + d]! -= dot * m[i * dims + d]!;
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += m[j * dims + d]! ** 2;
    const scale = norm > 1e-24 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) m[j * dims + d]! *= scale;
  }
}

function normalise(v: Float64Array): boolean {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  if (norm <= 1e-24) return false;
  const scale = 1 / Math.sqrt(norm);
  for (let d = 0; d < v.length; d++) v[d]! *= scale;
  return true;
}
