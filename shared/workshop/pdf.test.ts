import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { NOW, SECRET, group, note, session, smallProject } from '../../tests/support/fixtures';
import { joinPath, pdfPageText, pdftotext, tempDir, writeFile } from '../../tests/support/tools';
import { EXPORT_FORMATS, exportFileName, writeExport } from '../export/formats';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { buildDeck } from './deck';
import { WORKSHOP_GROUP_NAME } from '../findings/workshopGroups';
import { voteNoteText } from './votes';

const HELD_BACK = 'Quillwortmarsh elders asked that the river crossing story stay with them';
const ACCENTED = 'Sécurité à l’arrêt « Élan » — Привет, Αθήνα';

/**
 * The small project after a council workshop put 20 dots on "Places for youth", with a community session whose
 * approval has not been recorded, and a theme named in French and two other scripts, which must print as typed.
 */
function project() {
  const { snapshot, ids } = smallProject();
  const pid = snapshot.project.id;
  const council = group(pid, WORKSHOP_GROUP_NAME, 9);
  const workshop = session(pid, 'Council workshop', council.id, { status: 'running' });
  const vote = note(pid, workshop.id, voteNoteText('Places for youth'), {
    themeId: ids.youthSpaces,
    votes: 20,
    flags: { sensitive: false, doNotQuote: true, culturalProtocol: false },
  });
  const held = session(pid, 'Circle at the friendship centre', snapshot.groups[0]!.id, {
    community: { name: 'Quillwort Nation', requirement: 'Council of elders' },
  });
  const heldNote = note(pid, held.id, HELD_BACK, { themeId: ids.youthSpaces });
  return liveSnapshot({
    ...snapshot,
    groups: [...snapshot.groups, council],
    sessions: [...snapshot.sessions, workshop, held],
    notes: [...snapshot.notes, vote, heldNote],
    themes: snapshot.themes.map((t) => (t.id === ids.transit ? { ...t, name: ACCENTED } : t)),
  });
}

const doc = buildFindingsDocument(planExport(project(), { scan: { names: false } }), { now: NOW });
const deck = buildDeck(doc, {});

describe('the deck as a PDF, through the export formats', () => {
  const dir = tempDir('deck-pdf');
  const file = joinPath(dir.path, exportFileName(doc, 'deck-pdf'));
  afterAll(() => dir.remove());

  it('is a PDF named like the PowerPoint, one landscape page per slide', async () => {
    expect(EXPORT_FORMATS['deck-pdf'].extension).toBe('pdf');
    expect(exportFileName(doc, 'deck-pdf')).toBe('riverside-community-safety-plan-council-workshop-2025-03-01.pdf');
    const bytes = await writeExport('deck-pdf', doc);
    writeFile(file, bytes);
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = (await PDFDocument.load(bytes)).getPages();
    expect(pages).toHaveLength(deck.slides.length);
    for (const page of pages) expect(page.getWidth() / page.getHeight()).toBeCloseTo(16 / 9, 2);
  });

  it.skipIf(!pdftotext)('reads back with the slides’ text, accents as typed, and nothing flagged or withheld', () => {
    const pages = deck.slides.map((_, i) => pdfPageText(file, i + 1).replace(/\s+/g, ' '));
    expect(pages[0]).toContain('Riverside Community Safety Plan');
    expect(pages[0]).toContain('Council workshop: what we heard');
    const youth = deck.slides.findIndex((s) => s.title === 'Places for youth');
    expect(pages[youth]).toContain('Priority 1 of 3 · 23 votes (20 at this workshop)');
    expect(pages[youth]).toContain('Keep the youth centre open on Friday');
    expect(pages[youth]).toContain('Heard from');
    expect(pages[youth]).toContain('Priorities by votes');
    const lighting = deck.slides.findIndex((s) => s.title === 'Street lighting');
    expect(pages[lighting]).toContain('Poor lighting keeps young people and seniors off paths and transit after dark.');
    const transit = deck.slides.findIndex((s) => s.title === ACCENTED);
    expect(pages[transit]).toContain('Sécurité à l’arrêt « Élan »');
    expect(pages[transit]).toContain('Привет');
    expect(pages[transit]).toContain('Αθήνα');
    expect(pages[deck.slides.length - 2]).toContain('Who we have not heard from yet');
    expect(pages[deck.slides.length - 2]).toContain('Faith groups');
    expect(pages[deck.slides.length - 1]).toContain('Priorities');
    const all = pages.join('\n');
    for (const secret of Object.values(SECRET)) expect(all).not.toContain(secret);
    expect(all).not.toContain('Quillwortmarsh');
    expect(all).not.toContain('friendship centre');
    expect(all).not.toContain('Dot votes at the council workshop');
  });

  it.skipIf(!pdftotext)('speaks the report’s language: its own words in French, the typed words as typed', async () => {
    const french = joinPath(dir.path, 'fr.pdf');
    writeFile(french, await writeExport('deck-pdf', doc, 'fr-CA'));
    const pages = deck.slides.map((_, i) => pdfPageText(french, i + 1).replace(/\s+/g, ' '));
    expect(pages[0]).toContain('Atelier du conseil : ce que nous avons entendu');
    expect(pages[0]).toContain('2 groupes de discussion avec 2 groupes de parties prenantes');
    const youth = deck.slides.findIndex((s) => s.title === 'Places for youth');
    expect(pages[youth]).toContain('Priorité 1 sur 3 · 23 votes (dont 20 à cet atelier)');
    expect(pages[youth]).toContain('Entendu auprès de');
    expect(pages[youth]).toContain('Entendu dans 1 groupe sur 2, 1 séance');
    expect(pages[youth]).toContain('Keep the youth centre open on Friday');
    expect(pages[deck.slides.length - 2]).toContain('Qui nous n’avons pas encore entendu');
    expect(pages[deck.slides.length - 1]).toContain('Priorités');
  });
});
