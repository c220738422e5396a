/**
 * Choosing k by stability (Ben-Hur, Elisseeff & Guyon 2002; Lange et al. 2004): a number of clusters the
 * notes really support comes out the same whichever seed k-means starts from; a number they do not support
 * gives a different split every run. Agreement between runs is the adjusted Rand index, weighted by how
 * many notes each folded row stands for. Of the runs at the chosen k, the medoid (the run agreeing best with
 * the others) is kept, so one unlucky seed cannot decide the suggestions.
 */

/** Adjusted Rand index between two labelings of the same weighted rows. */
export function weightedAri(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  const ka = labelCount(a);
  const kb = labelCount(b);
  const cells = new Float64Array(ka * kb);
  const rowSums = new Float64Array(ka);
  const colSums = new Float64Array(kb);
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const w = weights[i]!;
    cells[a[i]! * kb + b[i]!]! += w;
    rowSums[a[i]!]! += w;
    colSums[b[i]!]! += w;
    n += w;
  }
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const sum = (xs: Float64Array) => xs.reduce((s, x) => s + pairs(x), 0);
  const index = sum(cells);
  const rows = sum(rowSums);
  const cols = sum(colSums);
  const expected = n < 2 ? 0 : (rows * cols) / pairs(n);
  const max = (rows + cols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

function labelCount(labels: Int32Array): number {
  let max = -1;
  for (const label of labels) if (label > max) max = label;
  return max + 1;
}

export interface Consensus {
  /** Index of the run that agrees best with the others. */
  medoid: number;
  /** Mean pairwise agreement of the runs (1 = every run found the same split). */
  stability: number;
}

export function consensus(runs: readonly Int32Array[], weights: Float64Array): Consensus {
  if (runs.length < 2) return { medoid: 0, stability: 1 };
  const agreement = new Float64Array(runs.length);
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const ari = weightedAri(runs[i]!, runs[j]!, weights);
      agreement[i]! += ari;
      agreement[j]! += ari;
    }
  }
  let medoid = 0;
  for (let i = 1; i < runs.length; i++) if (agreement[i]! > agreement[medoid]! + 1e-12) medoid = i;
  const stability = agreement.reduce((s, x) => s + x, 0) / (runs.length * (runs.length - 1));
  return { medoid, stability };
}
