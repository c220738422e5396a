/**
 * Bytes → text for CSV files from the machines facilitators actually use: UTF-8 (with or without the BOM
 * Excel writes), Windows-1252 (Excel "CSV" on Windows) and Mac Roman (older Mac Office). Which one a file is in is
 * detected (detect.ts) unless the person says; UTF-16 is recognised and refused with "save it as UTF-8".
 * `createDecoder` decodes a piece at a time, for files of any size; `decodeText` decodes a whole file.
 */
import { createEncodingDetector } from './detect';
import { decodeWindows1252 } from './windows1252';
import type { CsvEncoding } from './types';

export { decodeWindows1252 } from './windows1252';

export { ENCODINGS, type CsvEncoding } from './types';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  /** How the encoding was settled, for messages such as "read as Mac Roman (detected)". */
  detected: boolean;
}

/** Accepts the names people type, e.g. "utf8", "cp1252", "latin1", "mac-roman". */
export function parseEncodingName(name: string): CsvEncoding | null {
  const key = name.trim().toLowerCase().replace(/[\s_]/g, '-');
  if (['utf-8', 'utf8', 'utf-8-bom', 'utf-8-sig'].includes(key)) return 'utf-8';
  if (['windows-1252', 'cp1252', 'win-1252', '1252', 'latin1', 'latin-1', 'iso-8859-1', 'ansi'].includes(key)) {
    return 'windows-1252';
  }
  if (['macintosh', 'mac-roman', 'macroman', 'mac', 'x-mac-roman'].includes(key)) return 'macintosh';
  return null;
}

export interface TextDecoding {
  /** The text of these bytes (a character split between two pieces comes out with the second). */
  decode(bytes: Uint8Array): string;
  end(): string;
}

/** A decoder for one encoding, fed a piece at a time; a UTF-8 byte-order mark at the start is dropped. */
export function createDecoder(encoding: CsvEncoding): TextDecoding {
  if (encoding === 'windows-1252') return { decode: decodeWindows1252, end: () => '' };
  // Bad UTF-8 bytes become U+FFFD rather than stopping the read: the person chose this encoding.
  const decoder = new TextDecoder(encoding);
  return { decode: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeText(bytes: Uint8Array, encoding?: CsvEncoding): DecodedText {
  let chosen = encoding;
  if (!chosen) {
    const detector = createEncodingDetector();
    detector.push(bytes);
    const guess = detector.finish();
    // UTF-16 is refused by the callers that read tables (readCsv); read here it is nothing but noise.
    chosen = guess.kind === 'encoding' ? guess.encoding : 'windows-1252';
  }
  const decoder = createDecoder(chosen);
  return { text: stripBom(decoder.decode(bytes) + decoder.end()), encoding: chosen, detected: !encoding };
}
