/**
 * Suggested clusters for a set of notes: explainable suggestions, computed off the UI thread.
 *
 * Pipeline: each note becomes one vector (represent.ts: personal details cut out, TF-IDF with co-occurrence
 * smoothing, blended with a meaning vector from word vectors) → spherical k-means, with k chosen by stability
 * across seeds unless given → each cluster described by the words its notes share and named from its most
 * distinctive phrases. Pure and deterministic: notes are processed in id order with a fixed seed, so the same
 * notes give the same suggestions whatever order they arrive in.
 */
import { throwIfAborted } from './abort';
import { choosePartition } from './chooseK';
import { describeCluster } from './describe';
import { phraseTable } from './phrases';
import { DEFAULT_REPRESENT, representNotes, type RepresentSettings } from './represent';
import type { ClusterInput, ClusterOptions, ClusterResult, SuggestedCluster } from './types';

/** A suggestion needs at least this many notes; a lone note is left unclustered. */
const MIN_CLUSTER_SIZE = 2;

export function clusterNotes(notes: readonly ClusterInput[], options: ClusterOptions = {}): ClusterResult {
  const settings =
    options.method === 'words' || !options.wordTable ? { ...DEFAULT_REPRESENT, meaningShare: 0 } : DEFAULT_REPRESENT;
  return clusterNotesWith(notes, options, settings);
}

/** clusterNotes with every setting of the representation open, for the benchmark's comparisons. */
export function clusterNotesWith(
  notes: readonly ClusterInput[],
  options: ClusterOptions,
  settings: RepresentSettings,
): ClusterResult {
  const { signal, onProgress } = options;
  const step = (fraction: number) => {
    throwIfAborted(signal);
    onProgress?.(fraction);
  };
  step(0);
  const order = notes.map((_, i) => i).sort((a, b) => compare(notes[a]!.id, notes[b]!.id) || a - b);
  const represented = representNotes(
    order.map((i) => notes[i]!.text),
    options.wordTable ?? null,
    settings,
  );
  step(0.2);
  const partition = choosePartition(represented.rows, represented.weights, {
    requestedK: options.k,
    seed: settings.seed,
    effort: settings.effort,
    signal,
    onProgress: (fraction) => onProgress?.(0.2 + 0.75 * fraction),
  });
  step(0.95);

  const members: number[][] = Array.from({ length: partition.k }, () => []);
  const lone: number[] = [];
  order.forEach((_, r) => {
    const u = represented.rowOf[r]!;
    if (u < 0) lone.push(r);
    else members[partition.assignment[u]!]!.push(r);
  });
  const phrases = phraseTable(represented.texts);
  const described = members
    .filter((rows) => {
      if (rows.length >= MIN_CLUSTER_SIZE) return true;
      lone.push(...rows);
      return false;
    })
    .map((rows) => ({ rows, ...describeCluster(rows, represented, phrases) }))
    .sort((a, b) => b.rows.length - a.rows.length || compare(a.label, b.label) || a.rows[0]! - b.rows[0]!);
  const inputOrder = (rows: number[]) =>
    rows
      .map((r) => order[r]!)
      .sort((a, b) => a - b)
      .map((i) => notes[i]!.id);
  const labels = distinctLabels(described);
  const clusters: SuggestedCluster[] = described.map(({ rows, words, score }, i) => ({
    id: `c${i + 1}`,
    label: labels[i]!,
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
      vocabulary: represented.vectors.vocabulary.length,
      meaning: represented.meaning.used,
      coverage: represented.meaning.coverage,
    },
  };
}

/** Each cluster its own name: the first of its names not taken by a larger cluster, else a numbered one. */
function distinctLabels(described: readonly { label: string; alternatives: string[] }[]): string[] {
  const taken = new Set<string>();
  return described.map(({ label, alternatives }) => {
    let name = [label, ...alternatives].find((n) => !taken.has(n.toLowerCase()));
    for (let i = 2; !name; i++) if (!taken.has(`${label} (${i})`.toLowerCase())) name = `${label} (${i})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
