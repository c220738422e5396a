/**
 * Identical notes ("Nothing.", "nothing", "Nothing!") vectorise to identical rows; folding them into one
 * weighted row keeps k-means exact while doing the work once. Rows with no terms are left out: they are the
 * notes with nothing to cluster on.
 */
import { rowCount, type SparseRows } from './sparse';

export interface Folded {
  rows: SparseRows;
  /** How many input rows each folded row stands for. */
  weights: Float64Array;
  /** Folded row of each input row, or −1 for an empty row. */
  folded: Int32Array;
  /** The first input row behind each folded row. */
  firsts: number[];
}

export function foldDuplicates(rows: SparseRows): Folded {
  const n = rowCount(rows);
  const folded = new Int32Array(n).fill(-1);
  const byKey = new Map<string, number>();
  const firsts: number[] = [];
  const weights: number[] = [];
  for (let r = 0; r < n; r++) {
    const start = rows.rowPtr[r]!;
    const end = rows.rowPtr[r + 1]!;
    if (start === end) continue;
    let key = '';
    for (let p = start; p < end; p++) key += `${rows.cols[p]}:${rows.vals[p]} `;
    let u = byKey.get(key);
    if (u === undefined) {
      u = firsts.push(r) - 1;
      byKey.set(key, u);
      weights.push(0);
    }
    weights[u]!++;
    folded[r] = u;
  }
  return { rows: selectRows(rows, firsts), weights: Float64Array.from(weights), folded, firsts };
}

export function selectRows(rows: SparseRows, which: readonly number[]): SparseRows {
  const rowPtr = new Int32Array(which.length + 1);
  which.forEach((r, i) => (rowPtr[i + 1] = rowPtr[i]! + rows.rowPtr[r + 1]! - rows.rowPtr[r]!));
  const cols = new Int32Array(rowPtr[which.length]!);
  const vals = new Float64Array(cols.length);
  which.forEach((r, i) => {
    cols.set(rows.cols.subarray(rows.rowPtr[r]!, rows.rowPtr[r + 1]!), rowPtr[i]!);
    vals.set(rows.vals.subarray(rows.rowPtr[r]!, rows.rowPtr[r + 1]!), rowPtr[i]!);
  });
  return { rowPtr, cols, vals, dims: rows.dims };
}
