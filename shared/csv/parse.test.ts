import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, findColumn } from './index';
import { describeProblem, detectDelimiter, parseCsvText, type CsvParse } from './parse';
import { formatCsv } from './write';
import { translator } from '../i18n/translate';

function problem(result: CsvParse): string {
  if (result.ok) throw new Error('expected a problem');
  return describeProblem(result.problem);
}

describe('parseCsvText', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and numbers lines', () => {
    const text = 'id,text\r\n1,"Parking, again"\r\n2,"She said ""no""\r\nthen left"\r\n\r\n3,plain\r\n';
    const result = parseCsvText(text);
    expect(result).toEqual({
      ok: true,
      table: {
        header: ['id', 'text'],
        records: [
          ['1', 'Parking, again'],
          ['2', 'She said "no"\r\nthen left'],
          ['3', 'plain'],
        ],
        lines: [2, 3, 6],
        delimiter: ',',
      },
    });
  });

  it('accepts LF and lone CR line ends and a missing final line end', () => {
    const lf = parseCsvText('a,b\n1,2\n3,4');
    const cr = parseCsvText('a,b\r1,2\r3,4');
    for (const result of [lf, cr]) {
      expect(result.ok && result.table.records).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
      expect(result.ok && result.table.lines).toEqual([2, 3]);
    }
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    const result = parseCsvText('a,b\n5" screen,ok\n');
    expect(result.ok && result.table.records).toEqual([['5" screen', 'ok']]);
  });

  it('names the line of an unterminated quoted field', () => {
    const text = 'id,text\n1,fine\n2,"starts here\nand never\nends\n';
    expect(problem(parseCsvText(text))).toBe('line 3: unterminated quoted field');
  });

  it('names the line with the wrong number of fields, after multi-line records', () => {
    const text = 'id,text,kind,votes\n1,"two\nlines",x,1\n2,b,c,d,e,f\n';
    expect(problem(parseCsvText(text))).toBe('line 4: expected 4 fields, found 6');
  });

  it('refuses text after a closing quote', () => {
    expect(problem(parseCsvText('a,b\n"x"y,2\n'))).toBe('line 2: unexpected "y" after a closing quote');
  });

  it('refuses empty files and binary data', () => {
    expect(problem(parseCsvText(''))).toBe('the file is empty');
    expect(problem(parseCsvText('\r\n \n'))).toBe('the file is empty');
    expect(problem(parseCsvText('a,b\n1,2\n\u0000\u0001PNG'))).toMatch(/^line 3: unexpected control character U\+0000/);
  });

  it('tolerates a vertical tab, as Excel writes for a line break inside a cell', () => {
    expect(parseCsvText('a\n"one\u000btwo"\n').ok).toBe(true);
  });

  it('detects semicolons and tabs as delimiters', () => {
    expect(detectDelimiter('id;text;"a,b"\n1;2;3')).toBe(';');
    expect(detectDelimiter('id\ttext\n1\t2')).toBe('\t');
    expect(detectDelimiter('text\nhello')).toBe(',');
    const result = parseCsvText('id;text\n1;"a;b"\n');
    expect(result.ok && result.table.records).toEqual([['1', 'a;b']]);
  });
});

describe('formatCsv', () => {
  it('quotes only what needs quoting', () => {
    expect(
      formatCsv([
        ['id', 'cluster'],
        ['1', 'parking · car'],
        ['2', 'a, "b"'],
        ['3', ' x'],
      ]),
    ).toBe('id,cluster\r\n1,parking · car\r\n2,"a, ""b"""\r\n3," x"\r\n');
  });

  it('round-trips through the parser', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', ' ', '\t', '’', 'x') });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
      );
    fc.assert(
      fc.property(table, (rows) => {
        // Line breaks come back as LF, the one form a cell holds them in.
        const cleaned = rows.map((row) => row.map((field) => field.replace(/\r\n?/g, '\n')));
        fc.pre(!(cleaned[0]!.length === 1 && cleaned[0]![0]!.trim() === '' && cleaned.length === 1));
        const result = parseCsvText(formatCsv(rows), ',');
        expect(result.ok).toBe(true);
        if (result.ok) expect([result.table.header, ...result.table.records]).toEqual(cleaned);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCsv', () => {
  it('decodes then parses, and reports the encoding it used', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Text,ID\nCafé,1\n')]);
    const result = readCsv(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', table: { header: ['Text', 'ID'] } });
    expect(result.ok && findColumn(result.table.header, 'id')).toBe(1);
    expect(result.ok && findColumn(result.table.header, 'missing')).toBe(-1);
  });
});

describe('the problems in French', () => {
  const fr = translator('fr-CA');
  const inFrench = (result: CsvParse) => {
    if (result.ok) throw new Error('expected a problem');
    return describeProblem(result.problem, fr);
  };

  it('names the line and says what is wrong the French way', () => {
    expect(inFrench(parseCsvText('a,b\n"x\n'))).toBe('ligne 2\u00a0: champ entre guillemets non terminé');
    expect(inFrench(parseCsvText('a,b,c,d\n1,2,3,4\n1,2,3,4\n1,2,3,4,5,6\n'))).toBe(
      'ligne 4\u00a0: 4 champs attendus, 6 trouvés',
    );
    expect(inFrench(parseCsvText('a,b\n"x"y,2\n'))).toBe(
      'ligne 2\u00a0: «\u00a0y\u00a0» inattendu après un guillemet fermant',
    );
    expect(inFrench(parseCsvText(''))).toBe('le fichier est vide');
  });

  it('refuses a UTF-16 file in French, telling how to save it', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    const read = readCsv(utf16);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(describeProblem(read.problem, fr)).toMatch(
        /^le fichier est enregistré en UTF-16 .* enregistrez-le en UTF-8/,
      );
  });
});
