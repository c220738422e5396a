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
  /** Σ weight × cosine(row, its centroid): the objective spherical k-means climbs. */
  cohesion: number;
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

/** k-means from given centroids (dims × k, term-major), e.g. those found on a sample. */
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
    cohesion: 0,
    iterations: 0,
  };
  while (state.iterations < maxIterations && !shouldStop?.()) {
    state.iterations++;
    const changed = assign(rows, weights, state);
    if (changed <= tolerance * n) break;
    recompute(rows, weights, state);
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

/** Moves every row to its most similar centroid; returns how many rows changed cluster. */
function assign(rows: SparseRows, weights: Float64Array, state: KmeansResult): number {
  // Hot loop: locals instead of property reads, so V8 keeps everything in registers.
  const { k, centroids, assignment } = state;
  const { rowPtr, cols, vals } = rows;
  const sims = new Float64Array(k);
  let changed = 0;
  let cohesion = 0;
  for (let r = 0; r < assignment.length; r++) {
    for (let c = 0; c < k; c++) sims[c] = 0;
    const end = rowPtr[r + 1]!;
    for (let p = rowPtr[r]!; p < end; p++) {
      const v = vals[p]!;
      const base = cols[p]! * k;
      for (let c = 0; c < k; c++) sims[c]! += v * centroids[base + c]!;
    }
    // Ties go to the lower centroid, so equal similarities never depend on anything but the input.
    let best = 0;
    for (let c = 1; c < k; c++) if (sims[c]! > sims[best]!) best = c;
    if (assignment[r] !== best) changed++;
    assignment[r] = best;
    cohesion += weights[r]! * sims[best]!;
  }
  state.cohesion = cohesion;
  return changed;
}

function recompute(rows: SparseRows, weights: Float64Array, state: KmeansResult): void {
  const { k, centroids, assignment } = state;
  const { rowPtr, cols, vals, dims } = rows;
  centroids.fill(0);
  for (let r = 0; r < assignment.length; r++) {
    const c = assignment[r]!;
    const w = weights[r]!;
    const end = rowPtr[r + 1]!;
    for (let p = rowPtr[r]!; p < end; p++) centroids[cols[p]! * k + c]! += w * vals[p]!;
  }
  const scale = new Float64Array(k);
  for (let t = 0; t < dims; t++) for (let c = 0; c < k; c++) scale[c]! += centroids[t * k + c]! ** 2;
  for (let c = 0; c < k; c++) scale[c] = scale[c]! > 0 ? 1 / Math.sqrt(scale[c]!) : 0;
  for (let t = 0; t < dims; t++) for (let c = 0; c < k; c++) centroids[t * k + c]! *= scale[c]!;
}
