/**
 * A chosen file's bytes → a table of text cells, or one message that says what is wrong and that nothing was
 * imported. CSV goes through shared/csv (encoding detection: UTF-8 with or without BOM, Windows-1252, Mac Roman;
 * strict parsing with line numbers); .xlsx through exceljs, loaded only when an .xlsx is chosen.
 */
import { describeProblem, readCsv, type CsvEncoding } from '../../shared/csv';
import { ImportFileError, type ImportTable } from './importTable';
import { readXlsxTable } from './xlsxTable';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

const NOTHING = 'Nothing was imported.';

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function extensionOf(name: string): string {
  return /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  options: { encoding?: CsvEncoding } = {},
): Promise<ImportTable> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    throw new ImportFileError(
      `“${fileName}” is ${mb} MB; Fieldnotes imports notes from files of up to ${MAX_IMPORT_BYTES / (1024 * 1024)} MB. ` +
        `${NOTHING} Split the file into smaller ones and import each.`,
    );
  }
  if (bytes.length === 0) throw new ImportFileError(`“${fileName}” is empty. ${NOTHING}`);
  const extension = extensionOf(fileName);
  let table: ImportTable;
  if (extension === 'xlsx' || (extension !== 'csv' && extension !== 'txt' && extension !== 'tsv' && isZip(bytes))) {
    table = await readXlsxTable(bytes, fileName);
  } else if (extension === 'xls') {
    throw new ImportFileError(
      `“${fileName}” is an old Excel file (.xls). ${NOTHING} Open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
    );
  } else {
    if (isZip(bytes)) {
      throw new ImportFileError(
        `“${fileName}” is a zip archive, not a CSV file. ${NOTHING} Choose a .csv or .xlsx file.`,
      );
    }
    const read = readCsv(bytes, options.encoding ? { encoding: options.encoding } : {});
    if (!read.ok)
      throw new ImportFileError(`“${fileName}” cannot be read: ${describeProblem(read.problem)}. ${NOTHING}`);
    table = {
      header: read.table.header.map((h) => h.trim()),
      rows: read.table.records,
      lines: read.table.lines,
      lineWord: 'line',
      source: { kind: 'csv', encoding: read.encoding, detected: read.encodingDetected },
      formulaResults: 0,
    };
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError(
      `“${fileName}” has ${table.rows.length.toLocaleString('en')} rows; one import takes at most ` +
        `${MAX_IMPORT_ROWS.toLocaleString('en')}. ${NOTHING} Split the file and import each part.`,
    );
  }
  if (table.header.every((h) => !h)) {
    throw new ImportFileError(`“${fileName}” has no header row (the first row names the columns). ${NOTHING}`);
  }
  return table;
}
