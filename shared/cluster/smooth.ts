/**
 * Co-occurrence smoothing ("semantic smoothing" of short texts). A note of four words shares few stems with
 * notes that say the same thing in other words, so each row is widened by the stems that most often appear
 * alongside its own: row + weight × Σ_term value × Σ_neighbour cosine(term, neighbour) × neighbour.
 * Term similarity is the cosine between term columns of the TF-IDF matrix, so "friendly" borrows a little
 * of "staff" and "helpful". Measured on the NHS feedback set this lifts agreement with human themes
 * (ARI ≈ 0.14 → 0.17 averaged over k and seeds) and makes k-means far more stable across seeds.
 */
import { rowCount, type SparseRows } from './sparse';
import { largestItems } from './top';

export interface NeighbourOptions {
  /** How many co-occurring terms each term lends weight to. */
  neighbours: number;
  /** Term pairs below this cosine are not neighbours. */
  minSimilarity: number;
}

export interface TermGraph {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/**
 * Widens each row by its terms' neighbours, `weight` times their similarity, keeps the `keep` largest
 * entries and re-normalises.
 */
export function smoothRows(rows: SparseRows, neighbours: TermGraph, weight: number, keep = Infinity): SparseRows {
  const n = rowCount(rows);
  const acc = new Float64Array(rows.dims);
  const touched: number[] = [];
  const rowPtr = new Int32Array(n + 1);
  // Each row keeps at most `keep` entries (or all its terms and their neighbours); grown if ever short.
  let capacity = Number.isFinite(keep) ? n * Math.min(keep, rows.dims) : rows.vals.length * 4;
  let cols = new Int32Array(capacity);
  let vals = new Float64Array(capacity);
  let at = 0;
  const add = (c: number, v: number) => {
    if (acc[c] === 0) touched.push(c);
    acc[c]! += v;
  };
  for (let r = 0; r < n; r++) {
    for (let p = rows.rowPtr[r]!; p < rows.rowPtr[r + 1]!; p++) {
      const a = rows.cols[p]!;
      const v = rows.vals[p]!;
      add(a, v);
      for (let e = neighbours.offsets[a]!; e < neighbours.offsets[a + 1]!; e++) {
        add(neighbours.targets[e]!, weight * v * neighbours.weights[e]!);
      }
    }
    const kept = largestItems(touched, acc, keep);
    let norm = 0;
    for (const c of kept) norm += acc[c]! * acc[c]!;
    norm = Math.sqrt(norm) || 1;
    if (at + kept.length > capacity) {
      capacity = 2 * (at + kept.length);
      cols = grow(cols, new Int32Array(capacity));
      vals = grow(vals, new Float64Array(capacity));
    }
    for (const c of kept) {
      cols[at] = c;
      vals[at++] = acc[c]! / norm;
    }
    for (const c of touched) acc[c] = 0;
    touched.length = 0;
    rowPtr[r + 1] = at;
  }
  return { rowPtr, cols: cols.slice(0, at), vals: vals.slice(0, at), dims: rows.dims };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Each term's most similar co-occurring terms; cost is Σ over notes of (distinct stems)². */
export function termNeighbours(rows: SparseRows, { neighbours, minSimilarity }: NeighbourOptions): TermGraph {
  const { dims } = rows;
  const colNorm = new Float64Array(dims);
  const postings: number[][] = Array.from({ length: dims }, () => []);
  for (let r = 0; r < rowCount(rows); r++) {
    for (let p = rows.rowPtr[r]!; p < rows.rowPtr[r + 1]!; p++) {
      colNorm[rows.cols[p]!]! += rows.vals[p]! * rows.vals[p]!;
      postings[rows.cols[p]!]!.push(p, r);
    }
  }
  const co = new Float64Array(dims);
  const touched: number[] = [];
  const offsets = new Int32Array(dims + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let a = 0; a < dims; a++) {
    const list = postings[a]!;
    for (let i = 0; i < list.length; i += 2) {
      const va = rows.vals[list[i]!]!;
      const r = list[i + 1]!;
      for (let q = rows.rowPtr[r]!; q < rows.rowPtr[r + 1]!; q++) {
        const b = rows.cols[q]!;
        if (b === a) continue;
        if (co[b] === 0) touched.push(b);
        co[b]! += va * rows.vals[q]!;
      }
    }
    const similar: number[] = [];
    for (const b of touched) {
      co[b] = co[b]! / Math.sqrt(colNorm[a]! * colNorm[b]!);
      if (co[b]! >= minSimilarity) similar.push(b);
    }
    for (const b of largestItems(similar, co, neighbours)) {
      targets.push(b);
      weights.push(co[b]!);
    }
    for (const b of touched) co[b] = 0;
    touched.length = 0;
    offsets[a + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}
