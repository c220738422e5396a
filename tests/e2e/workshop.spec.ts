/**
 * Council workshop mode as a facilitator runs it on the projector laptop, by keyboard: open it from the findings,
 * move through the slides, show the presenter notes, let the room vote on a theme (the priorities change, Ctrl+Z
 * takes a vote back), and export the deck as PowerPoint and as PDF through the privacy gate. A note flagged
 * do-not-quote is on no slide and in no file. axe on every workshop view.
 * SHOTS=/some/folder saves screenshots at 1366×850 and 1024×700 for a look by eye.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { pdfPageText, pdftotext } from '../support/tools';
import {
  addThemes,
  chooseImportFile,
  createProjectByKeyboard,
  download,
  expectAccessible,
  press,
  projectIdOf,
  shoot,
} from './support';

const YOUTH_1 = 'Youth at the skate park';
const YOUTH_2 = 'Youth at the library';
const SENIORS = 'Seniors at the centre';
const SECRET = 'My cousin deals at the drop-in back door every Friday night';

const ROWS = [
  ['Note', 'Session', 'Group', 'Speaker', 'Kind', 'Do not quote'],
  ['The underpass by the skate park is pitch dark at night', YOUTH_1, 'Youth', 'P1', 'Issue or priority', 'no'],
  ['Put lights in the underpass', YOUTH_1, 'Youth', 'P2', 'Idea for action', 'no'],
  ['Nowhere to go after nine', YOUTH_1, 'Youth', 'P1', 'Issue or priority', 'no'],
  ['The library steps have no light after closing', YOUTH_2, 'Youth', 'P1', 'Issue or priority', 'no'],
  ['The drop-in is only open on Tuesdays', YOUTH_2, 'Youth', 'P3', 'Issue or priority', 'no'],
  [SECRET, YOUTH_2, 'Youth', 'P2', 'Risk factor', 'yes'],
  ['Bus stop on Elm has a broken light', SENIORS, 'Seniors', 'P1', 'Risk factor', 'no'],
  ['The seniors centre volunteers walk people home', SENIORS, 'Seniors', 'P2', 'Local asset', 'no'],
];

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n');

test.use({ viewport: { width: 1366, height: 850 } });

test('workshop: present by keyboard, vote, see the priorities change, undo, export the deck (pptx and PDF)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createProjectByKeyboard(page, 'Harbour Voices');
  const projectId = projectIdOf(page);
  await press(page.getByRole('button', { name: 'Import notes…' }));
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await chooseImportFile(page, { name: 'harbour.csv', buffer: Buffer.from(csv(ROWS), 'utf8') });
  await press(dialog.getByRole('button', { name: 'Import 8 notes' }));
  await expect(dialog).toBeHidden();
  await addThemes(page, projectId, [
    { name: 'Dark paths', session: YOUTH_1, votes: 5, words: ['underpass'] },
    { name: 'Places to go', session: YOUTH_2, votes: 1, words: ['drop-in'] },
  ]);

  await page.goto(`/#/p/${projectId}/findings`);
  await press(page.getByRole('link', { name: 'Present to the council (workshop mode)' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Council workshop/ })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Workshop' }),
  ).toHaveAttribute('aria-current', 'page');
  const slide = page.locator('[aria-roledescription="slide"]');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Harbour Voices');
  await expectAccessible(page, 'workshop title slide');
  await shoot(page, 'workshop-title');

  // Arrows, PageDown, End and Home move through the deck: title, two themes, who is not heard yet, priorities.
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Dark paths');
  await expect(slide).toContainText('Priority 1 of 2 · 5 votes');
  await expect(slide.getByRole('figure')).toHaveCount(2);
  await page.keyboard.press('End');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Priorities');
  await page.keyboard.press('PageUp');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Who we have not heard from yet');
  await expectAccessible(page, 'workshop not-heard slide');
  await page.keyboard.press('Home');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Harbour Voices');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Places to go');
  await expect(slide).toContainText('Priority 2 of 2 · 1 vote');
  await expect(slide).not.toContainText(SECRET);
  await expect(slide).toContainText('The drop-in is only open on Tuesdays');

  // The room votes: six dots make "Places to go" the first priority; Ctrl+Z takes the last one back.
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  const votes = page.getByRole('group', { name: 'Votes for Places to go' });
  await expect(votes).toContainText('Votes at this workshop: 6');
  await expect(slide).toContainText('Priority 1 of 2 · 7 votes');
  const chart = slide.getByRole('list', { name: 'Priorities by votes' }).getByRole('listitem');
  await expect(chart.first()).toContainText('1. Places to go');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(votes).toContainText('Votes at this workshop: 5');
  await page.keyboard.press('-');
  await expect(votes).toContainText('Votes at this workshop: 4');
  await expect(slide).toContainText('· 5 votes');
  await expect(votes).toContainText('Recorded as “Council workshop');

  // Presenter notes by N; the slide order stays as it was when the deck opened, whatever the votes did.
  await page.keyboard.press('n');
  const notes = page.getByRole('complementary', { name: 'Presenter notes' });
  await expect(notes).toContainText('4 of them at the council workshop');
  await expectAccessible(page, 'workshop theme slide with votes and notes');
  await shoot(page, 'workshop-theme');
  await page.keyboard.press('ArrowLeft');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Dark paths');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Workshop shortcuts' });
  await expect(help).toContainText('Add a dot to this theme');
  await expectAccessible(page, 'workshop shortcuts');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Export the deck through the privacy gate: scan, see what leaves, save the PowerPoint.
  await press(page.getByRole('button', { name: 'Export deck' }));
  await press(page.getByRole('button', { name: 'Scan for personal information' }));
  await expect(page.getByText(/^Scan finished/)).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page, 'workshop export');
  await shoot(page, 'workshop-export');
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-workshop-'));
  try {
    const file = await download(page, /^Save Council workshop deck \(PowerPoint\)/, dir);
    expect(file.name).toMatch(/^harbour-voices-council-workshop-\d{4}-\d{2}-\d{2}\.pptx$/);
    const parts = unzipSync(new Uint8Array(file.bytes));
    const slides = Object.keys(parts).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(5);
    const text = Object.values(parts)
      .map((data) => new TextDecoder().decode(data))
      .join('\n');
    expect(text).toContain('Places to go');
    expect(text).toContain('4 of them at the council workshop');
    expect(text).not.toContain(SECRET);

    // The same deck as PDF, saved by keyboard from the same panel: one page per slide, the same words.
    const pdf = await download(page, /^Save Council workshop deck \(PDF\)/, dir);
    expect(pdf.name).toMatch(/^harbour-voices-council-workshop-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await PDFDocument.load(new Uint8Array(pdf.bytes))).getPageCount()).toBe(5);
    if (pdftotext) {
      const pages = [1, 2, 3, 4, 5].map((n) => pdfPageText(pdf.path, n).replace(/\s+/g, ' ')).join('\n');
      expect(pages).toContain('Places to go');
      expect(pages).toContain('(4 at this workshop)');
      expect(pages).toContain('The drop-in is only open on Tuesdays');
      expect(pages).not.toContain(SECRET);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Esc leaves the workshop for the findings.
  await page.locator('body').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Findings of Harbour Voices' })).toBeVisible();
});
