/**
 * Spherical k-means on L2-normalised sparse rows: centroids are unit vectors and a row joins the centroid it
 * has the highest cosine with. Rows carry weights (identical notes are folded into one row). Seeding is
 * weighted k-means++ on cosine distance from a seeded PRNG, so a run is a pure function of input and seed.
 * Centroids are stored centroid-major (k × dims): scoring a row against a centroid is one dot product, and the
 * dense block of meaning columns at the end of a row (see blend.ts) is read in order on both sides.
 */
import type { Random } from './random';
import { rowCount, type SparseRows } from './sparse';

export interface KmeansResult {
  k: number;
  assignment: Int32Array;
  /** k × dims, centroid-major; row c is centroid c (unit length, or zero if it ended empty). */
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
      centroids[c * rows.dims + rows.cols[p]!] = rows.vals[p]!;
  });
  return refineKmeans(rows, weights, centroids, seeds.length, options);
}

/**
 * k-means from given centroids (k × dims, centroid-major), e.g. those found on a sample.
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
  const cosine = new Float64Array(1);
  while (seeds.length < k) {
    let total = 0;
    for (let r = 0; r < n; r++) total += mass[r]!;
    if (total <= 1e-9) break;
    const seed = pickWeighted(mass, random() * total);
    seeds.push(seed);
    // Scatter the seed once, then each row's cosine with it is a pass over that row's own entries.
    for (let p = rows.rowPtr[seed]!; p < rows.rowPtr[seed + 1]!; p++) seedVector[rows.cols[p]!] = rows.vals[p]!;
    for (let r = 0; r < n; r++) {
      const start = rows.rowPtr[r]!;
      const end = rows.rowPtr[r + 1]!;
      scoreRow(rows, start, denseTail(rows, start, end), end, seedVector, 1, cosine);
      const d = Math.max(0, 1 - cosine[0]!);
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
  const { rowPtr, cols, vals, dims } = rows;
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
    const start = rowPtr[r]!;
    const end = rowPtr[r + 1]!;
    scoreRow(rows, start, denseTail(rows, start, end), end, centroids, k, sims);
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
      if (own >= 0) sums[own * dims + cols[p]!]! -= w * vals[p]!;
      sums[best * dims + cols[p]!]! += w * vals[p]!;
    }
  }
  return changed;
}

/** Where a row's dense block begins (its last dims − denseFrom entries at consecutive columns), or `end`. */
function denseTail(rows: SparseRows, start: number, end: number): number {
  const denseFrom = rows.denseFrom ?? rows.dims;
  const length = rows.dims - denseFrom;
  return length > 0 && end - start >= length && rows.cols[end - length] === denseFrom ? end - length : end;
}

/**
 * Cosine of one row (entries start..end, the dense block from `tail`) with every centroid, into `sims`.
 * Four centroids at a time share each load of the row's entries, which makes this about twice as fast as one
 * at a time; it is where k-means spends its time.
 */
function scoreRow(
  rows: SparseRows,
  start: number,
  tail: number,
  end: number,
  centroids: Float64Array,
  k: number,
  sims: Float64Array,
): void {
  const { cols, vals, dims } = rows;
  const shift = (rows.denseFrom ?? dims) - tail;
  let c = 0;
  for (; c + 3 < k; c += 4) {
    const b0 = c * dims;
    const b1 = b0 + dims;
    const b2 = b1 + dims;
    const b3 = b2 + dims;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let p = start; p < tail; p++) {
      const v = vals[p]!;
      const col = cols[p]!;
      s0 += v * centroids[b0 + col]!;
      s1 += v * centroids[b1 + col]!;
      s2 += v * centroids[b2 + col]!;
      s3 += v * centroids[b3 + col]!;
    }
    for (let p = tail; p < end; p++) {
      const v = vals[p]!;
      const col = shift + p;
      s0 += v * centroids[b0 + col]!;
      s1 += v * centroids[b1 + col]!;
      s2 += v * centroids[b2 + col]!;
      s3 += v * centroids[b3 + col]!;
    }
    sims[c] = s0;
    sims[c + 1] = s1;
    sims[c + 2] = s2;
    sims[c + 3] = s3;
  }
  for (; c < k; c++) {
    const base = c * dims;
    let sum = 0;
    for (let p = start; p < tail; p++) sum += vals[p]! * centroids[base + cols[p]!]!;
    for (let p = tail; p < end; p++) sum += vals[p]! * centroids[base + shift + p]!;
    sims[c] = sum;
  }
}

/** Unit centroids from the cluster sums; `drift` gets how far each moved (Euclidean). */
function recompute(sums: Float64Array, state: KmeansResult, drift: Float64Array, dims: number): void {
  const { k, centroids } = state;
  for (let c = 0; c < k; c++) {
    const base = c * dims;
    let norm = 0;
    for (let t = 0; t < dims; t++) norm += sums[base + t]! ** 2;
    const scale = norm > 1e-24 ? 1 / Math.sqrt(norm) : 0;
    let moved = 0;
    for (let t = 0; t < dims; t++) {
      const next = sums[base + t]! * scale;
      moved += (next - centroids[base + t]!) ** 2;
      centroids[base + t] = next;
    }
    // A little slack for rounding, so a bound never claims more than the arithmetic can promise.
    drift[c] = Math.sqrt(moved) + 1e-12;
  }
}
