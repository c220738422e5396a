/**
 * One vector per note from two views: its (smoothed) TF-IDF words and its meaning vector. The dense meaning
 * vector becomes extra columns after the vocabulary, scaled so that the cosine of two blended rows is
 * (1 − share) × word cosine + share × meaning cosine when both notes have both views. A note with one view
 * only keeps that one, at full length, so every row stays a unit vector for spherical k-means.
 */
import { rowCount, type SparseRows } from './sparse';

export interface DenseRows {
  dims: number;
  /** n × dims, unit rows or zero rows. */
  vectors: Float64Array;
  covered: Uint8Array;
}

export function blendRows(words: SparseRows, meaning: DenseRows, share: number): SparseRows {
  const n = rowCount(words);
  const { dims } = meaning;
  const useMeaning = (r: number) => meaning.covered[r] === 1 && share > 0;
  let size = 0;
  for (let r = 0; r < n; r++) size += words.rowPtr[r + 1]! - words.rowPtr[r]! + (useMeaning(r) ? dims : 0);
  const rowPtr = new Int32Array(n + 1);
  const cols = new Int32Array(size);
  const vals = new Float64Array(size);
  let at = 0;
  for (let r = 0; r < n; r++) {
    const start = words.rowPtr[r]!;
    const end = words.rowPtr[r + 1]!;
    const hasMeaning = useMeaning(r);
    const wordScale = hasMeaning ? Math.sqrt(1 - share) : 1;
    const meaningScale = end > start ? Math.sqrt(share) : 1;
    for (let p = start; p < end; p++) {
      cols[at] = words.cols[p]!;
      vals[at++] = wordScale * words.vals[p]!;
    }
    if (hasMeaning) {
      const base = r * dims;
      for (let d = 0; d < dims; d++) {
        cols[at] = words.dims + d;
        vals[at++] = meaningScale * meaning.vectors[base + d]!;
      }
    }
    rowPtr[r + 1] = at;
  }
  return { rowPtr, cols, vals, dims: words.dims + dims, denseFrom: words.dims };
}
