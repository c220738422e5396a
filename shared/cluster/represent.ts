/**
 * Notes → one unit vector each, the space both the suggested clusters and "more like this" work in:
 * personal details cut out (personal.ts) → tokens → TF-IDF → identical notes folded → co-occurrence smoothing
 * (each note borrows the words that usually accompany its own) → blended with the note's meaning vector
 * (embed.ts) when a word-vector table is given and the notes are mostly in its language.
 */
import { blendRows } from './blend';
import type { Effort } from './chooseK';
import { DEFAULT_EMBED, embedNotes, type EmbedOptions } from './embed';
import { maskPersonal } from './personal';
import { smoothRows, termNeighbours } from './smooth';
import { selectRows, type SparseRows } from './sparse';
import { tokeniseNotes, type TokenisedNotes } from './tokenize';
import { TUNING } from './tuning';
import { vectorize, type Vectors } from './vectorize';
import type { WordTable } from './wordTable';

export interface RepresentSettings {
  embed: EmbedOptions;
  /** Weight of the meaning view in the blend, 0..1 (0 = words only). */
  meaningShare: number;
  /** Below this share of words known to the table, the notes are clustered by words alone. */
  minCorpusCoverage: number;
  smoothing: boolean;
  /** Seed of the k-means runs. */
  seed?: number;
  /** How hard k-means works (see chooseK.ts); the defaults suit both views. */
  effort?: Partial<Effort>;
}

export const DEFAULT_REPRESENT: RepresentSettings = {
  embed: DEFAULT_EMBED,
  meaningShare: TUNING.meaningShare,
  minCorpusCoverage: TUNING.minCorpusCoverage,
  smoothing: true,
};

export interface Representation {
  /** Note texts with personal details cut out, in the order given. */
  texts: string[];
  tokens: TokenisedNotes;
  vectors: Vectors;
  /** Blended unit row of each distinct note (identical notes share one). */
  rows: SparseRows;
  /** How many notes each row stands for. */
  weights: Float64Array;
  /** Row of each note, or −1 for a note with nothing to go on. */
  rowOf: Int32Array;
  /** Whether the meaning view was used, and the share of words the table knew. */
  meaning: { used: boolean; coverage: number };
}

export function representNotes(
  texts: readonly string[],
  table: WordTable | null,
  settings: RepresentSettings = DEFAULT_REPRESENT,
): Representation {
  const masked = texts.map(maskPersonal);
  const tokens = tokeniseNotes(masked);
  const vectors = vectorize(tokens.stems);
  const { firsts, weights, rowOf } = foldByWords(tokens.words);
  const wordRows = selectRows(vectors.rows, firsts);
  const smoothed = settings.smoothing
    ? smoothRows(
        wordRows,
        termNeighbours(vectors.rows, TUNING.smoothing),
        TUNING.smoothing.weight,
        TUNING.smoothedTerms,
      )
    : wordRows;
  let rows = smoothed;
  let meaning = { used: false, coverage: 0 };
  if (table && settings.meaningShare > 0) {
    const embedded = embedNotes(
      firsts.map((r) => tokens.words[r]!),
      table,
      settings.embed,
      weights,
      Uint8Array.from(firsts, (r) => 1 - tokens.foreign[r]!),
    );
    const used = embedded.coverage >= settings.minCorpusCoverage;
    meaning = { used, coverage: embedded.coverage };
    if (used) rows = blendRows(smoothed, embedded, settings.meaningShare);
  }
  // A distinct note with neither kept words nor a meaning vector has nothing to be grouped on.
  const empty = new Set<number>();
  for (let u = 0; u < firsts.length; u++) if (rows.rowPtr[u + 1] === rows.rowPtr[u]) empty.add(u);
  if (empty.size) {
    const keep = firsts.map((_, u) => u).filter((u) => !empty.has(u));
    const renumber = new Int32Array(firsts.length).fill(-1);
    keep.forEach((u, i) => (renumber[u] = i));
    rows = selectRows(rows, keep);
    for (let r = 0; r < rowOf.length; r++) if (rowOf[r]! >= 0) rowOf[r] = renumber[rowOf[r]!]!;
    const kept = Float64Array.from(keep, (u) => weights[u]!);
    return { texts: masked, tokens, vectors, rows, weights: kept, rowOf, meaning };
  }
  return { texts: masked, tokens, vectors, rows, weights, rowOf, meaning };
}

/** Notes with the same words (in any order) are one row: same TF-IDF, same meaning vector. */
function foldByWords(noteWords: readonly string[][]): { firsts: number[]; weights: Float64Array; rowOf: Int32Array } {
  const rowOf = new Int32Array(noteWords.length).fill(-1);
  const byKey = new Map<string, number>();
  const firsts: number[] = [];
  const counts: number[] = [];
  noteWords.forEach((words, r) => {
    if (words.length === 0) return;
    const key = [...words].sort().join(' ');
    let u = byKey.get(key);
    if (u === undefined) {
      u = firsts.push(r) - 1;
      byKey.set(key, u);
      counts.push(0);
    }
    counts[u]!++;
    rowOf[r] = u;
  });
  return { firsts, weights: Float64Array.from(counts), rowOf };
}
