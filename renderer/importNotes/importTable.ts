/** The table a chosen file was read into, and the error that refuses a file with a message a person can act on. */
import type { CsvEncoding } from '../../shared/csv';

export interface ImportTable {
  header: string[];
  rows: string[][];
  /** Where each row is in the file, for messages: a line (CSV) or a row number (xlsx). */
  lines: number[];
  lineWord: 'line' | 'row';
  source: { kind: 'csv'; encoding: CsvEncoding; detected: boolean } | { kind: 'xlsx'; sheet: string };
  /** Formula cells whose stored result was taken as their text (xlsx). */
  formulaResults: number;
}

export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
