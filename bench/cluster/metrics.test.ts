import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInfo } from './metrics';

const s = (xs: number[]) => xs.map(String);

// Reference values are scikit-learn's documented examples for adjusted_rand_score and
// normalized_mutual_info_score, and one worked by hand.
describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex(s([0, 0, 1, 1]), s([1, 1, 0, 0]))).toBeCloseTo(1, 12);
  });
  it('matches the documented value for a refinement', () => {
    expect(adjustedRandIndex(s([0, 0, 1, 2]), s([0, 0, 1, 1]))).toBeCloseTo(0.5714285714285715, 12);
    expect(adjustedRandIndex(s([0, 0, 1, 1]), s([0, 0, 1, 2]))).toBeCloseTo(0.5714285714285715, 12);
  });
  it('is 0 for one group against all singletons, and negative for a crossed split', () => {
    expect(adjustedRandIndex(s([0, 0, 0, 0]), s([0, 1, 2, 3]))).toBeCloseTo(0, 12);
    expect(adjustedRandIndex(s([0, 0, 1, 1]), s([0, 1, 0, 1]))).toBeCloseTo(-0.5, 12);
  });
});

describe('normalizedMutualInfo', () => {
  it('is 1 for the same partition and 0 against a single group', () => {
    expect(normalizedMutualInfo(s([0, 0, 1, 1]), s([1, 1, 0, 0]))).toBeCloseTo(1, 12);
    expect(normalizedMutualInfo(s([0, 0, 0, 0]), s([0, 1, 2, 3]))).toBeCloseTo(0, 12);
  });
  it('is 0.8 when one side splits a half of the other (ln 2 over the mean of ln 2 and 1.5 ln 2)', () => {
    expect(normalizedMutualInfo(s([0, 0, 1, 1]), s([0, 0, 1, 2]))).toBeCloseTo(0.8, 12);
  });
  it('is symmetric', () => {
    const a = s([0, 0, 1, 1, 2, 2, 2, 0]);
    const b = s([1, 0, 1, 1, 2, 0, 2, 2]);
    expect(normalizedMutualInfo(a, b)).toBeCloseTo(normalizedMutualInfo(b, a), 12);
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
  });
});
