import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { parseCsv } from '../../tests/support/tools';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { CSV_BOM, writeNotesCsv } from './csv';
import { notesTable } from './tables';

function documentWith(texts: string[]) {
  const { snapshot } = smallProject();
  const live = liveSnapshot(snapshot);
  live.notes = texts.map((text, i) => ({ ...live.notes[0]!, id: `n${i}`, text }));
  // No personal-information scan here: these tests are about the CSV encoding of exactly these texts.
  return buildFindingsDocument(planExport(live, { matches: [] }), { now: NOW });
}

describe('notes CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = writeNotesCsv(documentWith(['café, “quoted”']));
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks, and round-trips through a CSV reader', () => {
    const texts = ['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'crlf\r\ninside'];
    const doc = documentWith(texts);
    const rows = parseCsv(writeNotesCsv(doc));
    expect(rows[0]).toEqual(notesTable(doc).columns.map((c) => c.header));
    expect(rows.slice(1).map((r) => r[9])).toEqual(texts);
  });

  it.each(['=1+1', '+1 613 555', '-2 degrees', '@SUM(A1)', '\tleading tab', '\rleading CR'])(
    'never leaves %j as a formula',
    (text) => {
      const rows = parseCsv(writeNotesCsv(documentWith([text])));
      expect(rows[1]![9]).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text untouched', () => {
    const rows = parseCsv(writeNotesCsv(documentWith(['A note = fine', 'email me@x.org'])));
    expect(rows.slice(1).map((r) => r[9])).toEqual(['A note = fine', 'email me@x.org']);
  });
});
