import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, SECRET, smallProject } from '../../tests/support/fixtures';
import {
  CSV_ALL_SHEETS,
  convertWithLibreOffice,
  joinPath,
  parseCsv,
  readText,
  sheetCsvPath,
  sofficeStatus,
  tempDir,
  writeFile,
} from '../../tests/support/tools';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { workbookTables, type Table } from './tables';
import { XLSX_CELL_LIMIT, fitCell, xmlSafe } from './text';
import { writeXlsx } from './xlsx';

function makeDocument() {
  const { snapshot, ids } = smallProject();
  const live = liveSnapshot(snapshot);
  // A note longer than Excel allows in a cell, and one with a control character that XML cannot carry.
  live.notes.push({ ...live.notes[0]!, id: 'long-note', text: `Long ${'x'.repeat(40_000)}` });
  live.notes.push({ ...live.notes[0]!, id: 'control-note', text: 'bell\u0007 here' });
  return {
    doc: buildFindingsDocument(planExport(live, { scan: { names: false } }), { now: NOW, level: 'master' }),
    ids,
  };
}

const { doc, ids } = makeDocument();
const tables = workbookTables(doc);

describe('xlsx export (exceljs read-back)', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(doc)) as unknown as ArrayBuffer);
  });

  it('has the seven sheets in order, each with a bold frozen header and an autofilter over the table', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Sessions',
      'Notes',
      'Themes',
      'Coverage',
      'Findings',
      'Action plan',
      'Codebook',
    ]);
    for (const sheet of workbook.worksheets) {
      const table = tables.find((t) => t.name === sheet.name)!;
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.rowCount).toBe(table.rows.length + 1);
      for (const column of sheet.columns) expect(column.width).toBeGreaterThanOrEqual(8);
    }
  });

  it('wraps long text and keeps formula-looking text as text', () => {
    const notes = workbook.getWorksheet('Notes')!;
    const textColumn = tables.find((t) => t.name === 'Notes')!.columns.findIndex((c) => c.header === 'Text') + 1;
    const row = doc.notes.findIndex((n) => n.id === ids.formulaNote) + 2;
    const cell = notes.getCell(row, textColumn);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","click") is what someone typed');
    expect(cell.alignment?.wrapText).toBe(true);
  });

  it('cuts a cell at Excel’s limit and strips characters XML cannot carry', () => {
    const notes = workbook.getWorksheet('Notes')!;
    const textColumn = tables.find((t) => t.name === 'Notes')!.columns.findIndex((c) => c.header === 'Text') + 1;
    const long = String(notes.getCell(doc.notes.findIndex((n) => n.id === 'long-note') + 2, textColumn).value);
    expect(long.length).toBe(XLSX_CELL_LIMIT);
    expect(long).toMatch(/full text is in the JSON export\]$/);
    expect(notes.getCell(doc.notes.findIndex((n) => n.id === 'control-note') + 2, textColumn).value).toBe('bell here');
  });

  it('shades the coverage heat map and marks gaps', () => {
    const coverage = workbook.getWorksheet('Coverage')!;
    const fill = coverage.getCell(2, 2).fill as ExcelJS.FillPattern;
    expect(fill.pattern).toBe('solid');
    expect(String(coverage.getRow(1).getCell(4).value)).toMatch(/no session yet/);
  });

  it('names no account: authorship is the app', () => {
    expect(workbook.creator).toBe('Fieldnotes');
    expect(workbook.lastModifiedBy).toBe('Fieldnotes');
  });
});

function expectedCsvCell(value: string | number): string {
  return typeof value === 'number' ? String(value) : xmlSafe(value);
}

describe.skipIf(sofficeStatus.skipReason !== null)(
  `xlsx export read by LibreOffice ${sofficeStatus.skipReason ?? ''}`,
  () => {
    const dir = tempDir('xlsx');
    const file = joinPath(dir.path, 'findings.xlsx');
    beforeAll(async () => {
      writeFile(file, await writeXlsx(doc));
      convertWithLibreOffice([file], CSV_ALL_SHEETS, dir.path);
    }, 120_000);
    afterAll(() => dir.remove());

    it.each(tables.map((t) => [t.name, t] as [string, Table]))(
      'sheet %s has the headers, row count and cells we wrote',
      (name, table) => {
        const rows = parseCsv(readText(sheetCsvPath(dir.path, file, name)));
        expect(rows[0]).toEqual(table.columns.map((c) => c.header));
        expect(rows.length - 1).toBe(table.rows.length);
        table.rows.forEach((row, r) => {
          const got = rows[r + 1]!;
          row.forEach((value, c) => {
            const where = `${name} row ${r + 2} column ${c + 1}`;
            if (typeof value === 'string' && value.length > XLSX_CELL_LIMIT) {
              // A cut cell: LibreOffice adds a line break of its own inside a cell this long, so compare without them.
              expect(got[c]!.replace(/\n/g, ''), where).toBe(fitCell(value).replace(/\n/g, ''));
            } else expect(got[c], where).toBe(expectedCsvCell(value));
          });
        });
      },
    );

    it('shows formula-looking text as text, not as a computed value', () => {
      const rows = parseCsv(readText(sheetCsvPath(dir.path, file, 'Notes')));
      const texts = rows.map((r) => r[rows[0]!.indexOf('Text')]);
      expect(texts).toContain('=HYPERLINK("http://evil.example","click") is what someone typed');
      expect(texts).not.toContain('click');
    });

    it('never quotes the do-not-quote note in the Themes or Findings quote columns', () => {
      for (const sheet of ['Themes', 'Findings']) {
        const rows = parseCsv(readText(sheetCsvPath(dir.path, file, sheet)));
        const quoteColumn = rows[0]!.indexOf('Representative quotes');
        expect(rows.slice(1).some((r) => r[quoteColumn]!.length > 0)).toBe(true);
        for (const row of rows.slice(1)) expect(row[quoteColumn]).not.toContain(SECRET.doNotQuote);
      }
    });
  },
);

describe('xlsx export of a note in several themes', () => {
  it('shows the note’s other themes on the Notes sheet and counts it in each theme on the Themes sheet', async () => {
    const { snapshot, ids } = smallProject();
    const shelter = snapshot.notes[8]!; // home: Transit safety
    shelter.linkedThemeIds = [ids.lighting];
    const linked = buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), { now: NOW });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(linked)) as unknown as ArrayBuffer);
    const notes = book.getWorksheet('Notes')!;
    const header = (sheet: ExcelJS.Worksheet, name: string) =>
      (sheet.getRow(1).values as unknown[]).findIndex((v) => v === name);
    const row = notes.getRow(linked.notes.findIndex((n) => n.id === shelter.id) + 2);
    expect(row.getCell(header(notes, 'Theme')).value).toBe('Transit safety');
    expect(row.getCell(header(notes, 'Also in themes')).value).toBe('Street lighting');
    expect(row.getCell(header(notes, 'Reported under')).value).toBe('Transit safety\nStreet lighting');
    const themes = book.getWorksheet('Themes')!;
    const lighting = themes.getRow(linked.ranking.findIndex((r) => r.themeId === ids.lighting) + 2);
    expect(lighting.getCell(header(themes, 'Notes')).value).toBe(5);
  });
});
