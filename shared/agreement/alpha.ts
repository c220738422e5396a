/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed.
 *
 * Computed through the coincidence matrix, as in Krippendorff's "Computing Krippendorff's Alpha-Reliability":
 * every unit coded by m ≥ 2 coders adds, for each ordered pair of its values (c, k) from different coders,
 * 1 / (m − 1) to o(c, k); units with fewer than two values are not pairable and are left out. With n the number
 * of pairable values and n_c the marginal of value c,
 *   alpha = 1 − (n − 1) · Σ_{c≠k} o(c,k) / Σ_{c≠k} n_c · n_k.
 * Alpha is undefined (null here) when fewer than two values are pairable or every pairable value is the same:
 * there is no variation to agree about.
 */

/** A unit's values, one per coder; null where that coder gave none. */
export type UnitValues = readonly (string | null)[];

export interface AlphaResult {
  /** Null when alpha is undefined (no variation, or nothing pairable). */
  alpha: number | null;
  /** Values in units coded by at least two coders. */
  pairable: number;
  /** Observed and expected disagreement (Do, De). */
  observed: number;
  expected: number;
}

export function krippendorffAlphaNominal(units: readonly UnitValues[]): AlphaResult {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, weight: number) => {
    let row = coincidence.get(c);
    if (!row) coincidence.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + weight);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
    }
  }
  const marginals = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of coincidence) {
    for (const [k, count] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + count);
      n += count;
      if (c !== k) disagreeing += count;
    }
  }
  // Σ_{c≠k} n_c n_k = n² − Σ n_c²
  let sumSquares = 0;
  for (const count of marginals.values()) sumSquares += count * count;
  const expectedPairs = n * n - sumSquares;
  const pairable = Math.round(n * 1e9) / 1e9;
  if (pairable < 2 || expectedPairs <= 1e-12) return { alpha: null, pairable, observed: 0, expected: 0 };
  const observed = disagreeing / n;
  const expected = expectedPairs / (n * (n - 1));
  return { alpha: 1 - observed / expected, pairable, observed, expected };
}
