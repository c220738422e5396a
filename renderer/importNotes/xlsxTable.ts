/**
 * The first worksheet of an .xlsx as text cells. exceljs is loaded here, on demand (it is large). Every cell becomes
 * the text a person sees in it: a formula gives its stored result (it is never calculated), a date its
 * YYYY-MM-DD, rich text its plain text. A damaged or cut-short file is refused whole with a clear message.
 */
import type { CellValue } from 'exceljs';
import { msg } from '../ui/i18n';
import { ImportFileError, type ImportTable } from './importTable';

interface CellText {
  text: string;
  fromFormula: boolean;
}

function cellText(value: CellValue): CellText {
  if (value === null || value === undefined) return { text: '', fromFormula: false };
  if (typeof value === 'string') return { text: value, fromFormula: false };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value), fromFormula: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), fromFormula: false };
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), fromFormula: false };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: CellValue }).result;
      const inner = result === undefined ? { text: '' } : cellText(result);
      return { text: inner.text, fromFormula: true };
    }
    if ('error' in value) return { text: '', fromFormula: false };
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === 'string' ? { text, fromFormula: false } : cellText(text as CellValue);
    }
  }
  return { text: String(value), fromFormula: false };
}

export async function readXlsxTable(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants an ArrayBuffer of exactly the file.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(buffer);
  } catch {
    throw new ImportFileError(msg('importNotes.file.notWorkbook', { fileName }));
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ImportFileError(msg('importNotes.file.noRows', { fileName }));

  const width = sheet.columnCount;
  let formulaResults = 0;
  const readRow = (rowNumber: number): string[] => {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const { text, fromFormula } = cellText(row.getCell(c).value);
      if (fromFormula) formulaResults++;
      cells.push(text);
    }
    return cells;
  };
  // The header is the first row with anything in it; the rows after it are records, blank ones skipped.
  let headerRow = 1;
  while (headerRow <= sheet.rowCount && readRow(headerRow).every((c) => !c.trim())) headerRow++;
  const header = readRow(headerRow).map((h) => h.trim());
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const cells = readRow(r);
    if (cells.every((c) => !c.trim())) continue;
    rows.push(cells);
    lines.push(r);
  }
  return { header, rows, lines, lineWord: 'row', source: { kind: 'xlsx', sheet: sheet.name }, formulaResults };
}
