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
