/**
 * Pattern detectors for personal information that has a shape: e-mail addresses, phone numbers (North American
 * forms first, plus any international number written with a leading +), street addresses and P.O. boxes, Canadian
 * postal codes and US ZIP codes. They lean towards flagging: every match is shown to the user, who can keep it.
 * Plain five-digit numbers are not taken for ZIP codes unless a state abbreviation precedes them or they carry
 * the +4 part, because "12000 residents" is far more common in notes than a bare ZIP.
 */
import type { PiiKind } from './types';

export interface RawMatch {
  kind: PiiKind;
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const PHONE_NANP =
  /(?<![\p{L}\p{N}])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?!\d)/giu;
const PHONE_LOCAL = /(?<![\p{L}\p{N}-])\d{3}[.-]\d{4}(?![\p{N}-])/gu;
const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)/gu;

const CA_POSTAL =
  /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/giu;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const US_ZIP_AFTER_STATE = new RegExp(`(?<=\\b(?:${US_STATES})\\.?,?\\s{1,3})\\d{5}(?:-\\d{4})?(?!\\d)`, 'gu');
const US_ZIP_PLUS4 = /(?<![\p{N}-])\d{5}-\d{4}(?![\p{N}-])/gu;

const STREET_TYPES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|crescent|cres|place|pl|terrace|terr|' +
  'parkway|pkwy|highway|hwy|square|sq|trail|trl|circle|cir|gate|line|close|row|grove|heights|hts';
// Lower-case words that make "3 kids play on the street" read as a sentence, not an address.
const NOT_A_STREET_NAME = new Set(
  'the a an on in at of to for and or but from with by down up my our your their his her this that these those people kids youth children'.split(
    ' ',
  ),
);
const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,6}[a-z]?(?:-\\d{1,6})?,?\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){1,4})(?:${STREET_TYPES})\\b\\.?` +
    `(?:\\s+(?:north|south|east|west|[NSEW]|NE|NW|SE|SW)\\b)?`,
  'giu',
);
const FRENCH_STREET =
  /(?<![\p{L}\p{N}])\d{1,6},?\s+(?:rue|avenue|boulevard|chemin|route|rang|place)\s+(?:[\p{L}'’-]+\s?){1,3}/giu;
const PO_BOX = /\bP\.?\s?O\.?\s*Box\s+\d+/giu;

function collect(text: string, pattern: RegExp, kind: PiiKind, accept?: (m: RegExpExecArray) => boolean): RawMatch[] {
  const out: RawMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!accept || accept(m)) out.push({ kind, start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

function plausibleStreet(m: RegExpExecArray): boolean {
  // Only lower-case words count against it: the "A" of "Sir John A Macdonald Blvd" is part of a name.
  const words = (m[1] ?? '').trim().split(/\s+/);
  return !words.some((w) => NOT_A_STREET_NAME.has(w));
}

export function findPatternMatches(text: string): RawMatch[] {
  return [
    ...collect(text, EMAIL, 'email'),
    ...collect(text, PHONE_NANP, 'phone'),
    ...collect(text, PHONE_LOCAL, 'phone'),
    ...collect(text, PHONE_INTERNATIONAL, 'phone'),
    ...collect(text, STREET, 'address', plausibleStreet),
    ...collect(text, FRENCH_STREET, 'address'),
    ...collect(text, PO_BOX, 'address'),
    ...collect(text, CA_POSTAL, 'postal-code'),
    ...collect(text, US_ZIP_AFTER_STATE, 'postal-code'),
    ...collect(text, US_ZIP_PLUS4, 'postal-code'),
  ];
}
