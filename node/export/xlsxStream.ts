/**
 * The findings workbook written as a stream (exceljs's streaming WorkbookWriter), for exports of any size from the
 * CLI: each row is written out and let go as soon as it is made, so memory holds one row of the sheet, not the
 * sheet. The sheets, columns, styles and cleaning are the in-memory writer's (shared/export/xlsx.ts); only how the
 * bytes leave differs. Node only (the writer needs Node streams).
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import { translator, type Translator } from '../../shared/i18n/translate';
import { workbookTables } from '../../shared/export/tables';
import { fillSheet, setWorkbookProperties, sheetOptions } from '../../shared/export/xlsx';

/** Rows written between pauses that let the file writer take what the zip has made. */
const ROWS_PER_PAUSE = 500;

/**
 * Lets the file writer catch up: while the zip's output waits unread, rows made now would pile up in the zip's
 * buffers, so the next row waits until the reader has taken it.
 */
async function pause(out: PassThrough): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (out.writableNeedDrain && !out.destroyed) await once(out, 'drain');
}

export function streamXlsx(doc: FindingsDocument, tr: Translator = translator()): AsyncIterable<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  setWorkbookProperties(workbook, doc);
  const write = async () => {
    for (const table of workbookTables(doc, tr)) {
      const sheet = workbook.addWorksheet(table.name, sheetOptions());
      let rows = 0;
      await fillSheet(sheet, table, {
        async rowDone(row) {
          row.commit();
          if (++rows % ROWS_PER_PAUSE === 0) await pause(out);
        },
      });
      sheet.commit();
    }
    await workbook.commit();
  };
  // The workbook is made while the caller reads: a failure ends the stream with the error, which the reader sees.
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
