/**
 * A strict RFC 4180 reader. Lenient readers guess at broken files and hand back shifted columns; a facilitator
 * importing notes is better served by "line 17: unterminated quoted field". Accepted: quoted fields with
 * doubled quotes, delimiters and line breaks inside; CRLF, LF or CR line ends; blank lines (skipped); a stray
 * quote inside an unquoted field (kept as text, as spreadsheets do). Every record must have as many fields as
 * the header. Line numbers are physical lines, 1-based, where the offending record starts.
 *
 * `parseCsvText` reads a whole text; reader.ts reads the same way a piece at a time, for files of any size.
 */
import { createCsvReader, CsvProblemError, delimiterOf, type CsvRecord } from './reader';
import type { CsvDelimiter, CsvProblem } from './types';

export { DELIMITERS, type CsvDelimiter, type CsvProblem, type CsvReason } from './types';
export { describeProblem, describeReason } from './problemText';

export interface CsvTable {
  header: string[];
  records: string[][];
  /** The line each record starts on, for messages about a particular row. */
  lines: number[];
  delimiter: CsvDelimiter;
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; problem: CsvProblem };

export function parseCsvText(text: string, delimiter?: CsvDelimiter): CsvParse {
  const reader = createCsvReader(delimiter ? { delimiter } : {});
  const records: CsvRecord[] = [];
  try {
    records.push(...reader.push(text), ...reader.end());
  } catch (error) {
    if (error instanceof CsvProblemError) return { ok: false, problem: error.problem };
    throw error;
  }
  const [header, ...rest] = records;
  return {
    ok: true,
    table: {
      header: header!.fields,
      records: rest.map((r) => r.fields),
      lines: rest.map((r) => r.line),
      delimiter: reader.delimiter!,
    },
  };
}

/** The delimiter that occurs most often outside quotes in the first record; a comma when none does. */
export function detectDelimiter(text: string): CsvDelimiter {
  return delimiterOf(text).delimiter;
}
