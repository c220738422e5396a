/**
 * Community approval as a facilitator meets it: mark a session as held with a community, see it marked in the list
 * and withheld in the export panel (and absent from the exported zip), record the community's approval, export
 * again with its words, and give the community its own copy back (bundle and readable report in one zip).
 * A session approved for counts only reaches the PMT by bundle as its counts: shown on its session screen and counted
 * in the PMT's export, with none of its words.
 * SHOTS=/some/folder saves screenshots at 1366×850 and 1024×700, and the returned files, for a look by eye.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  download,
  expectAccessible,
  openCaptureByKeyboard,
  press,
  projectIdOf,
  shoot,
  typeInto,
} from './support';

const WORD = 'Quillwortmarsh';
const CULTURAL = 'Sweetgrasslodge';

function zipText(bytes: Uint8Array): string {
  const decoder = new TextDecoder();
  return Object.values(unzipSync(bytes))
    .map((entry) => (entry[0] === 0x50 && entry[1] === 0x4b ? zipText(entry) : decoder.decode(entry)))
    .join('\n');
}

async function addNotes(page: Page, texts: string[]): Promise<void> {
  const composer = await openCaptureByKeyboard(page);
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(composer).toHaveValue('');
  }
  // The box empties at once; "Note added" is said when the note is stored. Wait for it, so it cannot land on top
  // of what the next key announces.
  await expect(page.locator('#note-feed > li')).toHaveCount(texts.length);
  await expect(page.getByTestId('live-region')).toHaveText('Note added');
}

async function exportAll(page: Page, projectId: string, dir: string): Promise<string> {
  await page.goto(`/#/p/${projectId}/findings`);
  await press(page.getByRole('tab', { name: 'Export' }));
  await press(page.getByRole('button', { name: 'Scan for personal information' }));
  await expect(page.getByText(/Scan finished/)).toBeVisible({ timeout: 60_000 });
  const zip = await download(page, /^Export all \d+ chosen formats/, dir);
  return zipText(new Uint8Array(zip.bytes));
}

test.use({ viewport: { width: 1366, height: 850 } });

test('community approval: withheld until approved, then exported, and returned to the community', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-community-'));
  await createProjectByKeyboard(page, 'Riverbend Voices');
  const projectId = projectIdOf(page);
  await createSessionByKeyboard(page, 'Seniors lunch', 'Seniors');
  await addNotes(page, ['No light at the bus shelter on King Street']);
  await page.goto(`/#/p/${projectId}/sessions`);
  await createSessionByKeyboard(page, 'Elders circle', 'Indigenous Peoples');
  const sessionUrl = page.url();
  await addNotes(page, [`The path by the ${WORD} floods every spring`]);

  // Capture flags a note as shared under cultural protocol: Alt+P for the next note (shown in the bar above the
  // note box), and the note's menu with the mouse.
  await page.keyboard.press('Alt+KeyP');
  await expect(page.getByTestId('live-region')).toHaveText('Next note will be marked cultural protocol');
  const nextNote = page.locator('dl.context-bar');
  await expect(nextNote).toContainText('Alt+P');
  await expect(nextNote).toContainText(/Cultural protocol\s*yes/);
  await page.keyboard.type(`The ${CULTURAL} story is for ceremony`);
  await page.keyboard.press('Enter');
  const feed = page.locator('#note-feed > li');
  await expect(feed.filter({ hasText: CULTURAL })).toContainText('Cultural protocol');
  await expect(nextNote).toContainText(/Cultural protocol\s*no/);
  await expectAccessible(page, 'capture with a cultural-protocol note');
  await shoot(page, 'capture-cultural');
  const other = feed.filter({ hasText: WORD });
  await other.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Mark cultural protocol' }).click();
  await expect(other).toContainText('Cultural protocol');
  await other.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Unmark cultural protocol' }).click();
  await expect(other).not.toContainText('Cultural protocol');

  // Mark the session as the community's, by keyboard.
  await page.goto(sessionUrl);
  const community = page.getByRole('form', { name: 'Community' });
  await typeInto(community.getByLabel('Community whose data it is'), 'Riverbend First Nation');
  await typeInto(community.getByLabel('Approval it requires'), 'Resolution of the Elders council');
  await press(community.getByRole('button', { name: 'Mark as community data' }));
  await expect(page.getByText('Riverbend First Nation: pending approval')).toBeVisible();
  await expect(page.getByText(/Withheld pending approval of Riverbend First Nation/)).toBeVisible();
  await expectAccessible(page, 'session with community data');
  await shoot(page, 'session-pending');

  await page.goto(`/#/p/${projectId}/sessions`);
  await expect(page.getByRole('row', { name: /Elders circle/ })).toContainText(
    'Riverbend First Nation: pending approval',
  );
  await expect(page.getByRole('row', { name: /Seniors lunch/ })).not.toContainText('pending approval');
  await expectAccessible(page, 'sessions list');
  await shoot(page, 'sessions-list');

  // Export: the notice names the community, and nothing of the session is in any file of the zip.
  const held = await exportAll(page, projectId, dir);
  await expect(page.getByText('1 session withheld pending community approval')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'withheld pending' })).toContainText(
    'Riverbend First Nation',
  );
  await expectAccessible(page, 'export with a withheld session');
  await shoot(page, 'export-withheld');
  expect(held).toContain('bus shelter');
  expect(held).not.toContain(WORD);
  expect(held).not.toContain('Elders circle');

  // Record the approval, with the mouse this time.
  await page.goto(sessionUrl);
  const approval = page.getByRole('form', { name: 'Record approval' });
  await approval.getByLabel('Approved by').fill('Elders council');
  await approval.getByLabel('Approved on').fill('2026-11-20');
  await approval.getByRole('checkbox', { name: /^Quotes/ }).check();
  await approval.getByRole('button', { name: 'Record approval' }).click();
  await expect(
    page.getByText('Approved by Elders council on November 20, 2026 for quotes, counts, themes.'),
  ).toBeVisible();
  await expect(page.getByText('Riverbend First Nation: approved')).toBeVisible();
  await expectAccessible(page, 'session with approval');
  await shoot(page, 'session-approved');

  const open = await exportAll(page, projectId, dir);
  await expect(page.getByText('withheld pending community approval')).toHaveCount(0);
  expect(open).toContain(WORD);
  // Approved for quotes, the cultural-protocol note still counts with its words withheld.
  expect(open).not.toContain(CULTURAL);
  expect(open).toContain('[withheld: cultural protocol]');

  // Return to community: one zip with the bundle and the report (cultural-protocol marking: communityReturn.test.ts).
  await page.goto(sessionUrl);
  const returned = await download(page, /^Return to community$/, dir);
  expect(returned.name).toBe('Returned to Riverbend First Nation - Elders circle.zip');
  const files = unzipSync(new Uint8Array(returned.bytes));
  const names = Object.keys(files).map((n) => n.replace(/^.*\//, ''));
  expect(names.sort()).toEqual([
    'Returned to Riverbend First Nation - Elders circle.docx',
    'Returned to Riverbend First Nation - Elders circle.fieldnotes',
    'Returned to Riverbend First Nation - Elders circle.html',
  ]);
  const html = new TextDecoder().decode(Object.entries(files).find(([n]) => n.endsWith('.html'))![1]);
  expect(html).toContain(WORD);
  expect(html).toContain(CULTURAL);
  expect(html).not.toContain('bus shelter');
  // The same return with its report in French: the report's words change, the community's own do not.
  await page.getByLabel('Language of the report').selectOption('fr-CA');
  const french = await download(page, /^Return to community$/, dir);
  expect(french.name).toBe('Remis à Riverbend First Nation - Elders circle.zip');
  const frenchFiles = unzipSync(new Uint8Array(french.bytes));
  const frenchHtml = new TextDecoder().decode(Object.entries(frenchFiles).find(([n]) => n.endsWith('.html'))![1]);
  expect(frenchHtml).toContain('<html lang="fr-CA"');
  expect(frenchHtml).toContain('Remis à Riverbend First Nation\u00a0: Elders circle');
  expect(frenchHtml).toContain('Protocole culturel\u00a0: partagé selon vos conditions');
  expect(frenchHtml).toContain(CULTURAL);
  expect(frenchHtml).not.toContain('What was shared');
  const shots = process.env.SHOTS;
  if (shots) {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(shots, name.replace(/^.*\//, '')), bytes);
    copyFileSync(returned.path, join(shots, returned.name));
  }
});

async function newDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 850 } });
  return context.newPage();
}

test('a session approved for counts only reaches the PMT by bundle as its counts, without its words', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-community-counts-'));
  const a = await newDevice(browser);
  await createProjectByKeyboard(a, 'Riverbend Voices');
  const projectId = projectIdOf(a);
  await createSessionByKeyboard(a, 'Elders circle', 'Indigenous Peoples');
  const sessionUrl = a.url();
  await addNotes(a, [`The path by the ${WORD} floods every spring`, 'Young people cross the river at night']);
  await a.goto(sessionUrl);
  const community = a.getByRole('form', { name: 'Community' });
  await typeInto(community.getByLabel('Community whose data it is'), 'Riverbend First Nation');
  await press(community.getByRole('button', { name: 'Mark as community data' }));
  const approval = a.getByRole('form', { name: 'Record approval' });
  await approval.getByLabel('Approved by').fill('Elders council');
  await approval.getByLabel('Approved on').fill('2026-11-20');
  await approval.getByRole('button', { name: 'Record approval' }).click();
  await expect(a.getByText('Approved by Elders council on November 20, 2026 for counts, themes.')).toBeVisible();

  // The bundle export takes the session's counts first.
  await press(a.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Sync' }));
  const downloading = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Export bundle…' }).click();
  const bundle = await downloading;
  await expect(a.getByText(/^Bundle saved as “.*\.fieldnotes”\.$/)).toBeVisible({ timeout: 30_000 });
  const bytes = readFileSync((await bundle.path())!);
  expect(zipText(new Uint8Array(bytes))).not.toContain(WORD);

  const pmt = await newDevice(browser);
  await pmt.goto('/#/');
  await pmt.getByRole('button', { name: 'Import bundle…' }).click();
  const dialog = pmt.getByRole('dialog', { name: 'Import bundle' });
  const choosing = pmt.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (
    await choosing
  ).setFiles({ name: bundle.suggestedFilename(), mimeType: 'application/octet-stream', buffer: bytes });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Open Riverbend Voices' }).click();
  await press(pmt.getByRole('link', { name: 'Elders circle', exact: true }));
  await expect(pmt.getByText(/^Counts shared by the community: 2 notes, 0 speakers \(as of .+\)\.$/)).toBeVisible();
  // What the counts hold, opened by keyboard: rows of names and numbers, the question named from the guide.
  const holds = pmt.locator('summary', { hasText: 'What the counts hold' });
  await holds.focus();
  await pmt.keyboard.press('Enter');
  const perQuestion = pmt.getByRole('table', { name: 'Notes per question' });
  await expect(perQuestion).toBeVisible();
  const questionRows = await perQuestion.getByRole('row').allTextContents();
  expect(questionRows.slice(1).reduce((sum, row) => sum + Number(/(\d+)$/.exec(row)![1]), 0)).toBe(2);
  await expect(pmt.getByRole('table', { name: 'Notes per kind' })).toBeVisible();
  expect(await pmt.locator('.community-tally-rows').textContent()).not.toContain(WORD);
  await expectAccessible(pmt, 'session known by its counts');
  await shoot(pmt, 'session-counts');

  const exported = await exportAll(pmt, projectId, dir);
  await expect(pmt.getByText('1 approved community session leaves only what its approval covers.')).toBeVisible();
  expect(exported).toContain('2 notes are counted without text');
  expect(exported).toContain('Elders circle');
  expect(exported).not.toContain(WORD);
});
