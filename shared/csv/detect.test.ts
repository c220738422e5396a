import { describe, expect, it } from 'vitest';
import { describeProblem, readCsv } from './index';
import { createEncodingDetector, looksLikeUtf16, type EncodingGuess } from './detect';
import { encodeLegacy } from './testing/legacyBytes';
import { commentsExport, englishSurvey, LANGUAGES } from './testing/realisticExports';

const ENCODINGS = ['windows-1252', 'macintosh'] as const;

function detectInPieces(bytes: Uint8Array, size: number): EncodingGuess {
  const detector = createEncodingDetector();
  for (let at = 0; at < bytes.length; at += size) detector.push(bytes.subarray(at, at + size));
  return detector.finish();
}

describe('encoding detection on realistic exports', () => {
  it('reads the 481-answer survey saved by Excel on Windows as Windows-1252, not Mac Roman', () => {
    const text = englishSurvey();
    const bytes = encodeLegacy(text, 'windows-1252');
    // Its only non-ASCII bytes are curly quotes and the ellipsis: 0x85, 0x91–0x94.
    expect(new Set(bytes.filter((b) => b >= 0x80))).toEqual(new Set([0x85, 0x91, 0x92, 0x93, 0x94]));
    const read = readCsv(bytes);
    expect(read).toMatchObject({ ok: true, encoding: 'windows-1252', encodingDetected: true });
    if (!read.ok) return;
    expect(read.table.records).toHaveLength(481);
    const answers = read.table.records.map((r) => r[2]).join('\n');
    expect(answers).toContain('I don’t think the children’s programmes go far enough.');
    expect(answers).toContain('‘teaching methods’');
    expect(answers).not.toMatch(/[íëìîÖ]/);
  });

  it.each(ENCODINGS)('reads the same survey saved as %s as that encoding', (encoding) => {
    const text = englishSurvey();
    const read = readCsv(encodeLegacy(text, encoding));
    expect(read).toMatchObject({ ok: true, encoding });
  });

  const cases = LANGUAGES.flatMap((language) => ENCODINGS.map((encoding) => [language, encoding] as const));
  it.each(cases)('reads %s comments saved as %s as that encoding', (language, encoding) => {
    const text = commentsExport(language);
    const read = readCsv(encodeLegacy(text, encoding));
    expect(read).toMatchObject({ ok: true, encoding });
    if (read.ok) expect(read.table.records.map((r) => r[1])).toEqual(text.trim().split('\r\n').slice(1).map(cellOf));
  });

  it.each(cases)('reads a short %s %s file of five comments the same way', (language, encoding) => {
    expect(readCsv(encodeLegacy(commentsExport(language, 5), encoding))).toMatchObject({ ok: true, encoding });
  });

  it('gives the same answer whatever size the pieces are read in', () => {
    for (const encoding of ENCODINGS) {
      const bytes = encodeLegacy(englishSurvey(), encoding);
      for (const size of [1, 2, 3, 7, 4096]) {
        expect(detectInPieces(bytes, size)).toEqual({ kind: 'encoding', encoding, bom: false });
      }
    }
    const utf8 = new TextEncoder().encode(commentsExport('german'));
    // A two-byte UTF-8 character split between pieces is still UTF-8.
    expect(detectInPieces(utf8, 1)).toEqual({ kind: 'encoding', encoding: 'utf-8', bom: false });
  });
});

function cellOf(line: string): string {
  const value = line.slice(line.indexOf(',') + 1);
  return value.startsWith('"') ? value.slice(1, -1).replace(/""/g, '"') : value;
}

describe('UTF-16', () => {
  const text = 'id,comment\r\n1,Lighting on the path – it’s dark\r\n2,Café hours\r\n';
  function utf16(le: boolean, bom: boolean): Uint8Array {
    const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (const unit of Array.from(text, (c) => c.charCodeAt(0))) {
      const [lo, hi] = [unit & 0xff, unit >> 8];
      out.push(...(le ? [lo, hi] : [hi, lo]));
    }
    return Uint8Array.from(out);
  }

  it.each([
    ['little-endian with a BOM (Excel “Unicode text”)', true, true],
    ['big-endian with a BOM', false, true],
    ['little-endian without a BOM', true, false],
    ['big-endian without a BOM', false, false],
  ])('is recognised, %s, and refused with “save it as UTF-8”', (_name, le, bom) => {
    const bytes = utf16(le, bom);
    expect(looksLikeUtf16(bytes)).toBe(true);
    expect(detectInPieces(bytes, 5)).toEqual({ kind: 'utf-16' });
    const read = readCsv(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(describeProblem(read.problem)).toMatch(/saved as UTF-16.*save it as UTF-8/);
    // Even when the person named another encoding.
    expect(readCsv(bytes, { encoding: 'windows-1252' }).ok).toBe(false);
  });

  it('is not confused with a text that has a few NUL bytes, or with plain text', () => {
    expect(looksLikeUtf16(new TextEncoder().encode(text))).toBe(false);
    const junk = new TextEncoder().encode(text);
    junk[5] = 0;
    junk[17] = 0;
    expect(looksLikeUtf16(junk)).toBe(false);
  });
});
