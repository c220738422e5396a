/**
 * A chosen file's bytes → a table of text cells, or one message that says what is wrong and that nothing was
 * imported. CSV goes through shared/csv (encoding detection: UTF-8 with or without BOM, Windows-1252, Mac Roman;
 * strict parsing with line numbers); .xlsx through exceljs, loaded only when an .xlsx is chosen.
 */
import { describeProblem, readCsv, type CsvEncoding } from '../../shared/csv';
import { translator } from '../../shared/i18n/translate';
import { msg, uiLocale } from '../ui/i18n';
import { ImportFileError, type ImportTable } from './importTable';
import { readXlsxTable } from './xlsxTable';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

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
    const mb = bytes.length / (1024 * 1024);
    throw new ImportFileError(msg('importNotes.file.tooBig', { fileName, mb, max: MAX_IMPORT_BYTES / (1024 * 1024) }));
  }
  if (bytes.length === 0) throw new ImportFileError(msg('importNotes.file.empty', { fileName }));
  const extension = extensionOf(fileName);
  let table: ImportTable;
  if (extension === 'xlsx' || (extension !== 'csv' && extension !== 'txt' && extension !== 'tsv' && isZip(bytes))) {
    table = await readXlsxTable(bytes, fileName);
  } else if (extension === 'xls') {
    throw new ImportFileError(msg('importNotes.file.xls', { fileName }));
  } else {
    if (isZip(bytes)) {
      throw new ImportFileError(msg('importNotes.file.zip', { fileName }));
    }
    const read = readCsv(bytes, options.encoding ? { encoding: options.encoding } : {});
    if (!read.ok)
      throw new ImportFileError(
        msg('importNotes.file.csvProblem', {
          fileName,
          problem: describeProblem(read.problem, translator(uiLocale())),
        }),
      );
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
      msg('importNotes.file.tooManyRows', { fileName, count: table.rows.length, max: MAX_IMPORT_ROWS }),
    );
  }
  if (table.header.every((h) => !h)) {
    throw new ImportFileError(msg('importNotes.file.noHeader', { fileName }));
  }
  return table;
}
