/**
 * Sparse row vectors in compressed-row form: row r owns cols/vals from rowPtr[r] to rowPtr[r + 1], columns
 * ascending. Notes are short (a handful of distinct stems each), so every pass over the data costs about the
 * number of non-zeros rather than notes × vocabulary.
 */
export interface SparseRows {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
  /** Number of columns (the vocabulary size, plus any dense block). */
  dims: number;
  /**
   * First column of a dense block running to `dims` (blended meaning vectors): a row has all of its columns,
   * in order at the end of the row, or none. Absent when the rows are sparse only.
   */
  denseFrom?: number;
}

export function rowCount(rows: SparseRows): number {
  return rows.rowPtr.length - 1;
}

/** Dot product of two sparse rows (a merge over their ascending columns). */
export function dotRows(rows: SparseRows, a: number, b: number): number {
  let p = rows.rowPtr[a]!;
  let q = rows.rowPtr[b]!;
  const pEnd = rows.rowPtr[a + 1]!;
  const qEnd = rows.rowPtr[b + 1]!;
  let sum = 0;
  while (p < pEnd && q < qEnd) {
    const cp = rows.cols[p]!;
    const cq = rows.cols[q]!;
    if (cp === cq) sum += rows.vals[p++]! * rows.vals[q++]!;
    else if (cp < cq) p++;
    else q++;
  }
  return sum;
}

/** The given rows, in the given order, as rows of their own. Plain loops: no view or closure per row. */
export function selectRows(rows: SparseRows, which: readonly number[]): SparseRows {
  const { rowPtr: from, cols: fromCols, vals: fromVals } = rows;
  const rowPtr = new Int32Array(which.length + 1);
  for (let i = 0; i < which.length; i++) {
    const r = which[i]!;
    rowPtr[i + 1] = rowPtr[i]! + from[r + 1]! - from[r]!;
  }
  const cols = new Int32Array(rowPtr[which.length]!);
  const vals = new Float64Array(cols.length);
  for (let i = 0; i < which.length; i++) {
    const r = which[i]!;
    for (let p = from[r]!, q = rowPtr[i]!; p < from[r + 1]!; p++, q++) {
      cols[q] = fromCols[p]!;
      vals[q] = fromVals[p]!;
    }
  }
  return { rowPtr, cols, vals, dims: rows.dims, denseFrom: rows.denseFrom };
}
