/**
 * Agreement between two labelings of the same items: adjusted Rand index (Hubert & Arabie 1985) and
 * normalised mutual information with the arithmetic-mean normaliser (scikit-learn's default), so the figures
 * compare with published ones. Labels are any strings; only which items share a label matters.
 */

interface Cell {
  row: number;
  col: number;
  count: number;
}

interface Contingency {
  cells: Cell[];
  rowSums: number[];
  colSums: number[];
  n: number;
}

function contingency(truth: readonly string[], predicted: readonly string[]): Contingency {
  if (truth.length !== predicted.length)
    throw new Error(`labelings differ in length: ${truth.length} vs ${predicted.length}`);
  const rowIndex = new Map<string, number>();
  const colIndex = new Map<string, number>();
  const cellsByKey = new Map<string, Cell>();
  const rowSums: number[] = [];
  const colSums: number[] = [];
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    let r = rowIndex.get(t);
    if (r === undefined) rowIndex.set(t, (r = rowSums.push(0) - 1));
    let c = colIndex.get(p);
    if (c === undefined) colIndex.set(p, (c = colSums.push(0) - 1));
    rowSums[r]!++;
    colSums[c]!++;
    const key = `${r},${c}`;
    const cell = cellsByKey.get(key);
    if (cell) cell.count++;
    else cellsByKey.set(key, { row: r, col: c, count: 1 });
  });
  return { cells: [...cellsByKey.values()], rowSums, colSums, n: truth.length };
}

const pairs = (x: number) => (x * (x - 1)) / 2;

export function adjustedRandIndex(truth: readonly string[], predicted: readonly string[]): number {
  const { cells, rowSums, colSums, n } = contingency(truth, predicted);
  const index = cells.reduce((s, cell) => s + pairs(cell.count), 0);
  const rows = rowSums.reduce((s, x) => s + pairs(x), 0);
  const cols = colSums.reduce((s, x) => s + pairs(x), 0);
  const expected = n < 2 ? 0 : (rows * cols) / pairs(n);
  const max = (rows + cols) / 2;
  // Both labelings trivial (all one group, or all singletons alike): they agree perfectly.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

function entropy(sums: readonly number[], n: number): number {
  return -sums.reduce((s, x) => (x > 0 ? s + (x / n) * Math.log(x / n) : s), 0);
}

export function normalizedMutualInfo(truth: readonly string[], predicted: readonly string[]): number {
  const { cells, rowSums, colSums, n } = contingency(truth, predicted);
  if (n === 0) return 1;
  const hTruth = entropy(rowSums, n);
  const hPred = entropy(colSums, n);
  // One group on both sides: nothing to disagree about.
  if (hTruth === 0 && hPred === 0) return 1;
  const mutual = cells.reduce(
    (s, { row, col, count }) => s + (count / n) * Math.log((count * n) / (rowSums[row]! * colSums[col]!)),
    0,
  );
  const mean = (hTruth + hPred) / 2;
  return Math.max(0, mutual / mean);
}
