/**
 * The "What we heard" and "You said, we did" reports as Word documents (package docx), rendered from the shared report model.
 * Built-in heading styles keep the document navigable in Word's navigation pane and by screen readers; a table of
 * contents follows the one-page summary; the charts are PNG images with alt text; the coverage table is shaded like
 * the workbook's heat map.
 */
import { translator, type Translator } from '../i18n/translate';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FindingsDocument } from '../findings/documentSchema';
import type { Chart } from './report/charts';
import { buildReport, type ReportOptions } from './report/model';
import type { Block, ReportModel } from './report/types';
import { buildSaidDidReport } from './report/saidDid';
import { chartPng } from './report/png';
import { xmlSafe } from './text';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Shade 0..1 to a teal fill, the same scale as the workbook. */
function fill(shade: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.15 + 0.85 * shade));
  return [mix(255, 17), mix(255, 94), mix(255, 89)]
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function cell(text: string, options: { bold?: boolean; shade?: number | null } = {}): TableCell {
  const dark = options.shade !== undefined && options.shade !== null && options.shade > 0.55;
  return new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ text: xmlSafe(text), bold: options.bold, color: dark ? 'FFFFFF' : undefined })],
      }),
    ],
    ...(options.shade !== undefined && options.shade !== null
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: fill(options.shade) } }
      : {}),
  });
}

/** A chart as a caption and a PNG with its alt text (Word reads the description aloud). */
function chartParagraphs(chart: Chart): Paragraph[] {
  const maxWidth = 600; // the text width of an A4 or Letter page at 96 px to the inch, less margins
  const scale = Math.min(1, maxWidth / chart.width);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(xmlSafe(chart.title))] }),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        new ImageRun({
          type: 'png',
          data: chartPng(chart),
          transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
          altText: { name: xmlSafe(chart.title), title: xmlSafe(chart.title), description: xmlSafe(chart.alt) },
        }),
      ],
    }),
  ];
}

function render(block: Block, contentsTitle: string): (Paragraph | Table | TableOfContents)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(xmlSafe(block.text))] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: xmlSafe(block.text),
              bold: block.tone === 'strong',
              italics: block.tone === 'muted',
              color: block.tone === 'muted' ? '555555' : undefined,
              size: block.tone === 'lead' ? 26 : undefined,
            }),
          ],
        }),
      ];
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 720, right: 720 },
          spacing: { after: 160 },
          children: [
            new TextRun({ text: `“${xmlSafe(block.text)}”`, italics: true }),
            new TextRun({ text: ` — ${xmlSafe(block.attribution)}`, color: '555555' }),
          ],
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(xmlSafe(item))] }));
    case 'chart':
      return chartParagraphs(block.chart);
    case 'contents':
      return [
        new Paragraph({ style: 'ContentsTitle', children: [new TextRun(contentsTitle)] }),
        new TableOfContents(contentsTitle, { hyperlink: true, headingStyleRange: '2-2' }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.headers.map((h) => cell(h, { bold: true })) }),
            ...block.rows.map(
              (row, r) =>
                new TableRow({ children: row.map((text, c) => cell(text, { shade: block.shades?.[r]?.[c] ?? null })) }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
  }
}

export async function writeReportDocx(
  doc: FindingsDocument,
  tr: Translator = translator(),
  options: ReportOptions = {},
): Promise<Uint8Array> {
  return writeModelDocx(buildReport(doc, tr, options), { generator: doc.generator });
}

/** The "You said, we did" report (report/saidDid.ts) in the same Word styles. */
export async function writeSaidDidDocx(doc: FindingsDocument, tr: Translator = translator()): Promise<Uint8Array> {
  return writeModelDocx(buildSaidDidReport(doc, tr), { generator: doc.generator });
}

/** Any report model as a Word document (the community's return report uses it too). */
export async function writeModelDocx(report: ReportModel, meta: { generator: string }): Promise<Uint8Array> {
  const document = new Document({
    // Fixed authorship: the report never carries the account name of the machine it was made on.
    creator: meta.generator,
    lastModifiedBy: meta.generator,
    title: xmlSafe(report.title),
    description: report.description,
    // Word fills the contents' page numbers when it opens the file; until then each entry links to its heading.
    features: { updateFields: true },
    sections: [{ children: report.blocks.flatMap((block) => render(block, report.contentsTitle)) }],
    styles: {
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          // The proofing language, so Word checks the report's words in the language they are written in.
          run: { size: 22, language: { value: report.lang === 'en' ? 'en-CA' : report.lang } },
          paragraph: { alignment: AlignmentType.LEFT },
        },
        {
          id: 'ContentsTitle',
          name: 'Contents Title',
          basedOn: 'Normal',
          run: { size: 32, bold: true, color: '1F2937' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          run: { size: 20, bold: true, color: '374151' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      ],
    },
  });
  return Packer.pack(document, 'uint8array');
}
