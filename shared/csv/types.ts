/**
 * The small vocabulary every CSV module speaks: which encodings and delimiters exist, and how a problem is named.
 * It sits apart so that the decoder, the detector, the whole-text parser and the streaming reader can all use it
 * without importing each other.
 */
export const ENCODINGS = ['utf-8', 'windows-1252', 'macintosh'] as const;
export type CsvEncoding = (typeof ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** What is wrong, as data: the words are chosen when it is shown, in the reader's language (problemText.ts). */
export type CsvReason =
  /** A control character a text file does not hold (the file is binary, or not CSV). */
  | { kind: 'control'; code: number }
  | { kind: 'width'; expected: number; found: number }
  | { kind: 'after-quote'; char: string }
  | { kind: 'unterminated' }
  | { kind: 'empty' }
  /** Excel's "Unicode text", which Fieldnotes does not read. */
  | { kind: 'utf-16' };

export interface CsvProblem {
  /** 1-based line, or null when the problem is the file as a whole. */
  line: number | null;
  reason: CsvReason;
}
