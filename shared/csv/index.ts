/**
 * Reading a CSV file's bytes into a table, for note import, `fieldnotes import-csv` and `fieldnotes cluster`.
 * Pure: bytes in, a table or one problem naming the line out.
 */
import { looksLikeUtf16 } from './detect';
import { decodeText, type CsvEncoding } from './encoding';
import { parseCsvText, type CsvDelimiter, type CsvProblem, type CsvTable } from './parse';

export {
  createDecoder,
  decodeText,
  parseEncodingName,
  ENCODINGS,
  type CsvEncoding,
  type DecodedText,
  type TextDecoding,
} from './encoding';
export { createEncodingDetector, looksLikeUtf16, type EncodingDetector, type EncodingGuess } from './detect';
export { createCsvReader, CsvProblemError, type CsvReader, type CsvRecord } from './reader';
export {
  parseCsvText,
  detectDelimiter,
  describeProblem,
  describeReason,
  DELIMITERS,
  type CsvDelimiter,
  type CsvParse,
  type CsvProblem,
  type CsvReason,
  type CsvTable,
} from './parse';
export { formatCsv, quoteField } from './write';
export { encodingSamples, ENCODING_NAMES, type EncodingSample } from './samples';

export interface ReadCsvOptions {
  /** Overrides detection. */
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
}

export type ReadCsv =
  { ok: true; table: CsvTable; encoding: CsvEncoding; encodingDetected: boolean } | { ok: false; problem: CsvProblem };

export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): ReadCsv {
  // Whatever encoding was asked for: UTF-16 read as anything else is noise.
  if (looksLikeUtf16(bytes.subarray(0, 4096)))
    return { ok: false, problem: { line: null, reason: { kind: 'utf-16' } } };
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
