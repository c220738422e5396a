/**
 * What a file's non-ASCII text looks like in each encoding, so a person can see which reading is right and pick it
 * in one step (the app's note import): a few lines of the file that hold bytes outside ASCII, each cut to a short
 * stretch around the first such byte, decoded in every encoding. A file of plain ASCII reads the same in all of them
 * and has no samples.
 */
import { createDecoder, ENCODINGS, type CsvEncoding } from './encoding';

/** Short, readable names, for messages and choices. */
export const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  macintosh: 'Mac Roman',
};

/** Characters of context kept either side of the first non-ASCII byte of a line. */
const CONTEXT_BYTES = 36;
const LF = 0x0a;
const CR = 0x0d;

function isAscii(byte: number): boolean {
  return byte < 0x80;
}

/** The byte-ranges of up to `max` lines holding non-ASCII bytes, each cut at ASCII bytes around the first one. */
function sampleRanges(bytes: Uint8Array, max: number): [number, number][] {
  const ranges: [number, number][] = [];
  // A UTF-8 byte-order mark is not text: it would make every file look non-ASCII.
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && ranges.length < max) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    let first = -1;
    for (let i = start; i < end; i++) {
      if (!isAscii(bytes[i]!)) {
        first = i;
        break;
      }
    }
    if (first >= 0) {
      let from = Math.max(start, first - CONTEXT_BYTES);
      let to = Math.min(end, first + CONTEXT_BYTES);
      // Cut only before an ASCII byte, so no encoding sees half a character.
      while (from > start && !isAscii(bytes[from]!)) from--;
      while (to < end && !isAscii(bytes[to]!)) to++;
      if (to > from && bytes[to - 1] === CR) to--;
      ranges.push([from, to]);
    }
    start = end + 1;
  }
  return ranges;
}

export interface EncodingSample {
  encoding: CsvEncoding;
  /** The sample lines as this encoding reads them. */
  lines: string[];
}

/** Up to `max` sample lines in every encoding; empty lists when the file is plain ASCII. */
export function encodingSamples(bytes: Uint8Array, max = 3): EncodingSample[] {
  const ranges = sampleRanges(bytes, max);
  return ENCODINGS.map((encoding) => ({
    encoding,
    lines: ranges.map(([from, to]) => {
      const decoder = createDecoder(encoding);
      return (decoder.decode(bytes.subarray(from, to)) + decoder.end()).trim();
    }),
  }));
}
