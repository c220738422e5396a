/**
 * Suggested clusters for a set of notes (DESIGN §7: explainable suggestions, computed off the UI thread).
 *
 * Pipeline: tokenise (Unicode words, stopwords, Porter stems) → TF-IDF (sublinear tf, pruned vocabulary) →
 * fold identical notes → co-occurrence smoothing (each note borrows the words that usually accompany its own)
 * → spherical k-means, with k chosen by stability across seeds unless given → describe each cluster by the
 * words its notes share. Pure and deterministic: notes are processed in id order with a fixed seed, so the
 * same notes give the same suggestions whatever order they arrive in.
 */
import { throwIfAborted } from './abort';
import { choosePartition } from './chooseK';
import { describeCluster } from './describe';
import { foldDuplicates, selectRows } from './fold';
import { smoothRows, termNeighbours } from './smooth';
import { tokeniseNotes } from './tokenize';
import type { ClusterInput, ClusterOptions, ClusterResult, SuggestedCluster } from './types';
import { TUNING } from './tuning';
import { vectorize } from './vectorize';

/** A suggestion needs at least this many notes; a lone note is left unclustered. */
const MIN_CLUSTER_SIZE = 2;

export function clusterNotes(notes: readonly ClusterInput[], options: ClusterOptions = {}): ClusterResult {
  const { signal, onProgress } = options;
  const step = (fraction: number) => {
    throwIfAborted(signal);
    onProgress?.(fraction);
  };
  step(0);
  const order = notes.map((_, i) => i).sort((a, b) => compare(notes[a]!.id, notes[b]!.id) || a - b);
  const { stems, surfaces } = tokeniseNotes(order.map((i) => notes[i]!.text));
  step(0.1);
  const vectors = vectorize(stems);
  const folded = foldDuplicates(vectors.rows);
  step(0.15);
  const neighbours = termNeighbours(vectors.rows, TUNING.smoothing);
  const smoothed = smoothRows(
    selectRows(vectors.rows, folded.firsts),
    neighbours,
    TUNING.smoothing.weight,
    TUNING.smoothedTerms,
  );
  step(0.2);
  const partition = choosePartition(smoothed, folded.weights, {
    requestedK: options.k,
    signal,
    onProgress: (fraction) => onProgress?.(0.2 + 0.75 * fraction),
  });
  step(0.95);

  const members: number[][] = Array.from({ length: partition.k }, () => []);
  const lone: number[] = [];
  order.forEach((_, r) => {
    const u = folded.folded[r]!;
    if (u < 0) lone.push(r);
    else members[partition.assignment[u]!]!.push(r);
  });
  const context = {
    stems,
    rows: vectors.rows,
    vocabulary: vectors.vocabulary,
    column: new Map(vectors.vocabulary.map((stem, i) => [stem, i])),
    df: vectors.df,
    surfaces,
    clusteredCount: order.length - lone.length,
  };
  const described = members
    .filter((rows) => {
      if (rows.length >= MIN_CLUSTER_SIZE) return true;
      lone.push(...rows);
      return false;
    })
    .map((rows) => ({ rows, ...describeCluster(rows, context) }))
    .sort((a, b) => b.rows.length - a.rows.length || compare(a.label, b.label) || a.rows[0]! - b.rows[0]!);
  const inputOrder = (rows: number[]) =>
    rows
      .map((r) => order[r]!)
      .sort((a, b) => a - b)
      .map((i) => notes[i]!.id);
  const clusters: SuggestedCluster[] = described.map(({ rows, words, label, score }, i) => ({
    id: `c${i + 1}`,
    label,
    words,
    noteIds: inputOrder(rows),
    score,
  }));
  step(1);
  return {
    clusters,
    unclustered: inputOrder(lone),
    diagnostics: {
      requestedK: options.k ?? null,
      chosenK: clusters.length,
      stability: partition.stability,
      vocabulary: vectors.vocabulary.length,
    },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
