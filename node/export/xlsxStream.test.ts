/**
 * The streamed workbook (the CLI's export) holds what the in-memory one holds, cell by cell with the same styles,
 * and LibreOffice reads it back to the tables it was made from.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
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
import { buildFindingsDocument } from '../../shared/findings/document';
import { liveSnapshot } from '../../shared/findings/snapshot';
import { planExport } from '../../shared/privacy/plan';
import { workbookTables } from '../../shared/export/tables';
import { fitCell, xmlSafe } from '../../shared/export/text';
import { writeXlsx } from '../../shared/export/xlsx';
import { streamXlsx } from './xlsxStream';

function makeDocument() {
  const live = liveSnapshot(smallProject().snapshot);
  live.notes.push({ ...live.notes[0]!, id: 'long-note', text: `Long ${'x'.repeat(40_000)}` });
  live.notes.push({ ...live.notes[0]!, id: 'control-note', text: 'bell\u0007 here' });
  // More rows than the writer writes between pauses.
  for (let i = 0; i < 1200; i++) live.notes.push({ ...live.notes[1]!, id: `copy-${i}`, text: `Copy ${i}` });
  return buildFindingsDocument(planExport(live, { scan: { names: false } }), { now: NOW, level: 'master' });
}

const doc = makeDocument();
const tables = workbookTables(doc);

async function streamedBytes(): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of streamXlsx(doc)) pieces.push(piece);
  return new Uint8Array(Buffer.concat(pieces));
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the streamed workbook', () => {
  let streamed: ExcelJS.Workbook;
  let whole: ExcelJS.Workbook;
  beforeAll(async () => {
    streamed = await load(await streamedBytes());
    whole = await load(await writeXlsx(doc));
    // Two workbooks of 1,200 rows made and read back: seconds, more on a busy machine than the default hook allows.
  }, 60_000);

  it('holds the in-memory workbook’s sheets, cells, widths, styles, fills, views and filters', () => {
    expect(streamed.worksheets.map((s) => s.name)).toEqual(whole.worksheets.map((s) => s.name));
    for (const sheet of whole.worksheets) {
      const other = streamed.getWorksheet(sheet.name)!;
      expect(other.rowCount, sheet.name).toBe(sheet.rowCount);
      expect(other.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(other.autoFilter, sheet.name).toEqual(sheet.autoFilter);
      expect(other.columns.map((c) => c.width)).toEqual(sheet.columns.map((c) => c.width));
      expect(other.getRow(1).font?.bold).toBe(true);
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        const got = other.getRow(r);
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const where = `${sheet.name}!R${r}C${c}`;
          expect(got.getCell(c).value, where).toEqual(cell.value);
          expect(got.getCell(c).type, where).toBe(cell.type);
          expect(got.getCell(c).fill, where).toEqual(cell.fill);
          expect(got.getCell(c).alignment?.wrapText ?? false, where).toBe(cell.alignment?.wrapText ?? false);
        });
      });
    }
    expect(streamed.creator).toBe('Fieldnotes');
    expect(streamed.lastModifiedBy).toBe('Fieldnotes');
  });
});

describe.skipIf(sofficeStatus.skipReason !== null)(
  `the streamed workbook read by LibreOffice ${sofficeStatus.skipReason ?? ''}`,
  () => {
    const dir = tempDir('xlsx-stream');
    const file = joinPath(dir.path, 'findings.xlsx');
    beforeAll(async () => {
      writeFile(file, await streamedBytes());
      convertWithLibreOffice([file], CSV_ALL_SHEETS, dir.path);
    }, 120_000);
    afterAll(() => dir.remove());

    it('gives back every sheet’s headers and cells', () => {
      for (const table of tables) {
        const rows = parseCsv(readText(sheetCsvPath(dir.path, file, table.name)));
        expect(rows[0], table.name).toEqual(table.columns.map((c) => c.header));
        expect(rows.length - 1, table.name).toBe(table.rows.length);
        table.rows.forEach((row, r) =>
          row.forEach((value, c) => {
            const want = typeof value === 'number' ? String(value) : xmlSafe(fitCell(value));
            expect(rows[r + 1]![c]!.replace(/\n/g, ''), `${table.name} R${r + 2}C${c + 1}`).toBe(
              want.replace(/\n/g, ''),
            );
          }),
        );
      }
    });
  },
);
