/**
 * Bytes → text for CSV files from the machines facilitators actually use: UTF-8 (with or without the BOM
 * Excel writes), Windows-1252 (Excel "CSV" on Windows) and Mac Roman (older Mac Office). A UTF-8 BOM or a
 * strict UTF-8 decode that succeeds settles it; otherwise the two single-byte readings are scored on how
 * plausible the text they give is, and Windows-1252 wins ties as by far the commoner.
 */

export const ENCODINGS = ['utf-8', 'windows-1252', 'macintosh'] as const;
export type CsvEncoding = (typeof ENCODINGS)[number];

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

export function decodeText(bytes: Uint8Array, encoding?: CsvEncoding): DecodedText {
  if (encoding) return { text: stripBom(decodeWith(encoding, bytes)), encoding, detected: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: stripBom(new TextDecoder('utf-8').decode(bytes)), encoding: 'utf-8', detected: true };
  }
  try {
    return {
      text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
      encoding: 'utf-8',
      detected: true,
    };
  } catch {
    // Not UTF-8: one of the single-byte encodings.
  }
  const windows = decodeWindows1252(bytes);
  const mac = decodeWith('macintosh', bytes);
  return plausibility(mac) > plausibility(windows)
    ? { text: mac, encoding: 'macintosh', detected: true }
    : { text: windows, encoding: 'windows-1252', detected: true };
}

function decodeWith(encoding: CsvEncoding, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F; every other byte is its own code point. Decoded here rather
 * than by TextDecoder because Node ≥ 20.18.3 decodes "windows-1252" as Latin-1 (nodejs/node#56542, #60888),
 * turning curly quotes and dashes into control codes; browsers and Electron are right, Node's CLI is not.
 */
// prettier-ignore
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** Punctuation and symbols that turn up in typed notes. */
const COMMON_MARKS = new Set('‘’“”„–—…•€£¥©®™°«»·½¼¾×±§¶¢\u00a0');
/** Letters that one encoding's bytes produce when misread as the other, and that real notes rarely contain. */
const RARE_LETTERS = new Set('ƒıﬁﬂªºŸÿŠšŽžÐðÞþ');

/**
 * Scores the non-ASCII characters of a decoding: accented letters inside words (one point per letter
 * beside them, so "tooî" scores less than "naïve") and common typographic marks count for it; C1 control codes, rare symbols and an upper-case letter straight after a lower-case one
 * ("cafÈ", the Mac Roman "é" read as Windows-1252 or the reverse) count against it.
 */
function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const ch = text[i]!;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (code <= 0x9f || code === 0xfffd) score -= 10;
    else if (RARE_LETTERS.has(ch)) score -= 1;
    else if (LOWER.test(ch)) score += (LETTER.test(before) ? 1 : 0) + (LETTER.test(after) ? 1 : 0);
    else if (UPPER.test(ch)) score += LOWER.test(before) ? -3 : LOWER.test(after) ? 0.5 : 0;
    else if (COMMON_MARKS.has(ch)) score += 1;
    else score -= 1;
  }
  return score;
}
