/**
 * Picks the number of clusters and the partition of the folded rows. Every candidate k is run from several
 * seeds on a sample of the rows; the k whose runs agree best wins (ties to the smaller k). At that k, the
 * sample medoid's centroids refined on all rows and a few fresh full runs compete, and their medoid is the
 * answer (measured: this halves the spread of agreement with human themes across seeds). With `requestedK`
 * only that k is run, the same way.
 */
import { abortError, type AbortFlag } from './abort';
import { seededRandom, type Random } from './random';
import { dotRows, rowCount, selectRows, type SparseRows } from './sparse';
import { refineKmeans, sphericalKmeans } from './sphericalKmeans';
import { consensus } from './stability';
import { TUNING } from './tuning';

export interface Partition {
  assignment: Int32Array;
  k: number;
  /** Mean agreement between runs at the chosen k; null when nothing was compared. */
  stability: number | null;
}

export interface ChooseOptions {
  requestedK?: number;
  signal?: AbortFlag;
  /** Seed of every run (the benchmark varies it to measure spread; the app keeps the default). */
  seed?: number;
  /** Effort: runs per candidate k, rows sampled to choose k, full runs at the chosen k (defaults: TUNING). */
  effort?: Partial<Effort>;
  /** Fraction of this step done, 0..1. */
  onProgress?: (fraction: number) => void;
}

export interface Effort {
  runs: number;
  sampleSize: number;
  finalRuns: number;
}

export function choosePartition(rows: SparseRows, weights: Float64Array, options: ChooseOptions = {}): Partition {
  const effort: Effort = {
    runs: TUNING.runs,
    sampleSize: TUNING.sampleSize,
    finalRuns: TUNING.finalRuns,
    ...options.effort,
  };
  const n = rowCount(rows);
  const candidates = candidateKs(rows, options.requestedK);
  if (n === 0 || candidates.length === 0) return { assignment: new Int32Array(n), k: 0, stability: null };
  if (candidates.length === 1 && candidates[0] === 1) return { assignment: new Int32Array(n), k: 1, stability: null };
  const shouldStop = () => options.signal?.aborted === true;
  const seed = options.seed ?? TUNING.seed;
  const sample = selectionSample(weights, seededRandom(seed), effort.sampleSize);
  const sampleRows = selectRows(rows, sample.rows);
  let best: { k: number; centroids: Float64Array; stability: number } | null = null;
  candidates.forEach((k, i) => {
    const runs = Array.from({ length: effort.runs }, (_, run) =>
      sphericalKmeans(sampleRows, sample.weights, k, seededRandom(seed + 7919 * run + k), {
        maxIterations: TUNING.selectionIterations,
        tolerance: TUNING.selectionTolerance,
        shouldStop,
      }),
    );
    if (shouldStop()) throw abortError();
    const { medoid, stability } = consensus(
      runs.map((run) => run.assignment),
      sample.weights,
    );
    if (!best || stability > best.stability + 1e-9)
      best = { k: runs[medoid]!.k, centroids: runs[medoid]!.centroids, stability };
    options.onProgress?.((i + 1) / (candidates.length + 1));
  });
  const chosen = best!;
  // The sample picked k; the partition itself comes from full runs, the sample's medoid among them.
  const finals = [
    refineKmeans(rows, weights, chosen.centroids, chosen.k, finalOptions(shouldStop)),
    ...Array.from({ length: effort.finalRuns - 1 }, (_, run) =>
      sphericalKmeans(rows, weights, chosen.k, seededRandom(seed + 104729 * (run + 1)), finalOptions(shouldStop)),
    ),
  ];
  if (shouldStop()) throw abortError();
  const { medoid } = consensus(
    finals.map((run) => run.assignment),
    weights,
  );
  options.onProgress?.(1);
  const final = finals[medoid]!;
  return { assignment: final.assignment, k: final.k, stability: candidates.length > 1 ? chosen.stability : null };
}

function finalOptions(shouldStop: () => boolean) {
  return { maxIterations: TUNING.finalIterations, tolerance: TUNING.tolerance, shouldStop };
}

/**
 * Automatic k runs from TUNING.minAutoK to about √rows (a common rule of thumb for the largest useful k),
 * capped at TUNING.maxAutoK; small inputs get fewer. Two distinct rows are one cluster if they share any word
 * and two otherwise.
 */
function candidateKs(rows: SparseRows, requestedK: number | undefined): number[] {
  const n = rowCount(rows);
  if (n === 0) return [];
  if (requestedK !== undefined) return [Math.max(1, Math.min(Math.floor(requestedK), n))];
  if (n === 1) return [1];
  if (n === 2) return [dotRows(rows, 0, 1) > 0 ? 1 : 2];
  const max = Math.min(TUNING.maxAutoK, Math.max(2, Math.floor(Math.sqrt(n))));
  const min = Math.min(max, TUNING.minAutoK);
  return Array.from({ length: max - min + 1 }, (_, i) => i + min);
}

interface Sample {
  rows: number[];
  weights: Float64Array;
}

/**
 * Every folded duplicate (weight ≥ 2) plus a seeded random share of the single notes, whose weights are
 * scaled up so the sample keeps the proportions of the whole.
 */
function selectionSample(weights: Float64Array, random: Random, sampleSize: number): Sample {
  const n = weights.length;
  if (n <= sampleSize) return { rows: Array.from({ length: n }, (_, i) => i), weights };
  const repeated: number[] = [];
  const single: number[] = [];
  weights.forEach((w, i) => (w >= 2 ? repeated : single).push(i));
  const room = Math.max(sampleSize - repeated.length, Math.floor(sampleSize / 2));
  for (let i = 0; i < Math.min(room, single.length - 1); i++) {
    const j = i + Math.floor(random() * (single.length - i));
    [single[i], single[j]] = [single[j]!, single[i]!];
  }
  const picked = single.slice(0, room);
  const scale = single.length / Math.max(1, picked.length);
  const rows = [...repeated, ...picked].sort((a, b) => a - b);
  const pickedSet = new Set(picked);
  return { rows, weights: Float64Array.from(rows, (r) => (pickedSet.has(r) ? weights[r]! * scale : weights[r]!)) };
}
