/**
 * The findings workbook (exceljs): Summary, Sessions, Notes, Themes, Coverage, Findings, Codebook; each with a
 * bold frozen header row, an autofilter, widths fitted to the content and wrapped long text.
 *
 * exceljs resolves to its Node build under Node and to its self-contained browser bundle (package.json "browser"
 * field) under Vite, so this one import serves the renderer, a worker, the CLI and the tests. Its type file has
 * no default export while both builds are CommonJS (`module.exports = ExcelJS`), hence the default import.
 * Text goes in as shared strings, which no spreadsheet evaluates: "=1+1" stays text without any prefix.
 */
import ExcelJS from 'exceljs';
import type { FindingsDocument } from '../findings/documentSchema';
import { translator, type Translator } from '../i18n/translate';
import { workbookTables, type Cell, type Table } from './tables';
import { cleanCellText, fitCell, xmlSafe } from './text';

const MIN_WIDTH = 8;
const MAX_WIDTH = 40;
const MAX_WRAPPED_WIDTH = 70;
/** Widths are fitted from the first rows only: enough to be representative, cheap on 10,000 notes. */
const WIDTH_SAMPLE_ROWS = 500;

function displayLength(value: Cell): number {
  if (typeof value === 'number') return String(value).length;
  let longest = 0;
  for (const line of value.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

function columnWidth(table: Table, column: number): number {
  const header = table.columns[column]!;
  let longest = header.header.length + 3; // room for the autofilter button
  for (let r = 0; r < Math.min(table.rows.length, WIDTH_SAMPLE_ROWS); r++) {
    longest = Math.max(longest, displayLength(table.rows[r]![column] ?? ''));
  }
  return Math.max(MIN_WIDTH, Math.min(header.wrap ? MAX_WRAPPED_WIDTH : MAX_WIDTH, longest + 2));
}

function cleanCell(value: Cell): Cell {
  return typeof value === 'number' ? value : fitCell(cleanCellText(value));
}

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** What the in-memory and the streaming writer (node/export/xlsxStream.ts) both do to a new sheet's rows. */
export interface SheetWriting {
  /** Called with each row once it holds its values and fills (the streaming writer commits it). */
  rowDone?(row: ExcelJS.Row): void | Promise<void>;
}

/** The sheet's options: the header row frozen. */
export function sheetOptions(): Partial<ExcelJS.AddWorksheetOptions> {
  return { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] };
}

/**
 * Fills a sheet with a table: fitted columns, a bold header row with an autofilter, cleaned cells and their fills.
 * Rows are added one at a time so a streaming sheet can write each one out and let it go.
 */
export async function fillSheet(sheet: ExcelJS.Worksheet, table: Table, writing: SheetWriting = {}): Promise<void> {
  sheet.columns = table.columns.map((column, i) => ({
    header: column.header,
    width: columnWidth(table, i),
    style: { alignment: { vertical: 'top', wrapText: column.wrap === true } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: false };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
  await writing.rowDone?.(header);
  for (let r = 0; r < table.rows.length; r++) {
    const row = sheet.addRow(table.rows[r]!.map(cleanCell));
    table.fills?.[r]?.forEach((fill, c) => {
      if (fill) row.getCell(c + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
    });
    await writing.rowDone?.(row);
  }
}

/** Fixed authorship: an export never carries the account name of the machine it was made on. */
export function setWorkbookProperties(workbook: ExcelJS.Workbook, doc: FindingsDocument): void {
  workbook.creator = doc.generator;
  workbook.lastModifiedBy = doc.generator;
  workbook.created = new Date(doc.generatedAt);
  workbook.modified = new Date(doc.generatedAt);
  workbook.title = xmlSafe(doc.project.name);
}

/** The workbook, its sheet names, headers and words in cells in the language of `tr`. */
export async function writeXlsx(doc: FindingsDocument, tr: Translator = translator()): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  setWorkbookProperties(workbook, doc);
  for (const table of workbookTables(doc, tr))
    await fillSheet(workbook.addWorksheet(table.name, sheetOptions()), table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
