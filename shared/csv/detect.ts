/**
 * Which encoding a CSV file is in, from its bytes, a piece at a time (so a file of any size is sniffed in bounded
 * memory). A UTF-8 byte-order mark, or bytes that are valid UTF-8, settle it. A UTF-16 file (byte-order mark, or the
 * NUL bytes every other byte that Latin text in UTF-16 has) is recognised so the person can be told to save it as
 * UTF-8. Otherwise the file is read both as Windows-1252 and as Mac Roman, and each reading is scored on how much
 * it looks like what people type (`scoreCharacter`); Windows-1252 wins a tie, being by far the commoner.
 *
 * The score weighs what real files hold. The commonest non-UTF-8 CSV is an English export from Windows whose only
 * non-ASCII bytes are curly quotes, dashes and an ellipsis; read as Mac Roman those same bytes are accented
 * lowercase letters ("don’t" → "donít", "‘teaching" → "ëteaching", "…" → "Ö"). So a curly apostrophe inside a word,
 * before the letters English contractions and possessives continue with ('s 't 'd 'm 'll 're 've), counts for more
 * than an accented letter between two letters, and quotes, dashes and ellipses count where they sit as punctuation
 * does; symbols inside a word and a capital right after a small letter count against a reading.
 */
import type { CsvEncoding } from './types';
import { decodeWindows1252 } from './windows1252';

export type EncodingGuess = { kind: 'encoding'; encoding: CsvEncoding; bom: boolean } | { kind: 'utf-16' };

export interface EncodingDetector {
  push(bytes: Uint8Array): void;
  finish(): EncodingGuess;
}

/** What a byte is in one single-byte encoding, precomputed for all 256. */
interface ByteClass {
  ch: string;
  letter: boolean;
  lower: boolean;
  upper: boolean;
  /** White space or punctuation that stands between words (for where a quote mark sits). */
  boundary: boolean;
  digit: boolean;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** Punctuation and symbols that turn up in typed notes. */
const COMMON_MARKS = new Set('•€£¥©®™°«»·½¼¾×±§¶¢\u00a0');
/** Letters that one encoding's bytes produce when misread as the other, and that real notes rarely contain. */
const RARE_LETTERS = new Set('ƒıﬁﬂªºŸÿŠšŽžÐðÞþ');
/** What follows the apostrophe of an English contraction or possessive: n’t, it’s, I’d, I’m, we’ll, you’re, I’ve. */
const CONTRACTION_NEXT = new Set('stdmlrvSTDMLRV');

function classify(chars: string): ByteClass[] {
  return Array.from(chars, (ch) => ({
    ch,
    letter: LETTER.test(ch),
    lower: LOWER.test(ch),
    upper: UPPER.test(ch),
    boundary: /[\s"',;:()[\]]/.test(ch),
    digit: ch >= '0' && ch <= '9',
  }));
}

let tables: { windows: ByteClass[]; mac: ByteClass[] } | null = null;
function byteTables() {
  if (!tables) {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    tables = {
      windows: classify(decodeWindows1252(all)),
      mac: classify(new TextDecoder('macintosh').decode(all)),
    };
  }
  return tables;
}

/** How typical `c` is between `before` and `after` in typed text: positive for likely, negative for garbled. */
export function scoreCharacter(c: ByteClass, before: ByteClass, after: ByteClass): number {
  const code = c.ch.charCodeAt(0);
  if (code <= 0x9f || code === 0xfffd) return -10;
  const inWord = before.letter && after.letter;
  switch (c.ch) {
    case '’':
      if (inWord) return CONTRACTION_NEXT.has(after.ch) ? 4 : 2;
      if (before.letter) return before.ch === 's' ? 2 : 1;
      return 0.5;
    case '‘':
      return !before.letter && (after.letter || after.digit) ? 2 : 0.5;
    case '“':
      return !before.letter && !after.boundary ? 2 : 0.5;
    case '”':
      return !before.boundary && !after.letter ? 2 : 0.5;
    case '…':
      return 2;
    case '–':
    case '—':
      return before.boundary && after.boundary ? 2 : inWord ? 0 : 1;
  }
  if (RARE_LETTERS.has(c.ch)) return inWord ? -3 : -1;
  if (c.lower) return (before.letter ? 1 : 0) + (after.letter ? 1 : 0);
  if (c.upper) return before.lower ? -3 : after.lower ? 0.5 : 0;
  if (COMMON_MARKS.has(c.ch)) return inWord ? -2 : 1;
  return inWord ? -3 : -1;
}

/** Bytes looked at for a byte-order mark and for UTF-16's NUL pattern. */
const HEAD_BYTES = 4096;

/** UTF-16 by its byte-order mark, or by NUL bytes at every other place (Latin text in UTF-16), in the file's head. */
export function looksLikeUtf16(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return true;
  }
  const pairs = Math.floor(Math.min(head.length, HEAD_BYTES) / 2);
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const [more, fewer] = even > odd ? [even, odd] : [odd, even];
  return more >= pairs * 0.3 && fewer <= pairs * 0.05;
}

export function createEncodingDetector(): EncodingDetector {
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = true;
  let windows = 0;
  let mac = 0;
  // The score of a byte needs the byte after it: each byte is scored when the next one arrives.
  let last = -1;
  let beforeLast = 0x20;
  const score = (byte: number, before: number, after: number) => {
    const t = byteTables();
    windows += scoreCharacter(t.windows[byte]!, t.windows[before]!, t.windows[after]!);
    mac += scoreCharacter(t.mac[byte]!, t.mac[before]!, t.mac[after]!);
  };
  return {
    push(bytes) {
      if (headLength < HEAD_BYTES) {
        const take = bytes.subarray(0, HEAD_BYTES - headLength);
        head.set(take, headLength);
        headLength += take.length;
      }
      if (validUtf8) {
        try {
          utf8.decode(bytes, { stream: true });
        } catch {
          validUtf8 = false;
        }
      }
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i]!;
        if (last >= 0x80) score(last, beforeLast, byte);
        beforeLast = last < 0 ? 0x20 : last;
        last = byte;
      }
    },
    finish() {
      const start = head.subarray(0, headLength);
      if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) {
        return { kind: 'encoding', encoding: 'utf-8', bom: true };
      }
      if (looksLikeUtf16(start)) return { kind: 'utf-16' };
      if (validUtf8) {
        try {
          utf8.decode();
        } catch {
          validUtf8 = false;
        }
      }
      if (validUtf8) return { kind: 'encoding', encoding: 'utf-8', bom: false };
      if (last >= 0x80) score(last, beforeLast, 0x20);
      last = -1;
      return { kind: 'encoding', encoding: mac > windows ? 'macintosh' : 'windows-1252', bom: false };
    },
  };
}
