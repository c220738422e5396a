import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, SECRET, smallProject } from '../../tests/support/fixtures';
import {
  convertWithLibreOffice,
  joinPath,
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
    expect(html).not.toMatch(/(src|href)=/);
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

    it('contains the themes, quotes, method, priorities and gaps, and no withheld or do-not-quote text', () => {
      expectReportContent(text);
      expect(text).toContain('Kids <script>alert(1)</script> & "friends" need a drop-in space');
    });
  },
);
