/**
 * An export's bytes for a file writer (node/atomicWrite.ts), streamed where the format allows: the workbook row by
 * row (xlsxStream.ts) and the JSON item by item, so the CLI exports a project of any size without holding the file
 * in memory. The other formats are made whole by shared/export/formats.ts.
 */
import type { WriteData } from '../atomicWrite';
import { findingsJsonChunks } from '../../shared/export/json';
import { writeExport, type ExportFormat, type WriteOptions } from '../../shared/export/formats';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales';
import { translator } from '../../shared/i18n/translate';
import { streamXlsx } from './xlsxStream';

/** Text is handed to the file in pieces of about this size: few writes, little memory. */
const PIECE_CHARS = 64 * 1024;

/** Text pieces as UTF-8 bytes, gathered into pieces of about `PIECE_CHARS` characters. */
export async function* utf8Pieces(texts: Iterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let size = 0;
  for (const text of texts) {
    pending.push(text);
    size += text.length;
    if (size >= PIECE_CHARS) {
      yield encoder.encode(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (pending.length) yield encoder.encode(pending.join(''));
}

export function exportStream(
  format: ExportFormat,
  doc: FindingsDocument,
  options: WriteOptions = {},
  locale: Locale = DEFAULT_LOCALE,
): WriteData | Promise<WriteData> {
  if (format === 'xlsx') return streamXlsx(doc, translator(locale));
  if (format === 'json') return utf8Pieces(findingsJsonChunks(doc));
  return writeExport(format, doc, locale, options);
}
