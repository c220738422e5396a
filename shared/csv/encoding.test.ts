import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, parseEncodingName } from './encoding';
import { encodeLegacy, LEGACY_TABLES } from './testing/legacyBytes';

const SAMPLES = [
  'café – naïve ‘quotes’',
  'id,text\n1,"Le marché ferme tôt, c’est dommage"\n2,Crème brûlée… “très” bien\n',
  'Ça va? Façade; señor Müller’s naïveté',
  'Price rose to £5 — “too much” for families',
  'Élodie said the crèche was closed',
];

describe('the test byte tables', () => {
  it('agree with TextDecoder for Mac Roman and for Windows-1252 above 0x9F', () => {
    for (const [encoding, table] of Object.entries(LEGACY_TABLES)) {
      const decoder = new TextDecoder(encoding);
      for (const [ch, byte] of Object.entries(table)) {
        if (encoding === 'windows-1252' && byte < 0xa0) continue;
        expect(decoder.decode(Uint8Array.of(byte))).toBe(ch);
      }
    }
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F as Windows-1252 does, not as Latin-1 as Node 20 TextDecoder does', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f))).toBe(
      '\u20ac\u2026\u2018\u2019\u201c\u201d\u2013\u2014\u2122\u0178',
    );
    expect(decodeWindows1252(Uint8Array.of(0x41, 0xe9, 0xff, 0x81))).toBe('Aéÿ\u0081');
  });

  it('decodes long input', () => {
    expect(decodeWindows1252(new Uint8Array(100_000).fill(0x96))).toBe('–'.repeat(100_000));
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(SAMPLES[0]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLES[0], encoding: 'utf-8', detected: true });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom)).toEqual({ text: SAMPLES[0], encoding: 'utf-8', detected: true });
  });

  it.each(SAMPLES)('detects Windows-1252 and Mac Roman for %j', (sample) => {
    expect(decodeText(encodeLegacy(sample, 'windows-1252'))).toMatchObject({ text: sample, encoding: 'windows-1252' });
    expect(decodeText(encodeLegacy(sample, 'macintosh'))).toMatchObject({ text: sample, encoding: 'macintosh' });
  });

  it('takes an explicit encoding over detection', () => {
    const bytes = encodeLegacy('naïve', 'macintosh');
    expect(decodeText(bytes, 'windows-1252')).toEqual({ text: 'na•ve', encoding: 'windows-1252', detected: false });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('a,b\n1,2'))).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('parseEncodingName', () => {
  it('accepts the usual spellings', () => {
    expect(parseEncodingName('UTF8')).toBe('utf-8');
    expect(parseEncodingName('cp1252')).toBe('windows-1252');
    expect(parseEncodingName('Mac Roman')).toBe('macintosh');
    expect(parseEncodingName('ebcdic')).toBeNull();
  });
});
