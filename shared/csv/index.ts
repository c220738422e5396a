/**
 * Reading a CSV file's bytes into a table, for note import, `fieldnotes import-csv` and `fieldnotes cluster`.
 * Pure: bytes in, a table or one problem naming the line out.
 */
import { decodeText, type CsvEncoding } from './encoding';
import { parseCsvText, type CsvDelimiter, type CsvProblem, type CsvTable } from './parse';

export { decodeText, parseEncodingName, ENCODINGS, type CsvEncoding, type DecodedText } from './encoding';
export {
  parseCsvText,
  detectDelimiter,
  describeProblem,
  DELIMITERS,
  type CsvDelimiter,
  type CsvParse,
  type CsvProblem,
  type CsvTable,
} from './parse';
export { formatCsv, quoteField } from './write';

export interface ReadCsvOptions {
  /** Overrides detection. */
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
}

export type ReadCsv =
  { ok: true; table: CsvTable; encoding: CsvEncoding; encodingDetected: boolean } | { ok: false; problem: CsvProblem };

export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): ReadCsv {
  const decoded = decodeText(bytes, options.encoding);
  const parsed = parseCsvText(decoded.text, options.delimiter);
  if (!parsed.ok) return parsed;
  return { ok: true, table: parsed.table, encoding: decoded.encoding, encodingDetected: decoded.detected };
}

/** Column index by header name, ignoring case and surrounding spaces; −1 when absent. */
export function findColumn(header: readonly string[], name: string): number {
  const wanted = name.trim().toLowerCase();
  return header.findIndex((h) => h.trim().toLowerCase() === wanted);
}
