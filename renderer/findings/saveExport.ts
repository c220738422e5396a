/**
 * Writing one export format from a plan and handing the bytes to the platform: Electron's save dialog with an
 * atomic write, or a download in the browser. The writers load lazily (exceljs and docx are large).
 */
import { buildFindingsDocument } from '../../shared/findings/document';
import type { ReportLevel } from '../../shared/findings/levels';
import { EXPORT_FORMATS, exportFileName, writeExport, type ExportFormat } from '../../shared/export/formats';
import type { ExportPlan } from '../../shared/privacy/plan';
import { getPlatform, type SaveFileResult } from '../platform';

export async function saveExport(plan: ExportPlan, format: ExportFormat, level: ReportLevel): Promise<SaveFileResult> {
  const doc = buildFindingsDocument(plan, { now: new Date().toISOString(), level });
  const data = await writeExport(format, doc);
  const info = EXPORT_FORMATS[format];
  return getPlatform().saveFile({
    suggestedName: exportFileName(doc, format),
    data,
    mimeType: info.mediaType,
    filters: [{ name: info.label, extensions: [info.extension] }],
  });
}
