/**
 * Test helper: encodes text as Windows-1252 or Mac Roman bytes from small hand tables (TextEncoder only
 * writes UTF-8), so tests can make the files a facilitator's old spreadsheet would. Tests check the tables
 * against TextDecoder, so a wrong entry cannot go unnoticed.
 */
// prettier-ignore
const WINDOWS_1252: Record<string, number> = {
  '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  É: 0xc9, Ç: 0xc7, à: 0xe0, â: 0xe2, ç: 0xe7, è: 0xe8, é: 0xe9, ê: 0xea, ë: 0xeb, î: 0xee, ï: 0xef, ñ: 0xf1, ô: 0xf4,
  ö: 0xf6, ù: 0xf9, û: 0xfb, ü: 0xfc, '£': 0xa3, '°': 0xb0,
};

// prettier-ignore
const MAC_ROMAN: Record<string, number> = {
  É: 0x83, Ç: 0x82, à: 0x88, â: 0x89, ç: 0x8d, é: 0x8e, è: 0x8f, ê: 0x90, ë: 0x91, î: 0x94, ï: 0x95, ñ: 0x96, ô: 0x99,
  ö: 0x9a, ù: 0x9d, û: 0x9e, ü: 0x9f, '•': 0xa5, '£': 0xa3, '°': 0xa1, '…': 0xc9, '–': 0xd0, '—': 0xd1,
  '“': 0xd2, '”': 0xd3, '‘': 0xd4, '’': 0xd5, '€': 0xdb,
};

export const LEGACY_TABLES = { 'windows-1252': WINDOWS_1252, macintosh: MAC_ROMAN } as const;

export function encodeLegacy(text: string, encoding: keyof typeof LEGACY_TABLES): Uint8Array {
  const table = LEGACY_TABLES[encoding];
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = table[ch];
    if (byte === undefined) throw new Error(`no ${encoding} byte for ${JSON.stringify(ch)} in the test table`);
    return byte;
  });
}
