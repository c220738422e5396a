/**
 * Stems → TF-IDF vectors: sublinear term frequency (1 + ln tf), smoothed idf, each row L2-normalised, so the
 * dot product of two rows is their cosine similarity. The vocabulary is pruned the usual way for short texts:
 * a stem must occur in at least `minDf` notes (a word nobody else used cannot group notes), in at most
 * `maxDfRatio` of them (a word everyone used cannot separate them), and only the `maxTerms` most frequent stay.
 */
import type { SparseRows } from './sparse';

export interface VectorizeOptions {
  minDf?: number;
  maxDfRatio?: number;
  maxTerms?: number;
}

export interface Vectors {
  rows: SparseRows;
  /** Column → stem. */
  vocabulary: string[];
  /** Column → number of notes containing the stem. */
  df: Int32Array;
}

/**
 * Below this many distinct notes the max-df cut is skipped: in a handful of notes (or a pile of duplicates)
 * a word shared by most of them is exactly what groups them, not noise.
 */
const MIN_NOTES_FOR_MAX_DF = 20;

export function vectorize(stems: readonly string[][], options: VectorizeOptions = {}): Vectors {
  const { minDf = 2, maxDfRatio = 0.5, maxTerms = 5000 } = options;
  const docFreq = new Map<string, number>();
  const distinct = new Set<string>();
  for (const note of stems) {
    const unique = [...new Set(note)].sort();
    for (const stem of unique) docFreq.set(stem, (docFreq.get(stem) ?? 0) + 1);
    if (distinct.size < MIN_NOTES_FOR_MAX_DF) distinct.add(unique.join(' '));
  }
  const maxDf = distinct.size >= MIN_NOTES_FOR_MAX_DF ? Math.floor(maxDfRatio * stems.length) : Infinity;
  const kept = [...docFreq]
    .filter(([, df]) => df >= minDf && df <= maxDf)
    // Most frequent first, ties alphabetical, so the cap and the column order never depend on Map order.
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .slice(0, maxTerms)
    .map(([stem]) => stem)
    .sort(compare);
  const column = new Map(kept.map((stem, i) => [stem, i]));
  const df = Int32Array.from(kept, (stem) => docFreq.get(stem)!);
  const idf = Float64Array.from(df, (d) => Math.log((1 + stems.length) / (1 + d)) + 1);
  return { rows: weigh(stems, column, idf, kept.length), vocabulary: kept, df };
}

/** Sublinear tf × idf per note, L2-normalised; columns ascending. */
function weigh(stems: readonly string[][], column: Map<string, number>, idf: Float64Array, dims: number): SparseRows {
  const rowPtr = new Int32Array(stems.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const tf = new Float64Array(dims);
  stems.forEach((note, r) => {
    const present: number[] = [];
    for (const stem of note) {
      const c = column.get(stem);
      if (c === undefined) continue;
      if (tf[c] === 0) present.push(c);
      tf[c]!++;
    }
    present.sort((a, b) => a - b);
    let norm = 0;
    for (const c of present) {
      tf[c] = (1 + Math.log(tf[c]!)) * idf[c]!;
      norm += tf[c]! * tf[c]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (const c of present) {
      cols.push(c);
      vals.push(tf[c]! / norm);
      tf[c] = 0;
    }
    rowPtr[r + 1] = cols.length;
  });
  return { rowPtr, cols: Int32Array.from(cols), vals: Float64Array.from(vals), dims };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
