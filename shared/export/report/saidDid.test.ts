import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, SECRET, smallProject } from '../../../tests/support/fixtures';
import {
  convertWithLibreOffice,
  joinPath,
  pdfPageText,
  pdftotext,
  readBytes,
  sofficeStatus,
  tempDir,
  writeFile,
} from '../../../tests/support/tools';
import { buildFindingsDocument } from '../../findings/document';
import { liveSnapshot, type FindingsSnapshot } from '../../findings/snapshot';
import { planExport } from '../../privacy/plan';
import { writeSaidDidDocx } from '../docx';
import { writeSaidDidHtml } from '../html';
import { buildSaidDidReport } from './saidDid';
import type { Block } from './types';

/** The small project with a second finding, considered and not adopted, whose evidence is the seniors' notes. */
function project(): { live: FindingsSnapshot; ids: ReturnType<typeof smallProject>['ids'] } {
  const { snapshot, ids } = smallProject();
  const live = liveSnapshot(snapshot);
  const seniorsNotes = live.notes.filter((n) => n.sessionId === ids.seniorsSession).map((n) => n.id);
  live.findings.push({
    ...live.findings[0]!,
    id: 'second-finding',
    statement: 'Seniors want a night bus to the hospital.',
    themeIds: [ids.transit],
    evidenceNoteIds: seniorsNotes,
    quoteNoteIds: [],
    priority: 2,
    actions: [],
    measures: [],
    response: {
      status: 'not-adopted',
      reason: 'Transit is run by the region; we passed the request on to them.',
      outcome: '',
      recordedBy: 'PMT lead',
      recordedAt: NOW,
    },
  });
  live.findings.push({
    ...live.findings[0]!,
    id: 'undecided-finding',
    statement: 'Youth want a drop-in space on Fridays.',
    themeIds: [ids.youthSpaces],
    evidenceNoteIds: live.notes.filter((n) => n.sessionId === ids.youthSession).map((n) => n.id),
    quoteNoteIds: [],
    priority: null,
    actions: [],
    measures: [],
    response: null,
  });
  return { live, ids };
}

const textsOf = (blocks: readonly Block[]): string =>
  blocks
    .flatMap((b) =>
      b.type === 'list'
        ? b.items
        : b.type === 'table'
          ? [...b.headers, ...b.rows.flat()]
          : b.type === 'quote'
            ? [b.text, b.attribution]
            : b.type === 'paragraph' || b.type === 'heading'
              ? [b.text]
              : [],
    )
    .join('\n');

const { live, ids } = project();
const doc = buildFindingsDocument(planExport(live, { scan: { names: false } }), { now: NOW });

describe('“You said, we did” report model', () => {
  const report = buildSaidDidReport(doc);
  const text = textsOf(report.blocks);

  it('says, finding by finding in priority order, what was heard and what was done, in plain words', () => {
    expect(report.title).toBe(`You said, we did: ${doc.project.name}`);
    expect(text).toContain('Thank you for taking part.');
    expect(text).toContain('We wrote down what you told us as 3 findings. Of these:');
    expect(text).toContain('1 is in the plan.');
    expect(text).toContain('1 was considered and not adopted.');
    expect(text).toContain('1 is still to be decided.');
    const headings = report.blocks
      .filter((b) => b.type === 'heading' && b.level === 3)
      .map((b) => (b as { text: string }).text);
    expect(headings).toEqual([
      'You said: Poor lighting keeps young people and seniors off paths and transit after dark',
      'You said: Seniors want a night bus to the hospital',
      'You said: Youth want a drop-in space on Fridays',
    ]);
    expect(text).toContain('We did: We put this in the plan.');
    expect(text).toContain('Why: Lighting was raised by most groups; council funded the audit in next year’s budget.');
    expect(text).toContain(
      'Audit lighting on park paths and the river trail. Led by Parks and recreation, with Police service and Hydro utility. When: soon (short term).',
    );
    expect(text).toContain(
      'Share of residents who feel safe walking after dark (now: 41% (2024 survey); goal: 60% by 2028; from: Resident safety survey)',
    );
    expect(text).toContain('We did: We looked at this carefully and did not put it in the plan.');
    expect(text).toContain('We did: We have not decided yet.');
    expect(text).toContain('Decided 1 March 2025.');
  });

  it('quotes only notes that may be quoted, by group, and names no one who recorded a response', () => {
    const quotes = report.blocks.filter((b) => b.type === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) if (q.type === 'quote') expect(q.attribution).toMatch(/focus group$/);
    for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
    expect(text).not.toContain('Sam (PMT)');
    expect(text).not.toContain('PMT lead');
    expect(text).not.toMatch(/\bP\d+\b/);
  });

  it('for one stakeholder group, answers only what that group’s notes support', () => {
    const seniors = buildFindingsDocument(
      planExport(live, { scan: { names: false }, scope: { groupIds: [ids.seniors] } }),
      { now: NOW },
    );
    const groupReport = buildSaidDidReport(seniors);
    const groupText = textsOf(groupReport.blocks);
    expect(groupReport.title).toBe(`You said, we did: ${doc.project.name} (Seniors)`);
    expect(groupText).toContain('what we heard in the Seniors focus groups');
    expect(groupText).toContain('You said: Seniors want a night bus to the hospital');
    expect(groupText).not.toContain('Youth want a drop-in space');
    for (const q of groupReport.blocks) if (q.type === 'quote') expect(q.attribution).toBe('Seniors focus group');
  });

  it('says plainly when there is nothing to report yet', () => {
    const empty = buildFindingsDocument(planExport({ ...live, findings: [] }, { scan: { names: false } }), {
      now: NOW,
    });
    expect(textsOf(buildSaidDidReport(empty).blocks)).toContain('We have not written down any findings');
  });

  it('renders the same words as a printable page, escaped, with no script or outside resource', () => {
    const html = writeSaidDidHtml(doc);
    const plain = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    expect(plain).toContain('We did: We put this in the plan.');
    expect(plain).toContain('Led by Parks and recreation, with Police service and Hydro utility.');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/(src|href)="(?!#)/);
    for (const secret of Object.values(SECRET)) expect(plain).not.toContain(secret);
  });
});

describe.skipIf(sofficeStatus.skipReason !== null)(
  `“You said, we did” Word report read by LibreOffice ${sofficeStatus.skipReason ?? ''}`,
  () => {
    const dir = tempDir('said-did');
    const file = joinPath(dir.path, 'you-said-we-did.docx');
    beforeAll(async () => {
      writeFile(file, await writeSaidDidDocx(doc));
      convertWithLibreOffice([file], 'pdf', dir.path);
    }, 120_000);
    afterAll(() => dir.remove());

    it('renders to PDF with the title, the at-a-glance table and each finding’s response', () => {
      const pdf = readBytes(joinPath(dir.path, 'you-said-we-did.pdf'));
      const pages = new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      if (!pdftotext) return;
      const all = Array.from({ length: pages.length }, (_, i) =>
        pdfPageText(joinPath(dir.path, 'you-said-we-did.pdf'), i + 1),
      )
        .join('\n')
        .replace(/\s+/g, ' ');
      expect(all).toContain(`You said, we did: ${doc.project.name}`);
      expect(all).toContain('At a glance');
      expect(all).toContain('We did: We put this in the plan.');
      expect(all).toContain('Led by Parks and recreation, with Police service and Hydro utility.');
      expect(all).toContain('We did: We looked at this carefully and did not put it in the plan.');
      expect(all).toContain('Transit is run by the region');
      for (const secret of Object.values(SECRET)) expect(all).not.toContain(secret);
    }, 120_000);
  },
);
