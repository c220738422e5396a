import { describe, expect, it } from 'vitest';
import { scanText } from './scan';
import type { PiiKind } from './types';

function found(text: string, names = true): [PiiKind, string][] {
  return scanText(text, { names }).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

describe('personal information scan', () => {
  it('finds e-mail addresses', () => {
    expect(found('write to jo.smith+csp@city.example.ca today', false)).toEqual([
      ['email', 'jo.smith+csp@city.example.ca'],
    ]);
  });

  it.each([
    '613-555-0123',
    '(613) 555-0123',
    '613.555.0123',
    '613 555 0123',
    '+1 613 555 0123',
    '1-800-555-0199',
    '6135550123',
    '613-555-0123 ext. 42',
    '555-0123',
    '+44 20 7946 0958',
  ])('finds the phone number %s', (phone) => {
    expect(found(`call ${phone} please`, false)).toEqual([['phone', phone]]);
  });

  it.each(['K1A 0B1', 'k1a0b1', 'M5V-3L9'])('finds the Canadian postal code %s', (code) => {
    expect(found(`near ${code}.`, false)).toEqual([['postal-code', code]]);
  });

  it('finds US ZIP codes after a state, and ZIP+4 anywhere, but not any five-digit number', () => {
    expect(found('Springfield, IL 62704', false)).toEqual([['postal-code', '62704']]);
    expect(found('code 62704-1234', false)).toEqual([['postal-code', '62704-1234']]);
    expect(found('about 12000 residents', false)).toEqual([]);
  });

  it.each([
    '42 Elm Street',
    '1200 King St W',
    '7 rue Principale',
    '15B Maple Crescent',
    'P.O. Box 123',
    '88 Sir John A Macdonald Blvd',
  ])('finds the street address %s', (address) => {
    const matches = found(`she lives at ${address}, I think`, false);
    expect(matches).toHaveLength(1);
    expect(matches[0]![0]).toBe('address');
    expect(address).toContain(matches[0]![1].replace(/\s+$/, ''));
  });

  it('does not take ordinary sentences with numbers for addresses or phones', () => {
    for (const text of [
      '3 kids play on the street at night',
      'Meeting from 2019-2020 went well',
      'We had 25 people and 4 tables',
      'Rent went up 300 dollars',
    ]) {
      expect(found(text, false)).toEqual([]);
    }
  });

  it('finds person names with compromise, including lower-case and titled names', () => {
    const names = found('I talked to Maria Gonzalez and mr smith about it; Officer Jenkins came too').filter(
      ([k]) => k === 'name',
    );
    expect(names.map(([, n]) => n)).toEqual(expect.arrayContaining(['Maria Gonzalez', 'Officer Jenkins']));
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  it('skips the tagger on text with no possible name and reports no names there', () => {
    expect(found('the bus shelter has no light and no bench')).toEqual([]);
  });

  it('merges overlapping matches into one span', () => {
    const text = 'Contact maria@example.org now';
    const spans = scanText(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.kind).toBe('email');
  });
});
