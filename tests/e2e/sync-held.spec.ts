/**
 * Changes from a device whose date is years ahead, arriving through a bundle: the import says they will wait,
 * the Sync screen lists them ("Held: …") with Accept and Reject, and nothing of them shows until accepted.
 * Accepted by keyboard, the session they make appears; the screen passes axe with the list shown.
 * Set SHOTS to a folder to keep screenshots of the list at two window sizes.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  expectAccessible,
  openCaptureByKeyboard,
  press,
  shoot,
} from './support';

const PROJECT = 'Harbour youth plan';
const SESSION = 'Youth – Harbour Hall';
const ON_TIME = 'The skate park needs lights';
const FROM_THE_FUTURE = 'Parents – planned on a laptop with a wrong date';

async function newDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

async function addNote(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(page.locator('#note-feed > li').filter({ hasText: text })).toHaveCount(1);
}

async function openSync(page: Page): Promise<void> {
  await press(page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Sync' }));
  await expect(page.getByRole('heading', { level: 1, name: `Sync of ${PROJECT}` })).toBeVisible();
}

async function exportBundle(page: Page): Promise<{ name: string; buffer: Buffer }> {
  await openSync(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export bundle…' }).click();
  const download = await downloading;
  await expect(page.getByText(/^Bundle saved as “.*\.fieldnotes”\.$/)).toBeVisible({ timeout: 30_000 });
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
}

async function importBundle(page: Page, file: { name: string; buffer: Buffer }, expected: RegExp | string) {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Import bundle…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import bundle' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (await choosing).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
  await expect(dialog.getByText(expected)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText(`Imported into “${PROJECT}”`, { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: `Open ${PROJECT}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sessions of ${PROJECT}` })).toBeVisible();
}

test('changes dated years ahead wait on the Sync screen until accepted', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await newDevice(browser);
  await createProjectByKeyboard(a, PROJECT);
  await createSessionByKeyboard(a, SESSION, 'Seniors');
  await openCaptureByKeyboard(a);
  await addNote(a, ON_TIME);
  const first = await exportBundle(a);

  const b = await newDevice(browser);
  await b.goto('/');
  await importBundle(b, first, `Adds the project “${PROJECT}”.`);

  // A's date jumps five years ahead (the app keeps the clock it started with, so start it again); the next
  // session is stamped then.
  await a.clock.setFixedTime(new Date('2031-06-01T10:00:00Z'));
  await a.reload();
  await press(a.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Sessions' }));
  await createSessionByKeyboard(a, FROM_THE_FUTURE, 'Seniors');
  const second = await exportBundle(a);

  await importBundle(
    b,
    second,
    /dated more than a day ahead of this computer: (it waits|they wait) on the Sync screen/,
  );
  await expect(b.getByRole('link', { name: SESSION, exact: true })).toBeVisible();
  await expect(b.getByRole('link', { name: FROM_THE_FUTURE, exact: true })).toHaveCount(0);

  await openSync(b);
  const held = b.getByText(/^Held: \d+ changes? from .+ dated June 1, 2031$/);
  await expect(held).toBeVisible();
  await expectAccessible(b, 'the sync screen with held changes');
  await held.scrollIntoViewIfNeeded();
  await shoot(b, 'held', { fullPage: false });

  // Reject is asked about first; keeping them waiting changes nothing.
  await press(b.getByRole('button', { name: 'Reject…' }));
  const asking = b.getByRole('alertdialog', { name: /^Reject \d+ changes? from / });
  await expect(asking).toBeVisible();
  await expectAccessible(b, 'the reject question');
  await shoot(b, 'reject', { fullPage: false });
  await b.keyboard.press('Escape');
  await expect(asking).toHaveCount(0);
  await expect(held).toBeVisible();

  await press(b.getByRole('button', { name: 'Accept' }));
  await expect(held).toHaveCount(0);
  await press(b.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Sessions' }));
  await expect(b.getByRole('link', { name: FROM_THE_FUTURE, exact: true })).toBeVisible();

  await a.context().close();
  await b.context().close();
});
