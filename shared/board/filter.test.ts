import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, fold, isFilterActive, matchesFilter, matchRanges } from './filter';

const note = { text: 'Le café près de l’école ferme à 18 h', questionId: 'q1', kind: 'issue' };
const facts = { groupId: 'g1', speaker: 'P3' };

describe('board filters', () => {
  it('folds case and accents', () => {
    expect(fold('Café ÉCOLE naïve')).toBe('cafe ecole naive');
  });

  it('matches every search word, ignoring accents and case', () => {
    expect(matchesFilter(note, facts, { ...EMPTY_FILTER, text: 'CAFE ecole' })).toBe(true);
    expect(matchesFilter(note, facts, { ...EMPTY_FILTER, text: 'cafe parking' })).toBe(false);
    expect(matchesFilter(note, facts, EMPTY_FILTER)).toBe(true);
  });

  it('filters by group, question, kind and speaker', () => {
    expect(
      matchesFilter(note, facts, { ...EMPTY_FILTER, groupId: 'g1', questionId: 'q1', kind: 'issue', speaker: 'p3' }),
    ).toBe(true);
    expect(matchesFilter(note, facts, { ...EMPTY_FILTER, groupId: 'g2' })).toBe(false);
    expect(matchesFilter(note, facts, { ...EMPTY_FILTER, questionId: 'q2' })).toBe(false);
    expect(matchesFilter(note, facts, { ...EMPTY_FILTER, kind: 'asset' })).toBe(false);
    expect(matchesFilter(note, { groupId: 'g1', speaker: null }, { ...EMPTY_FILTER, speaker: 'P3' })).toBe(false);
  });

  it('knows when a filter is set', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: '  ' })).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, kind: 'risk' })).toBe(true);
  });

  it('finds match ranges in the original text, accents and all', () => {
    const text = 'Le Café près de l’école';
    const ranges = matchRanges(text, 'cafe ECOLE');
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Café', 'école']);
    // Decomposed input (e + combining acute) maps back to both units.
    const decomposed = 'cafe\u0301 noir';
    expect(matchRanges(decomposed, 'café').map(([a, b]) => decomposed.slice(a, b))).toEqual(['cafe\u0301']);
    expect(matchRanges('aaa', 'a')).toEqual([[0, 3]]);
    expect(matchRanges('emoji 👍🏽 cafe', 'cafe')).toEqual([[11, 15]]);
    expect(matchRanges('anything', '')).toEqual([]);
  });
});
