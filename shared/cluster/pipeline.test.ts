import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';
import { rowCount } from './sparse';
import { sphericalKmeans } from './sphericalKmeans';
import { weightedAri } from './stability';
import { tokeniseNotes, words } from './tokenize';
import { largestItems } from './top';
import { vectorize } from './vectorize';

describe('tokenise', () => {
  it('lower-cases, keeps accents and apostrophes, splits on anything else', () => {
    expect(words('Café—NAÏVE “quotes”, don’t 24/7')).toEqual(['café', 'naïve', 'quotes', "don't", '24', '7']);
  });

  it('drops stopwords, numbers, single letters and redaction marks, and stems English words', () => {
    const { stems } = tokeniseNotes(["The nurses weren't listening to XXXX at 3 a.m. — parking was full"]);
    expect(stems[0]).toEqual(['nurs', 'listen', 'park', 'full']);
  });

  it('remembers the surface words behind each stem', () => {
    const { surfaces } = tokeniseNotes(['Parking', 'parked cars', 'parking again']);
    expect(Object.fromEntries(surfaces.get('park')!)).toEqual({ parking: 2, parked: 1 });
  });
});

describe('vectorize', () => {
  it('keeps stems used by at least two notes, weighted and unit length', () => {
    const { rows, vocabulary } = vectorize([['park', 'fee'], ['park', 'bus'], ['bus', 'late'], ['lone']]);
    expect(vocabulary).toEqual(['bus', 'park']);
    expect(rowCount(rows)).toBe(4);
    for (let r = 0; r < 3; r++) {
      let norm = 0;
      for (let p = rows.rowPtr[r]!; p < rows.rowPtr[r + 1]!; p++) norm += rows.vals[p]! ** 2;
      expect(norm).toBeCloseTo(1, 12);
    }
    expect(rows.rowPtr[4]! - rows.rowPtr[3]!).toBe(0);
  });

  it('drops stems in more than half the notes once there are enough distinct notes', () => {
    const stems = Array.from({ length: 40 }, (_, i) => ['common', `topic${i % 20}`]);
    expect(vectorize(stems).vocabulary).not.toContain('common');
    expect(vectorize([['common'], ['common']]).vocabulary).toEqual(['common']);
  });
});

describe('sphericalKmeans', () => {
  it('separates two obvious groups and is repeatable for a seed', () => {
    const { rows } = vectorize([
      ['a1', 'a2'],
      ['a1', 'a2', 'a3'],
      ['a2', 'a3'],
      ['b1', 'b2'],
      ['b1', 'b2', 'b3'],
      ['b2', 'b3'],
    ]);
    const weights = new Float64Array(6).fill(1);
    const one = sphericalKmeans(rows, weights, 2, seededRandom(1));
    const two = sphericalKmeans(rows, weights, 2, seededRandom(1));
    expect([...one.assignment]).toEqual([...two.assignment]);
    expect(new Set(one.assignment.slice(0, 3)).size).toBe(1);
    expect(new Set(one.assignment.slice(3)).size).toBe(1);
    expect(one.assignment[0]).not.toBe(one.assignment[3]);
  });
});

describe('weightedAri', () => {
  it('is 1 for the same split under other names and counts weights as repeated rows', () => {
    const ones = new Float64Array(4).fill(1);
    expect(weightedAri(Int32Array.from([0, 0, 1, 1]), Int32Array.from([1, 1, 0, 0]), ones)).toBeCloseTo(1, 12);
    // [0,0,1,2] vs [0,0,1,1] is 0.5714…; folding the first two rows into one of weight 2 changes nothing.
    const folded = weightedAri(Int32Array.from([0, 1, 2]), Int32Array.from([0, 1, 1]), Float64Array.from([2, 1, 1]));
    expect(folded).toBeCloseTo(0.5714285714285715, 12);
  });
});

describe('largestItems', () => {
  it('returns the top items in item order, ties to the lower item', () => {
    const values = Float64Array.from([5, 1, 5, 3, 5]);
    expect(largestItems([0, 1, 2, 3, 4], values, 2)).toEqual([0, 2]);
    expect(largestItems([4, 3, 1], values, 5)).toEqual([1, 3, 4]);
  });

  it('agrees with sorting everything, ties and all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (raw, keep) => {
          const values = Float64Array.from(raw);
          const items = raw.map((_, i) => i);
          const sorted = [...items].sort((a, b) => values[b]! - values[a]! || a - b);
          expect(largestItems(items, values, keep)).toEqual(sorted.slice(0, keep).sort((a, b) => a - b));
        },
      ),
      { numRuns: 500 },
    );
  });
});
