import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { NOW, SECRET, group, note, session, smallProject } from '../../tests/support/fixtures';
import {
  convertWithLibreOffice,
  joinPath,
  pdfPageText,
  pdftotext,
  readBytes,
  sofficeStatus,
  tempDir,
  writeFile,
} from '../../tests/support/tools';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { buildDeck } from './deck';
import { writeDeckPptx } from './pptx';
import { WORKSHOP_GROUP_NAME } from '../findings/workshopGroups';
import { voteNoteText } from './votes';

/** The small project after a council workshop put 20 dots on "Places for youth". */
function deck() {
  const { snapshot, ids } = smallProject();
  const pid = snapshot.project.id;
  const council = group(pid, WORKSHOP_GROUP_NAME, 9);
  const workshop = session(pid, 'Council workshop', council.id, { status: 'running' });
  const vote = note(pid, workshop.id, voteNoteText('Places for youth'), {
    themeId: ids.youthSpaces,
    votes: 20,
    flags: { sensitive: false, doNotQuote: true, culturalProtocol: false },
  });
  const plan = planExport(
    liveSnapshot({
      ...snapshot,
      groups: [...snapshot.groups, council],
      sessions: [...snapshot.sessions, workshop],
      notes: [...snapshot.notes, vote],
    }),
    { scan: { names: false } },
  );
  return buildDeck(buildFindingsDocument(plan, { now: NOW }));
}

describe('writeDeckPptx', () => {
  it('writes one slide and one set of presenter notes per deck slide, with no flagged text', async () => {
    const model = deck();
    const files = unzipSync(await writeDeckPptx(model));
    const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(model.slides.length);
    const notes = Object.keys(files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));
    expect(notes).toHaveLength(model.slides.length);
    const xml = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, data]) => new TextDecoder().decode(data))
      .join('\n');
    expect(xml).toContain('Rank 1 of 3 by votes: 23 votes, 20 of them at the council workshop.');
    for (const secret of Object.values(SECRET)) expect(xml).not.toContain(secret);
  });
});

describe.skipIf(sofficeStatus.skipReason !== null)(
  `Workshop deck read by LibreOffice Impress ${sofficeStatus.skipReason ?? ''}`,
  () => {
    const dir = tempDir('pptx');
    const file = joinPath(dir.path, 'council-workshop.pptx');
    const model = deck();
    beforeAll(async () => {
      writeFile(file, await writeDeckPptx(model));
      convertWithLibreOffice([file], 'pdf', dir.path);
    }, 120_000);
    afterAll(() => dir.remove());

    it('renders every slide, in order, with the slide text and never a do-not-quote note', () => {
      const pdf = readBytes(joinPath(dir.path, 'council-workshop.pdf'));
      const pages = new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(model.slides.length);
      if (!pdftotext) return;
      const page = (n: number) => pdfPageText(joinPath(dir.path, 'council-workshop.pdf'), n).replace(/\s+/g, ' ');
      expect(page(1)).toContain('Riverside Community Safety Plan');
      expect(page(1)).toContain('Council workshop: what we heard');
      expect(page(2)).toContain('Places for youth');
      expect(page(2)).toContain('Priority 1 of 3');
      expect(page(2)).toContain('Keep the youth centre open on Friday');
      expect(page(3)).toContain('Street lighting');
      expect(page(3)).toContain('Poor lighting keeps young people and seniors off paths and transit after dark.');
      expect(page(5)).toContain('Who we have not heard from yet');
      expect(page(5)).toContain('Faith groups');
      expect(page(6)).toContain('Priorities');
      const all = model.slides.map((_, i) => page(i + 1)).join('\n');
      for (const secret of Object.values(SECRET)) expect(all).not.toContain(secret);
      expect(all).not.toContain('Dot votes at the council workshop');
    }, 120_000);
  },
);
