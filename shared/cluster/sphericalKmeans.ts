/**
 * Spherical k-means on L2-normalised sparse rows: centroids are unit vectors and a row joins the centroid it
 * has the highest cosine with. Rows carry weights (identical notes are folded into one row). Seeding is
 * weighted k-means++ on cosine distance from a seeded PRNG, so a run is a pure function of input and seed.
 * Centroids are stored term-major (term × k) so scoring a row against every centroid reads memory in order.
 */
import type { Random } from './random';
import { dotDense, rowCount, type SparseRows } from './sparse';

export interface KmeansResult {
  k: number;
  assignment: Int32Array;
  /** dims × k, term-major; column c is centroid c (unit length, or zero if it ended empty). */
  centroids: Float64Array;
  iterations: number;
}

export interface KmeansOptions {
  maxIterations?: number;
  /** Stop once at most this fraction of rows changes cluster in an iteration. */
  tolerance?: number;
  shouldStop?: () => boolean;
}

/** k-means from weighted k-means++ seeds. */
export function sphericalKmeans(
  rows: SparseRows,
  weights: Float64Array,
  k: number,
  random: Random,
  options: KmeansOptions = {},
): KmeansResult {
  const seeds = seedPlusPlus(rows, weights, k, random);
  const centroids = new Float64Array(rows.dims * seeds.length);
  seeds.forEach((r, c) => {
    for (let p = rows.rowPtr[r]!; p < rows.rowPtr[r + 1]!; p++)
      centroids[rows.cols[p]! * seeds.length + c] = rows.vals[p]!;
  });
  return refineKmeans(rows, weights, centroids, seeds.length, options);
}

/**
 * k-means from given centroids (dims × k, term-major), e.g. those found on a sample.
 *
 * Lloyd's iterations with Hamerly's bounds (2010), for cosines: each row keeps a lower bound on its
 * similarity to its own centroid and an upper bound on its similarity to any other. A centroid that moves by
 * d (Euclidean) changes any unit row's cosine with it by at most d, so after each update the bounds widen by
 * the moves, and a row whose lower bound still beats its upper bound cannot change cluster and is skipped.
 * Same assignments as plain Lloyd, at a fraction of the work once the clusters settle. Cluster sums are
 * updated as rows move rather than rebuilt, so an iteration costs the rows it looks at, not all of them.
 */
export function refineKmeans(
  rows: SparseRows,
  weights: Float64Array,
  initial: Float64Array,
  k: number,
  options: KmeansOptions = {},
): KmeansResult {
  const { maxIterations = 30, tolerance = 0, shouldStop } = options;
  const n = rowCount(rows);
  const state: KmeansResult = {
    k,
    assignment: new Int32Array(n).fill(-1),
    centroids: Float64Array.from(initial),
    iterations: 0,
  };
  const bounds = { lower: new Float64Array(n), upper: new Float64Array(n) };
  const sums = new Float64Array(rows.dims * k);
  const drift = new Float64Array(k);
  while (state.iterations < maxIterations && !shouldStop?.()) {
    const changed = assign(rows, weights, state, bounds, sums, state.iterations === 0 ? null : drift);
    state.iterations++;
    if (changed <= tolerance * n) break;
    recompute(sums, state, drift, rows.dims);
  }
  return state;
}

/** Weighted k-means++ (D² sampling on 1 − cosine); stops early once every row sits on a seed. */
function seedPlusPlus(rows: SparseRows, weights: Float64Array, k: number, random: Random): number[] {
  const n = rowCount(rows);
  const distance = new Float64Array(n).fill(1);
  const mass = Float64Array.from(weights);
  const seedVector = new Float64Array(rows.dims);
  const seeds: number[] = [];
  while (seeds.length < k) {
    const total = mass.reduce((s, x) => s + x, 0);
    if (total <= 1e-9) break;
    const seed = pickWeighted(mass, random() * total);
    seeds.push(seed);
    // Scatter the seed once, then each row's cosine with it is a pass over that row's own entries.
    for (let p = rows.rowPtr[seed]!; p < rows.rowPtr[seed + 1]!; p++) seedVector[rows.cols[p]!] = rows.vals[p]!;
    for (let r = 0; r < n; r++) {
      const d = Math.max(0, 1 - dotDense(rows, r, seedVector));
      if (d < distance[r]!) distance[r] = d;
      mass[r] = weights[r]! * distance[r]! * distance[r]!;
    }
    for (let p = rows.rowPtr[seed]!; p < rows.rowPtr[seed + 1]!; p++) seedVector[rows.cols[p]!] = 0;
  }
  return seeds;
}

function pickWeighted(mass: Float64Array, target: number): number {
  let sum = 0;
  let last = 0;
  for (let i = 0; i < mass.length; i++) {
    if (mass[i]! <= 0) continue;
    sum += mass[i]!;
    last = i;
    if (sum > target) return i;
  }
  // Rounding can leave the target just past the sum: take the last row with any mass.
  return last;
}

interface Bounds {
  /** Lower bound on each row's cosine with its own centroid. */
  lower: Float64Array;
  /** Upper bound on each row's cosine with any other centroid. */
  upper: Float64Array;
}

/**
 * Moves every row that may have a better centroid to its most similar one, keeping the cluster sums in step;
 * returns how many rows changed cluster. `drift` is how far each centroid moved since the last pass (null on
 * the first pass, when every row is scored).
 */
function assign(
  rows: SparseRows,
  weights: Float64Array,
  state: KmeansResult,
  { lower, upper }: Bounds,
  sums: Float64Array,
  drift: Float64Array | null,
): number {
  // Hot loop: locals instead of property reads, so V8 keeps everything in registers.
  const { k, centroids, assignment } = state;
  const { rowPtr, cols, vals } = rows;
  const sims = new Float64Array(k);
  let maxDrift = 0;
  let maxDriftAt = -1;
  let secondDrift = 0;
  if (drift) {
    for (let c = 0; c < k; c++) {
      if (drift[c]! > maxDrift) {
        secondDrift = maxDrift;
        maxDrift = drift[c]!;
        maxDriftAt = c;
      } else if (drift[c]! > secondDrift) secondDrift = drift[c]!;
    }
  }
  let changed = 0;
  for (let r = 0; r < assignment.length; r++) {
    const own = assignment[r]!;
    if (drift) {
      lower[r]! -= drift[own]!;
      upper[r]! += own === maxDriftAt ? secondDrift : maxDrift;
      if (lower[r]! > upper[r]!) continue;
    }
    for (let c = 0; c < k; c++) sims[c] = 0;
    const start = rowPtr[r]!;
    const end = rowPtr[r + 1]!;
    for (let p = start; p < end; p++) {
      const v = vals[p]!;
      const base = cols[p]! * k;
      for (let c = 0; c < k; c++) sims[c]! += v * centroids[base + c]!;
    }
    // Ties go to the lower centroid, so equal similarities never depend on anything but the input.
    let best = 0;
    for (let c = 1; c < k; c++) if (sims[c]! > sims[best]!) best = c;
    let second = -Infinity;
    for (let c = 0; c < k; c++) if (c !== best && sims[c]! > second) second = sims[c]!;
    lower[r] = sims[best]!;
    upper[r] = k > 1 ? second : -Infinity;
    if (own === best) continue;
    changed++;
    assignment[r] = best;
    const w = weights[r]!;
    for (let p = start; p < end; p++) {
      const base = cols[p]! * k;
      if (own >= 0) sums[base + own]! -= w * vals[p]!;
      sums[base + best]! += w * vals[p]!;
    }
  }
  return changed;
}

/** Unit centroids from the cluster sums; `drift` gets how far each moved (Euclidean). */
function recompute(sums: Float64Array, state: KmeansResult, drift: Float64Array, dims: number): void {
  const { k, centroids } = state;
  const scale = new Float64Array(k);
  for (let t = 0; t < dims; t++) for (let c = 0; c < k; c++) scale[c]! += sums[t * k + c]! ** 2;
  for (let c = 0; c < k; c++) scale[c] = scale[c]! > 1e-24 ? 1 / Math.sqrt(scale[c]!) : 0;
  drift.fill(0);
  for (let t = 0; t < dims; t++) {
    for (let c = 0; c < k; c++) {
      const next = sums[t * k + c]! * scale[c]!;
      drift[c]! += (next - centroids[t * k + c]!) ** 2;
      centroids[t * k + c] = next;
    }
  }
  // A little slack for rounding, so a bound never claims more than the arithmetic can promise.
  for (let c = 0; c < k; c++) drift[c] = Math.sqrt(drift[c]!) + 1e-12;
}
