/**
 * Test helper: encodes text as Windows-1252 or Mac Roman bytes (TextEncoder only writes UTF-8), so tests can make
 * the files a facilitator's old spreadsheet would. The tables are the decoders' own, inverted: every character the
 * encoding has, and no other.
 */
import { decodeWindows1252 } from '../windows1252';

function inverted(text: string): Record<string, number> {
  const table: Record<string, number> = {};
  for (let byte = 0x80; byte < 0x100; byte++) table[text[byte]!] ??= byte;
  return table;
}

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

export const LEGACY_TABLES = {
  'windows-1252': inverted(decodeWindows1252(ALL_BYTES)),
  macintosh: inverted(new TextDecoder('macintosh').decode(ALL_BYTES)),
} as const;

export function encodeLegacy(text: string, encoding: keyof typeof LEGACY_TABLES): Uint8Array {
  const table = LEGACY_TABLES[encoding];
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = table[ch];
    if (byte === undefined) throw new Error(`no ${encoding} byte for ${JSON.stringify(ch)}`);
    return byte;
  });
}
