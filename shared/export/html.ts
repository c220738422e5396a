/**
 * The "What we heard" and "You said, we did" reports, each as one self-contained, printable HTML page (inline styles, no scripts, no external
 * resources), rendered from the same report model as the Word document. Print to PDF from any browser.
 */
import { translator, type Translator } from '../i18n/translate';
import type { FindingsDocument } from '../findings/documentSchema';
import { chartSvg } from './report/charts';
import { buildReport, type ReportOptions } from './report/model';
import type { Block, ReportModel } from './report/types';
import { buildSaidDidReport } from './report/saidDid';
import { escapeXml as escape } from './text';

const STYLE = `
body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9rem; margin-bottom: .25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #d1d5db; } h3 { margin-bottom: .25rem; }
.lead { font-size: 1.1rem; } .muted { color: #4b5563; font-style: italic; } .strong { font-weight: 600; margin-bottom: .25rem; }
blockquote { margin: .5rem 2rem; font-style: italic; } blockquote footer { font-style: normal; color: #4b5563; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #d1d5db; padding: .25rem .5rem; text-align: left; vertical-align: top; } th { background: #f3f4f6; }
td.dark { color: #fff; } figure { margin: 1rem 0; } figure svg { width: 100%; max-width: 46rem; height: auto; } figcaption { font-weight: 600; }
.page-break { break-after: page; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } tr, blockquote { break-inside: avoid; }
  th, td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function shadeColor(shade: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.15 + 0.85 * shade));
  return `rgb(${mix(255, 17)} ${mix(255, 94)} ${mix(255, 89)})`;
}

/** An id for a heading from its words: letters, digits and hyphens. */
function anchor(text: string): string {
  return `s-${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

function contentsOf(blocks: readonly Block[], title: string): string {
  const items = blocks
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level === 2)
    .map((b) => `<li><a href="#${anchor(b.text)}">${escape(b.text)}</a></li>`);
  return `<nav aria-labelledby="contents-title"><h2 id="contents-title">${escape(title)}</h2><ol>${items.join('')}</ol></nav>`;
}

function render(block: Block, contents: string): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}${block.level === 2 ? ` id="${anchor(block.text)}"` : ''}>${escape(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.tone ? ` class="${block.tone}"` : ''}>${escape(block.text)}</p>`;
    case 'quote':
      return `<blockquote><p>“${escape(block.text)}”</p><footer>— ${escape(block.attribution)}</footer></blockquote>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;
    case 'chart':
      return `<figure><figcaption>${escape(block.chart.title)}</figcaption>${chartSvg(block.chart)}</figure>`;
    case 'contents':
      return contents;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'table': {
      const head = `<thead><tr>${block.headers.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`;
      const body = block.rows
        .map((row, r) => {
          const cells = row.map((text, c) => {
            const shade = block.shades?.[r]?.[c];
            if (c === 0) return `<th scope="row">${escape(text)}</th>`;
            if (shade === undefined || shade === null) return `<td>${escape(text)}</td>`;
            return `<td${shade > 0.55 ? ' class="dark"' : ''} style="background:${shadeColor(shade)}">${escape(text)}</td>`;
          });
          return `<tr>${cells.join('')}</tr>`;
        })
        .join('');
      return `<table>${head}<tbody>${body}</tbody></table>`;
    }
  }
}

export function writeReportHtml(
  doc: FindingsDocument,
  tr: Translator = translator(),
  options: ReportOptions = {},
): string {
  return writeModelHtml(buildReport(doc, tr, options), doc.generator);
}

/** The "You said, we did" report (report/saidDid.ts) as the same kind of page. */
export function writeSaidDidHtml(doc: FindingsDocument, tr: Translator = translator()): string {
  return writeModelHtml(buildSaidDidReport(doc, tr), doc.generator);
}

/** Any report model as one printable page (the community's return report uses it too). */
export function writeModelHtml(report: ReportModel, generator: string): string {
  return [
    '<!doctype html>',
    `<html lang="${escape(report.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escape(generator)}">`,
    `<title>${escape(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...report.blocks.map((block) => render(block, contentsOf(report.blocks, report.contentsTitle))),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
