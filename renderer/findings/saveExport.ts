/**
 * Writing one export format from a plan and handing the bytes to the platform: Electron's save dialog with an
 * atomic write, or a download in the browser. The writers load lazily (exceljs and docx are large).
 */
import { msg } from '../ui/i18n';
import type { Locale } from '../../shared/i18n/locales';
import { buildFindingsDocument } from '../../shared/findings/document';
import type { ReportLevel } from '../../shared/findings/levels';
import {
  EXPORT_FORMATS,
  exportFileName,
  FORMAT_LABELS,
  writeExport,
  type ExportFormat,
  type WriteOptions,
} from '../../shared/export/formats';
import type { ExportPlan } from '../../shared/privacy/plan';
import { exportFolderName, writeAllExports } from '../../shared/export/all';
import { getPlatform, type SaveFileResult, type SaveFolderResult } from '../platform';

/** `locale`: the language of the report's own words (headings, sentences, dates); notes leave as typed. */
export async function saveExport(
  plan: ExportPlan,
  format: ExportFormat,
  level: ReportLevel,
  locale: Locale,
  options: WriteOptions = {},
): Promise<SaveFileResult> {
  const doc = buildFindingsDocument(plan, { now: new Date().toISOString(), level });
  const data = await writeExport(format, doc, locale, options);
  const info = EXPORT_FORMATS[format];
  return getPlatform().saveFile({
    suggestedName: exportFileName(doc, format),
    data,
    mimeType: info.mediaType,
    filters: [{ name: msg(FORMAT_LABELS[format]), extensions: [info.extension] }],
  });
}

/**
 * Every chosen format from one findings document (one pass through the privacy gate), saved together: a new folder
 * where the person chooses in the desktop app, one zip holding that folder in the browser.
 */
export async function saveAllExports(
  plan: ExportPlan,
  formats: readonly ExportFormat[],
  level: ReportLevel,
  locale: Locale,
  onProgress?: (done: number, total: number) => void,
  options: WriteOptions = {},
): Promise<SaveFolderResult> {
  const doc = buildFindingsDocument(plan, { now: new Date().toISOString(), level });
  const files = await writeAllExports(formats, doc, onProgress, locale, options);
  return getPlatform().saveFolder({ folderName: exportFolderName(doc), files });
}
