/**
 * "Export all": every chosen format written from one findings document (so one pass through the privacy gate
 * serves them all), named as the single exports are, and packed into one zip with a folder inside named after the
 * project and date, so unpacking it gives one tidy folder.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { zipSync } from 'fflate';
import type { FindingsDocument } from '../findings/documentSchema';
import { exportFileName, writeExport, type ExportFormat, type WriteOptions } from './formats';

export interface ExportedFile {
  name: string;
  data: Uint8Array;
}

/** The folder (and zip) name: the single exports' name without the format part. */
export function exportFolderName(doc: FindingsDocument): string {
  return exportFileName(doc, 'json').replace(/-findings-(\d{4}-\d{2}-\d{2})\.json$/, '-export-$1');
}

/** Each format's file, in the order given; `onFile` reports progress after each one. */
export async function writeAllExports(
  formats: readonly ExportFormat[],
  doc: FindingsDocument,
  onFile?: (done: number, total: number) => void,
  locale: Locale = DEFAULT_LOCALE,
  options: WriteOptions = {},
): Promise<ExportedFile[]> {
  const files: ExportedFile[] = [];
  for (const format of new Set(formats)) {
    files.push({ name: exportFileName(doc, format), data: await writeExport(format, doc, locale, options) });
    onFile?.(files.length, formats.length);
  }
  return files;
}

/**
 * One zip holding the files in one folder (the browser's "Export all"; the desktop app writes a real folder).
 * Already-compressed formats (xlsx, docx, qdpx, pptx, PDF) are stored as they are.
 */
export function zipExports(folder: string, files: readonly ExportedFile[]): Uint8Array {
  const stored = /\.(xlsx|docx|qdpx|pptx|pdf)$/;
  return zipSync(
    Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, [f.data, { level: stored.test(f.name) ? 0 : 6 }]])),
    { mtime: new Date('2000-01-01T00:00:00Z') },
  );
}
