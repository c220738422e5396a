/**
 * What a facilitator reads on a suggested cluster: the words its notes share, and how tightly.
 * A word ranks high when many of the cluster's notes use it and the other notes use it less
 * (p_in × ln(p_in / p_all), the word's share of the cluster's divergence from the whole), and it must be
 * used by at least two of the cluster's notes — a label is only honest if the notes share it.
 */
import type { SparseRows } from './sparse';

export interface ClusterDescription {
  words: string[];
  label: string;
  score: number;
}

export interface DescribeContext {
  /** Stems of every note (input order). */
  stems: readonly string[][];
  /** TF-IDF rows of every note (input order), to measure cohesion on the words the notes really use. */
  rows: SparseRows;
  /** Kept vocabulary, its column of each stem, and document frequency over all notes. */
  vocabulary: readonly string[];
  column: ReadonlyMap<string, number>;
  df: Int32Array;
  surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Notes with at least one kept stem: the population the clusters were drawn from. */
  clusteredCount: number;
}

const WORDS_SHOWN = 5;
const WORDS_IN_LABEL = 3;

export function describeCluster(members: readonly number[], context: DescribeContext): ClusterDescription {
  const { stems, vocabulary, column, df, clusteredCount } = context;
  const inside = new Map<number, number>();
  for (const r of members) {
    for (const stem of new Set(stems[r])) {
      const c = column.get(stem);
      if (c !== undefined) inside.set(c, (inside.get(c) ?? 0) + 1);
    }
  }
  const ranked = [...inside]
    .filter(([, count]) => count >= 2)
    .map(([c, count]) => {
      const pIn = count / members.length;
      const pAll = df[c]! / clusteredCount;
      return { stem: vocabulary[c]!, score: pIn * Math.log(pIn / pAll), count };
    })
    .sort((a, b) => b.score - a.score || b.count - a.count || compare(a.stem, b.stem));
  const words = ranked.slice(0, WORDS_SHOWN).map(({ stem }) => displayForm(stem, context.surfaces));
  const label = words.length > 0 ? words.slice(0, WORDS_IN_LABEL).join(' · ') : 'no shared words';
  return { words, label, score: cohesion(members, context.rows) };
}

/** ‖Σ xᵢ‖ / n for unit rows xᵢ: the mean cosine of each note with the cluster's centroid. */
function cohesion(members: readonly number[], rows: SparseRows): number {
  const sum = new Map<number, number>();
  for (const r of members) {
    for (let p = rows.rowPtr[r]!; p < rows.rowPtr[r + 1]!; p++) {
      sum.set(rows.cols[p]!, (sum.get(rows.cols[p]!) ?? 0) + rows.vals[p]!);
    }
  }
  let norm = 0;
  for (const v of sum.values()) norm += v * v;
  return members.length === 0 ? 0 : Math.min(1, Math.sqrt(norm) / members.length);
}

/** The surface word people used most for a stem ("parking" for "park"); ties go alphabetically. */
function displayForm(stem: string, surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>): string {
  let best = stem;
  let bestCount = -1;
  for (const [word, count] of surfaces.get(stem) ?? []) {
    if (count > bestCount || (count === bestCount && compare(word, best) < 0)) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
