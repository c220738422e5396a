import { describe, expect, it } from 'vitest';
import { firstWords, textDirection, wrapText } from './wrapText';

// Every character is 1 unit wide: widths are character counts.
const measure = (text: string) => text.length;

describe('wrapText', () => {
  it('fills lines with whole words', () => {
    expect(wrapText('the bus stops at nine', 10, 5, measure)).toEqual(['the bus', 'stops at', 'nine']);
  });

  it('breaks a word longer than a line inside it', () => {
    expect(wrapText('a supercalifragilistic b', 8, 5, measure)).toEqual(['a', 'supercal', 'ifragili', 'stic b']);
  });

  it('keeps line breaks, including blank lines between paragraphs, but not trailing ones', () => {
    expect(wrapText('one\n\ntwo\n', 10, 5, measure)).toEqual(['one', '', 'two']);
  });

  it('ends with an ellipsis when the text does not fit', () => {
    expect(wrapText('one two three four five six', 9, 2, measure)).toEqual(['one two', 'three…']);
    expect(wrapText('aaaa bbbb', 4, 1, measure)).toEqual(['aaa…']);
    expect(wrapText('fits\n', 10, 1, measure)).toEqual(['fits']);
  });

  it('gives nothing for empty text', () => {
    expect(wrapText('  ', 10, 3, measure)).toEqual([]);
  });
});

describe('first words and direction', () => {
  it('keeps the first words and marks what was left out', () => {
    expect(firstWords('Street lighting on Main St is too dim', 4)).toBe('Street lighting on Main…');
    expect(firstWords('Too dim', 4)).toBe('Too dim');
  });

  it('reads the direction from the first strong character', () => {
    expect(textDirection('123 שלום עולם')).toBe('rtl');
    expect(textDirection('مرحبا')).toBe('rtl');
    expect(textDirection('Hello שלום')).toBe('ltr');
    expect(textDirection('42')).toBe('ltr');
  });
});
