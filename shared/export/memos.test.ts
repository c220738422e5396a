/**
 * Memos in every export that carries them: the findings document (authors numbered, never named), its JSON, the
 * REFI-QDA project (notes with references, valid against the official XSD, read back) and codebook, and the
 * "What we heard" report only when chosen. Never in the notes CSV, the workshop deck or "You said, we did"; a memo
 * on a note the privacy gate withholds, or of a session out of scope, stays home.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { NOW, smallProject, uuid, type SmallProject } from '../../tests/support/fixtures';
import { REFI_SCHEMAS, joinPath, tempDir, validateXml, writeFile, xmllintStatus } from '../../tests/support/tools';
import type { Memo } from '../domain/schemas';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot, type FindingsSnapshot } from '../findings/snapshot';
import { planExport, type ExportOptions } from '../privacy/plan';
import { buildDeck } from '../workshop/deck';
import { writeNotesCsv } from './csv';
import { writeExport } from './formats';
import { readFindingsJson, writeFindingsJson } from './json';
import { refiGuid } from './refi/guid';
import { writeQdc } from './refi/qdc';
import { writeQdpx } from './refi/qdpx';
import { readQdc, readQdpx } from './refi/read';
import { buildSaidDidReport } from './report/saidDid';

const TEXT = {
  project: 'Across groups, darkness is the thread: lighting comes up whenever safety does.',
  theme: 'Lighting memo: the youth and the seniors describe the same bridge from opposite ends.',
  note: 'This note suggests the bridge is avoided after dark; ask the parks team for the lamp schedule.',
  doNotQuote: 'Memo on the do-not-quote note: it points at a specific house, so keep the theme general.',
  sensitive: 'Memo on the sensitive note: she described the hub in detail; follow up with victim services.',
  session: 'The seniors group warmed up slowly; the second question worked better than the first.',
};

function memo(
  project: SmallProject,
  n: number,
  target: Memo['target'],
  targetId: string | null,
  text: string,
  extra: Partial<Memo> = {},
): Memo {
  const at = `2025-02-2${n}T10:00:00.000Z`;
  return {
    id: uuid(900 + n),
    projectId: project.snapshot.project.id,
    createdAt: at,
    updatedAt: at,
    deleted: false,
    target,
    targetId,
    sessionId: null,
    title: '',
    text,
    authorDeviceId: n % 2 ? 'DEVICEAAAAAAAAAA' : 'DEVICEBBBBBBBBBB',
    ...extra,
  };
}

function withMemos(): { snapshot: FindingsSnapshot; ids: SmallProject['ids'] } {
  const project = smallProject();
  const { ids } = project;
  const notes = project.snapshot.notes;
  const firstLighting = notes.find((n) => n.themeId === ids.lighting && !n.flags.doNotQuote)!;
  const memos = [
    memo(project, 1, 'project', null, TEXT.project, { title: 'Thread across groups' }),
    memo(project, 2, 'theme', ids.lighting, TEXT.theme, { sessionId: ids.youthSession }),
    memo(project, 3, 'note', firstLighting.id, TEXT.note, { sessionId: ids.youthSession }),
    memo(project, 4, 'note', ids.doNotQuoteNote, TEXT.doNotQuote, { sessionId: ids.youthSession }),
    memo(project, 5, 'note', ids.sensitiveNote, TEXT.sensitive, { sessionId: ids.youthSession }),
    memo(project, 6, 'session', ids.seniorsSession, TEXT.session, { sessionId: ids.seniorsSession }),
    memo(project, 7, 'theme', ids.transit, 'A deleted memo', { deleted: true }),
  ];
  return { snapshot: { ...project.snapshot, memos }, ids };
}

function documentFor(options: ExportOptions = {}) {
  const { snapshot, ids } = withMemos();
  const plan = planExport(liveSnapshot(snapshot), { scan: { names: false }, ...options });
  return { doc: buildFindingsDocument(plan, { now: NOW, level: 'session' }), plan, ids };
}

const { doc, plan, ids } = documentFor();
const texts = (d = doc) => (d.memos ?? []).map((m) => m.text);

describe('memos in the findings document', () => {
  it('carries live memos oldest first, authors numbered in order of appearance, never a device or a name', () => {
    expect(texts()).toEqual([TEXT.project, TEXT.theme, TEXT.note, TEXT.doNotQuote, TEXT.session]);
    expect(doc.memos!.map((m) => m.author)).toEqual(['author 1', 'author 2', 'author 1', 'author 2', 'author 2']);
    expect(JSON.stringify(doc)).not.toMatch(/DEVICEAAAA|DEVICEBBBB|authorDeviceId/);
    expect(plan.counts.memos).toBe(5);
  });

  it('leaves out a memo on a withheld note (sensitive by default) but keeps one on a do-not-quote note', () => {
    expect(texts()).not.toContain(TEXT.sensitive);
    expect(texts()).toContain(TEXT.doNotQuote);
    const strict = documentFor({ flags: { doNotQuote: 'withhold' } }).doc;
    expect(texts(strict)).not.toContain(TEXT.doNotQuote);
    const dropped = documentFor({ flags: { doNotQuote: 'drop' } }).doc;
    expect(texts(dropped)).not.toContain(TEXT.doNotQuote);
  });

  it('follows the scope: a session left out takes the memos on it, its notes and its themes with it', () => {
    const seniorsOnly = documentFor({ scope: { sessionIds: [ids.seniorsSession] } }).doc;
    expect(texts(seniorsOnly)).toEqual([TEXT.project, TEXT.session]);
  });

  it('leaves out a memo of a community session until the community approved quotes', () => {
    const { snapshot } = withMemos();
    const held = {
      ...snapshot,
      sessions: snapshot.sessions.map((s) =>
        s.id === ids.seniorsSession ? { ...s, community: { name: 'Riverside Elders', requirement: '' } } : s,
      ),
    };
    const out = buildFindingsDocument(planExport(liveSnapshot(held), { scan: { names: false } }), { now: NOW });
    expect(texts(out)).not.toContain(TEXT.session);
    expect(texts(out)).toContain(TEXT.theme);
  });

  it('redacts personal information the scan finds in a memo, as in any text that leaves', () => {
    const { snapshot } = withMemos();
    const memos = [...snapshot.memos!, memo(smallProject(), 8, 'project', null, 'Call her on 613-555-0199 about it')];
    const out = buildFindingsDocument(planExport({ ...snapshot, memos }, { scan: { names: false } }), { now: NOW });
    const redacted = out.memos!.find((m) => m.text.startsWith('Call her'))!;
    expect(redacted.text).not.toContain('613-555-0199');
  });
});

describe('memos in the findings JSON', () => {
  it('round-trip through the reader, and a version 2 file without memos still reads', () => {
    const back = readFindingsJson(writeFindingsJson(doc));
    expect(back.memos).toEqual(doc.memos);
    const { memos: _left, ...older } = doc;
    expect(readFindingsJson(JSON.stringify(older)).memos).toBeUndefined();
  });

  it('refuse a memo that names no author, with where it is damaged', () => {
    const damaged = JSON.parse(writeFindingsJson(doc));
    delete damaged.memos[0].author;
    expect(() => readFindingsJson(JSON.stringify(damaged))).toThrow(/damaged at memos\.0\.author/);
  });
});

describe('memos in REFI-QDA', () => {
  const project = readQdpx(writeQdpx(doc));
  const noteOf = (text: string) => project.notes.find((n) => n.text === text)!;

  it('are notes referenced from the code, the selection, the source and the project, read back whole', () => {
    expect(project.notes.map((n) => n.text).sort()).toEqual([...texts()].sort());
    expect(noteOf(TEXT.theme).targets).toEqual([{ kind: 'code', guid: refiGuid(ids.lighting) }]);
    const noteMemo = doc.memos!.find((m) => m.text === TEXT.note)!;
    expect(noteOf(TEXT.note).targets).toEqual([{ kind: 'selection', guid: refiGuid(noteMemo.targetId!) }]);
    expect(noteOf(TEXT.session).targets).toEqual([{ kind: 'source', guid: refiGuid(ids.seniorsSession) }]);
    expect(noteOf(TEXT.project).targets).toEqual([{ kind: 'project', guid: '' }]);
    expect(noteOf(TEXT.project).name).toBe('Thread across groups');
    expect(noteOf(TEXT.theme).author).toBe('author 2');
    expect(noteOf(TEXT.theme).createdAt).toBe('2025-02-22T10:00:00.000Z');
  });

  it('name users only by their number', () => {
    const xml = strFromU8(unzipSync(writeQdpx(doc))['project.qde']!);
    const users = [...xml.matchAll(/<User [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(users).toEqual(['author 1', 'author 2']);
  });

  it('put a theme’s memos in its code description in the codebook, which has no notes', () => {
    const lighting = readQdc(writeQdc(doc)).codes.find((c) => c.guid === refiGuid(ids.lighting))!;
    expect(lighting.description).toContain(TEXT.theme);
    expect(lighting.description).toContain('author 2, 2025-02-22');
  });

  describe.skipIf(xmllintStatus.skipReason !== null)(`validate ${xmllintStatus.skipReason ?? ''}`, () => {
    const dir = tempDir('refi-memos');
    afterAll(() => dir.remove());
    it('against the official project and codebook schemas', () => {
      const qde = joinPath(dir.path, 'memos.qde');
      writeFile(qde, unzipSync(writeQdpx(doc))['project.qde']!);
      const projectCheck = validateXml(qde, joinPath(REFI_SCHEMAS, 'Project-mrt2019.xsd'));
      expect(projectCheck.output).toMatch(/validates/);
      expect(projectCheck.valid).toBe(true);
      const qdc = joinPath(dir.path, 'memos.qdc');
      writeFile(qdc, writeQdc(doc));
      expect(validateXml(qdc, joinPath(REFI_SCHEMAS, 'Codebook-mrt2019.xsd')).valid).toBe(true);
    });
  });
});

describe('memos in the reports and elsewhere', () => {
  const unzipText = (bytes: Uint8Array) =>
    Object.values(unzipSync(bytes))
      .map((entry) => strFromU8(entry))
      .join('\n');

  it('appear in the Word report and the printable page only when chosen', async () => {
    const plainDocx = unzipText(await writeExport('docx', doc));
    const plainHtml = strFromU8(await writeExport('html', doc));
    for (const text of [plainDocx, plainHtml]) expect(text).not.toContain(TEXT.theme);
    const docx = unzipText(await writeExport('docx', doc, 'en', { includeMemos: true }));
    const html = strFromU8(await writeExport('html', doc, 'en', { includeMemos: true }));
    for (const text of [docx, html]) {
      expect(text).toContain('Memos');
      expect(text).toContain(TEXT.project);
      expect(text).toContain('On the theme “Street lighting”');
      expect(text).not.toContain(TEXT.sensitive);
    }
    // Never styled as a quote: the printable page's quotes are <blockquote>s.
    expect(html).not.toMatch(new RegExp(`<blockquote[^>]*>[^<]*${TEXT.theme.slice(0, 20)}`));
    const french = strFromU8(await writeExport('html', doc, 'fr-CA', { includeMemos: true }));
    expect(french).toContain('Mémos');
  });

  it('never appear in the notes CSV, the workshop deck or “You said, we did”, even when chosen', async () => {
    const leaks = (text: string) => Object.values(TEXT).filter((t) => text.includes(t));
    expect(leaks(writeNotesCsv(doc))).toEqual([]);
    expect(leaks(JSON.stringify(buildDeck(doc)))).toEqual([]);
    expect(leaks(JSON.stringify(buildSaidDidReport(doc)))).toEqual([]);
    for (const format of ['said-did-docx', 'said-did-html', 'pptx', 'csv'] as const) {
      const bytes = await writeExport(format, doc, 'en', { includeMemos: true });
      const text = format === 'csv' || format === 'said-did-html' ? strFromU8(bytes) : unzipText(bytes);
      expect(leaks(text), format).toEqual([]);
    }
  });
});
