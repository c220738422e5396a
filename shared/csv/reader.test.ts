import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from './parse';
import { createCsvReader, CsvProblemError, type CsvRecord } from './reader';

/** Reads `text` cut into pieces at `cuts`, as a file read in chunks would be. */
function readInPieces(text: string, cuts: number[]) {
  const reader = createCsvReader();
  const records: CsvRecord[] = [];
  let from = 0;
  try {
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
      records.push(...reader.push(text.slice(from, cut)));
      from = cut;
    }
    records.push(...reader.push(text.slice(from)), ...reader.end());
  } catch (error) {
    if (error instanceof CsvProblemError) return { ok: false as const, problem: error.problem };
    throw error;
  }
  const [header, ...rest] = records;
  return {
    ok: true as const,
    table: {
      header: header!.fields,
      records: rest.map((r) => r.fields),
      lines: rest.map((r) => r.line),
      delimiter: reader.delimiter!,
    },
  };
}

/** CSV-ish text from the characters that matter to a parser, valid or not. */
const csvText = fc.string({
  unit: fc.constantFrom('a', 'é', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', 'x,y', '"q"', '\u000b', '\u0001'),
  maxLength: 80,
});

describe('createCsvReader', () => {
  it('reads a text cut anywhere exactly as it reads it whole: records, lines, delimiter and problems', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 12 }), (text, rawCuts) => {
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        expect(readInPieces(text, cuts)).toEqual(parseCsvText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts between the two quotes of a doubled quote and inside CRLF', () => {
    const text = 'id,text\r\n1,"say ""hi"""\r\n2,"a\r\nb"\r\n';
    for (let cut = 0; cut <= text.length; cut++) expect(readInPieces(text, [cut])).toEqual(parseCsvText(text));
    expect(parseCsvText(text)).toMatchObject({
      ok: true,
      table: {
        records: [
          ['1', 'say "hi"'],
          ['2', 'a\r\nb'],
        ],
        lines: [2, 3],
      },
    });
  });

  it('hands records over as they complete, not at the end', () => {
    const reader = createCsvReader();
    expect(reader.push('id,text\n1,one\n2,tw')).toEqual([
      { fields: ['id', 'text'], line: 1 },
      { fields: ['1', 'one'], line: 2 },
    ]);
    expect(reader.push('o\n3,"thr')).toEqual([{ fields: ['2', 'two'], line: 3 }]);
    expect(reader.push('ee"')).toEqual([]);
    expect(reader.end()).toEqual([{ fields: ['3', 'three'], line: 4 }]);
  });

  it('stops at a NUL at once, naming its line', () => {
    const reader = createCsvReader();
    reader.push('id,text\n1,fine\n');
    expect(() => reader.push('2,\u0000PNG')).toThrow('line 3: unexpected control character U+0000');
  });
});
