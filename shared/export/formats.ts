/**
 * One entry point for the UI and the CLI: every export format with its file extension and media type, and
 * `writeExport`, which loads a format's writer only when it is used (exceljs, docx and fflate are large; a
 * facilitator exporting CSV should not wait for them to load).
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/catalogue';
import { translator } from '../i18n/translate';
import type { FindingsDocument } from '../findings/documentSchema';

export type ExportFormat =
  'xlsx' | 'json' | 'csv' | 'docx' | 'html' | 'said-did-docx' | 'said-did-html' | 'qdc' | 'qdpx' | 'pptx' | 'deck-pdf';

export interface FormatInfo {
  label: string;
  extension: string;
  mediaType: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, FormatInfo> = {
  xlsx: {
    label: 'Workbook (Excel, LibreOffice)',
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  json: { label: 'Findings data (JSON)', extension: 'json', mediaType: 'application/json' },
  csv: { label: 'Notes (CSV)', extension: 'csv', mediaType: 'text/csv;charset=utf-8' },
  docx: {
    label: '“What we heard” report (Word)',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  html: { label: '“What we heard” report (printable page)', extension: 'html', mediaType: 'text/html;charset=utf-8' },
  'said-did-docx': {
    label: '“You said, we did” report (Word)',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'said-did-html': {
    label: '“You said, we did” report (printable page)',
    extension: 'html',
    mediaType: 'text/html;charset=utf-8',
  },
  qdc: { label: 'Codebook (REFI-QDA)', extension: 'qdc', mediaType: 'application/xml' },
  qdpx: {
    label: 'Project for NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)',
    extension: 'qdpx',
    mediaType: 'application/zip',
  },
  pptx: {
    label: 'Council workshop deck (PowerPoint)',
    extension: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  'deck-pdf': { label: 'Council workshop deck (PDF)', extension: 'pdf', mediaType: 'application/pdf' },
};

/** Each format's name as people read it (the same words in the app's export panel and the CLI's help). */
export const FORMAT_LABELS: Record<ExportFormat, MessageId> = {
  xlsx: 'export.format.xlsx',
  json: 'export.format.json',
  csv: 'export.format.csv',
  docx: 'export.format.docx',
  html: 'export.format.html',
  qdc: 'export.format.qdc',
  qdpx: 'export.format.qdpx',
  pptx: 'export.format.pptx',
  'deck-pdf': 'export.format.deckPdf',
  'said-did-docx': 'export.format.saidDidDocx',
  'said-did-html': 'export.format.saidDidHtml',
};

/** Choices that change what a format writes, beyond the document itself. */
export interface WriteOptions {
  /** The "What we heard" report (Word and printable page) gets a Memos section; no other format changes. */
  includeMemos?: boolean;
}

/**
 * The file's bytes; text formats are UTF-8 (the CSV keeps its byte-order mark). `locale` is the report's language:
 * the words the report writes around the data (headings, sentences, dates); note text is never translated.
 */
export async function writeExport(
  format: ExportFormat,
  doc: FindingsDocument,
  locale: Locale = DEFAULT_LOCALE,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const text = (value: string) => new TextEncoder().encode(value);
  const tr = translator(locale);
  switch (format) {
    case 'xlsx':
      return (await import('./xlsx')).writeXlsx(doc, tr);
    case 'json':
      return text((await import('./json')).writeFindingsJson(doc));
    case 'csv':
      return text((await import('./csv')).writeNotesCsv(doc, tr));
    case 'docx':
      return (await import('./docx')).writeReportDocx(doc, tr, { includeMemos: options.includeMemos });
    case 'html':
      return text((await import('./html')).writeReportHtml(doc, tr, { includeMemos: options.includeMemos }));
    case 'said-did-docx':
      return (await import('./docx')).writeSaidDidDocx(doc, tr);
    case 'said-did-html':
      return text((await import('./html')).writeSaidDidHtml(doc, tr));
    case 'qdc':
      return text((await import('./refi/qdc')).writeQdc(doc, tr));
    case 'qdpx':
      return (await import('./refi/qdpx')).writeQdpx(doc, tr);
    case 'pptx': {
      const [{ buildDeck }, { writeDeckPptx }] = await Promise.all([
        import('../workshop/deck'),
        import('../workshop/pptx'),
      ]);
      return writeDeckPptx(buildDeck(doc, { tr }));
    }
    case 'deck-pdf': {
      const [{ buildDeck }, { writeDeckPdf }, { deckFonts }] = await Promise.all([
        import('../workshop/deck'),
        import('../workshop/pdf'),
        import('../workshop/deckFonts'),
      ]);
      return writeDeckPdf(buildDeck(doc, { tr }), deckFonts());
    }
  }
}

const SUFFIXES: Partial<Record<ExportFormat, string>> = {
  csv: 'notes',
  docx: 'what-we-heard',
  html: 'what-we-heard',
  'said-did-docx': 'you-said-we-did',
  'said-did-html': 'you-said-we-did',
  pptx: 'council-workshop',
  'deck-pdf': 'council-workshop',
};

/**
 * A file name from the project name and export date: letters, digits and hyphens only, so it is safe on every file
 * system and names no folder.
 */
export function exportFileName(doc: FindingsDocument, format: ExportFormat): string {
  const slug =
    doc.project.name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'fieldnotes';
  const suffix = SUFFIXES[format] ?? 'findings';
  return `${slug}-${suffix}-${doc.generatedAt.slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}
