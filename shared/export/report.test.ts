import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, SECRET, smallProject } from '../../tests/support/fixtures';
import {
  convertWithLibreOffice,
  joinPath,
  pdfPageText,
  pdftotext,
  readBytes,
  readText,
  sofficeStatus,
  tempDir,
  writeFile,
} from '../../tests/support/tools';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { writeReportDocx } from './docx';
import { writeReportHtml } from './html';
import { buildReport } from './report/model';

function makeDocument() {
  const { snapshot, ids } = smallProject();
  const live = liveSnapshot(snapshot);
  live.notes.push({
    ...live.notes[0]!,
    id: 'script-note',
    text: 'Kids <script>alert(1)</script> & "friends" need a drop-in space',
    votes: 20,
  });
  return { doc: buildFindingsDocument(planExport(live), { now: NOW }), ids };
}
const { doc } = makeDocument();
const quotes = doc.ranking.flatMap((r) => r.quotes.map((q) => q.text));

/** What both renderings must say: every theme, every picked quote, the method and the gaps. */
function expectReportContent(text: string): void {
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(`What we heard: ${doc.project.name}`);
  expect(flat).toContain('How we listened');
  expect(flat).toMatch(/We held 2 focus groups with 2 stakeholder groups; 21 people took part/);
  expect(flat).toContain('We have heard from 2 of the 4 stakeholder groups in 2 focus groups');
  expect(flat).toContain('Not yet heard from: Business, Faith groups.');
  expect(flat).toContain('Breadth counts the stakeholder groups that raised a theme out of the groups we have held');
  for (const r of doc.ranking) expect(flat).toContain(`${r.rank}. ${r.name}`);
  expect(quotes.length).toBeGreaterThan(2);
  for (const quote of quotes) expect(flat).toContain(quote.replace(/\s+/g, ' '));
  expect(flat).toContain('Audit lighting on park paths and the river trail');
  expect(flat).toContain('Not yet heard from (no session held): Business, Faith groups');
  expect(flat).toContain('Priorities');
  expect(flat).toContain('Coverage');
  for (const secret of Object.values(SECRET)) expect(flat).not.toContain(secret);
}

describe('report model', () => {
  const blocks = buildReport(doc).blocks;
  const texts = blocks.flatMap((b) =>
    b.type === 'list' ? b.items : b.type === 'paragraph' || b.type === 'heading' ? [b.text] : [],
  );

  it('opens with a one-page summary, then the contents, then the detail with its charts', () => {
    const order = blocks.map((b) => (b.type === 'heading' ? `h${b.level}:${b.text}` : b.type));
    expect(order.indexOf('h2:Summary')).toBe(order.findIndex((o) => o.startsWith('h2:')));
    expect(order.indexOf('pageBreak')).toBeLessThan(order.indexOf('contents'));
    expect(order.indexOf('contents')).toBeLessThan(order.indexOf('h2:How we listened'));
    expect(blocks.filter((b) => b.type === 'chart')).toHaveLength(2);
    const summaryList = blocks.find((b) => b.type === 'list')!;
    expect(summaryList.type === 'list' && summaryList.items[0]).toMatch(
      /^Street lighting: .+ \(heard in 1 of 2 groups, 1 session\)\.$/,
    );
  });

  it('says each idea for action once per section and keeps a finding’s actions with that finding', () => {
    const action = 'Audit lighting on park paths and the river trail';
    // Under the finding, and in the list of every idea; never under a theme's ideas from the room.
    expect(texts.filter((t) => t.includes(action))).toHaveLength(2);
    const ideas = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Ideas for action');
    const list = blocks[ideas + 1]!;
    expect(list.type).toBe('list');
    if (list.type === 'list') expect(new Set(list.items).size).toBe(list.items.length);
  });

  it('fills the attendance column: the count recorded, else the speakers heard, else says it was not recorded', () => {
    const table = blocks.find((b) => b.type === 'table' && b.headers.includes('Attendance'));
    expect(table?.type === 'table' && table.rows.map((r) => r[3])).toEqual(['12', '9', 'not recorded']);
  });

  it('attributes quotes to a group with the note’s short reference, never a speaker code', () => {
    const quotes = blocks.filter((b) => b.type === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.type === 'quote' && q.attribution).toMatch(/focus group, S\d+-N\d+$/);
  });

  it('lists every ranked theme once as a heading, in rank order', () => {
    const headings = buildReport(doc)
      .blocks.filter((b) => b.type === 'heading' && b.level === 3)
      .map((b) => (b as { text: string }).text);
    expect(headings.slice(0, doc.ranking.length)).toEqual(doc.ranking.map((r) => `${r.rank}. ${r.name}`));
  });
});

describe('HTML report', () => {
  const html = writeReportHtml(doc);
  it('says what the Word report says, escaped, with no script or external resource', () => {
    const text = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    expectReportContent(text);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toMatch(/(src|href)="(?!#)/);
    expect(html).toMatch(/@media print/);
  });
});

describe.skipIf(sofficeStatus.skipReason !== null)(
  `Word report read by LibreOffice ${sofficeStatus.skipReason ?? ''}`,
  () => {
    const dir = tempDir('docx');
    const file = joinPath(dir.path, 'what-we-heard.docx');
    let text = '';
    beforeAll(async () => {
      writeFile(file, await writeReportDocx(doc));
      convertWithLibreOffice([file], 'txt:Text (encoded):UTF8', dir.path);
      text = readText(joinPath(dir.path, 'what-we-heard.txt'));
    }, 120_000);
    afterAll(() => dir.remove());

    it('renders to PDF with the summary alone on page 1, the contents next, and charts as images with alt text', () => {
      convertWithLibreOffice([file], 'pdf', dir.path);
      const pdf = readBytes(joinPath(dir.path, 'what-we-heard.pdf'));
      const pages = new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(4);
      const xml = new TextDecoder().decode(unzipSync(readBytes(file))['word/document.xml']);
      expect(xml.match(/<pic:pic/g)).toHaveLength(2);
      expect(xml).toMatch(/descr="Bar chart of the themes by votes, highest first: [^"]*Street lighting, \d+ votes/);
      expect(xml).toMatch(/descr="Heat map of notes per theme and stakeholder group/);
      expect(xml).toContain(String.raw`\o &quot;2-2&quot;`);
      expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
      if (pdftotext) {
        const page = (n: number) => pdfPageText(joinPath(dir.path, 'what-we-heard.pdf'), n);
        expect(page(1)).toContain('Summary');
        expect(page(1)).toContain('Not yet heard from: Business, Faith groups.');
        expect(page(1)).not.toContain('How we listened');
        expect(page(2)).toContain('Contents');
      }
    }, 120_000);

    it('contains the themes, quotes, method, priorities and gaps, and no withheld or do-not-quote text', () => {
      expectReportContent(text);
      expect(text).toContain('Kids <script>alert(1)</script> & "friends" need a drop-in space');
    });
  },
);
