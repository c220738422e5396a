/**
 * Cohen's kappa for two coders on nominal categories: (p_o − p_e) / (1 − p_e), where p_o is the share of units
 * both coders put in the same category and p_e the share expected by chance from each coder's own marginals.
 * Only units both coders coded count (kappa has no notion of a missing value; alpha does). Kappa is undefined
 * (null here) with no units, or when chance agreement is already total (both coders used one and the same
 * category throughout).
 */

export interface KappaResult {
  kappa: number | null;
  /** Units coded by both. */
  units: number;
  observed: number;
  expected: number;
}

export function cohenKappa(pairs: readonly (readonly [string | null, string | null])[]): KappaResult {
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let units = 0;
  let same = 0;
  for (const [a, b] of pairs) {
    if (a === null || b === null) continue;
    units++;
    if (a === b) same++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  if (units === 0) return { kappa: null, units, observed: 0, expected: 0 };
  let expected = 0;
  for (const [category, count] of first) expected += (count / units) * ((second.get(category) ?? 0) / units);
  const observed = same / units;
  if (1 - expected <= 1e-12) return { kappa: null, units, observed, expected };
  return { kappa: (observed - expected) / (1 - expected), units, observed, expected };
}
