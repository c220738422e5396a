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

/** The column of the note's words, found by its header so a new column elsewhere does not move the tests. */
const TEXT = notesTable(documentWith(['x'])).columns.findIndex((c) => c.header === 'Text');

describe('notes CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = writeNotesCsv(documentWith(['café, “quoted”']));
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks, and round-trips through a CSV reader', () => {
    const texts = ['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'tab\tinside'];
    const doc = documentWith(texts);
    const rows = parseCsv(writeNotesCsv(doc));
    expect(rows[0]).toEqual(notesTable(doc).columns.map((c) => c.header));
    expect(rows.slice(1).map((r) => r[TEXT])).toEqual(texts);
  });

  it('writes every line break in a cell as LF, as spreadsheets do, while records end in CRLF', () => {
    const csv = writeNotesCsv(documentWith(['crlf\r\ninside', 'lone\rCR', 'mixed\r\n\r\nparagraphs\n']));
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[TEXT]),
    ).toEqual(['crlf\ninside', 'lone\nCR', 'mixed\n\nparagraphs\n']);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('removes control characters a note should never hold, and keeps all other text as it is', () => {
    const nasty = 'NUL\u0000 ESC\u001b[2J\u001b]0;title\u0007 BEL\u0007 DEL\u007f C1\u009b31m VT\u000b FF\u000c end';
    const unicode = 'café – naïve “quotes” 日本語 مرحبا 👩🏽‍🌾 \u200f\u202eRTL\u202c e\u0301';
    const csv = writeNotesCsv(documentWith([nasty, unicode]));
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(csv)).toBe(false);
    const rows = parseCsv(csv);
    expect(rows[1]![TEXT]).toBe('NUL ESC[2J]0;title BEL DEL C131m VT FF end');
    expect(rows[2]![TEXT]).toBe(unicode);
  });

  it.each(['=1+1', '+1 613 555', '-2 degrees', '@SUM(A1)', '\tleading tab', '\nleading LF'])(
    'never leaves %j as a formula',
    (text) => {
      const rows = parseCsv(writeNotesCsv(documentWith([text])));
      expect(rows[1]![TEXT]).toBe(`'${text}`);
    },
  );

  it('never leaves a leading CR as a formula either: it becomes a line break, still prefixed', () => {
    expect(parseCsv(writeNotesCsv(documentWith(['\r=1+1'])))[1]![TEXT]).toBe("'\n=1+1");
  });

  it('leaves ordinary text untouched', () => {
    const rows = parseCsv(writeNotesCsv(documentWith(['A note = fine', 'email me@x.org'])));
    expect(rows.slice(1).map((r) => r[TEXT])).toEqual(['A note = fine', 'email me@x.org']);
  });

  it('lists a note linked to several themes with its home, its other themes and every theme it counts in', () => {
    const { snapshot, ids } = smallProject();
    const shelter = snapshot.notes[8]!; // home: Transit safety
    shelter.linkedThemeIds = [ids.lighting, ids.youthSpaces];
    const doc = buildFindingsDocument(planExport(liveSnapshot(snapshot), { matches: [] }), { now: NOW });
    const [header, ...rows] = parseCsv(writeNotesCsv(doc));
    const row = rows.find((r) => r[header!.indexOf('Note ID')] === shelter.id)!;
    expect(row[header!.indexOf('Theme')]).toBe('Transit safety');
    expect(row[header!.indexOf('Also in themes')]).toBe('Street lighting\nPlaces for youth');
    expect(row[header!.indexOf('Reported under')]).toBe('Transit safety\nStreet lighting\nPlaces for youth');
    const plain = rows.find((r) => r[header!.indexOf('Note ID')] === snapshot.notes[9]!.id)!;
    expect(plain[header!.indexOf('Also in themes')]).toBe('');
  });
});
