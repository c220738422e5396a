import { describe, expect, it } from 'vitest';
import { keepOrder } from './slideOrder';

describe('keepOrder', () => {
  it('keeps the first order when a vote reorders the deck', () => {
    const first = ['title', 'theme:a', 'theme:b', 'not-heard', 'priorities'];
    expect(keepOrder(first, ['title', 'theme:b', 'theme:a', 'not-heard', 'priorities'])).toEqual(first);
  });

  it('drops slides that are gone and puts new themes before the closing slides', () => {
    const first = ['title', 'theme:a', 'theme:b', 'not-heard', 'priorities'];
    expect(keepOrder(first, ['title', 'theme:c', 'theme:a', 'not-heard', 'priorities'])).toEqual([
      'title',
      'theme:a',
      'theme:c',
      'not-heard',
      'priorities',
    ]);
    expect(keepOrder([], ['title', 'theme:a'])).toEqual(['title', 'theme:a']);
  });
});
