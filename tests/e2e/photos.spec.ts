/**
 * Wall photos, in Chromium, as a facilitator uses them: attach a photo a phone took (with EXIF and a GPS position)
 * through the file chooser, see that what is stored is scaled down and carries no EXIF or GPS, read its text on
 * this computer with no request leaving it, then review the lines by keyboard — confirm one, edit one, drop one —
 * and find the notes in capture and on the board. axe clean; screenshots when SHOTS names a folder.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { normaliseLine } from '../../shared/photos/ocrLines';
import { jpegMetadataSegments } from '../../shared/photos/photoBytes';
import { GPS_LATITUDE, renderStickyPhoto, withExifGps } from './stickyPhotos';
import { createProjectByKeyboard, createSessionByKeyboard, expectAccessible, press, typeInto } from './support';

const LINES = ['More bus shelters', 'Safe crossing at Elm', 'Lights in the park'];
const SHOTS = process.env.SHOTS;

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1366, 850],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 850 });
}

/** The stored photos' bytes, read straight from IndexedDB (records and their change records). */
async function storedPhotoBytes(page: Page): Promise<{ width: number; height: number; bytes: number[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fieldnotes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(['photos', 'changes']).objectStore('photos').getAll();
          read.onsuccess = () => {
            const decode = (text: string) => [...atob(text)].map((c) => c.charCodeAt(0));
            resolve(
              (read.result as { width: number; height: number; data: string }[]).map((p) => ({
                width: p.width,
                height: p.height,
                bytes: decode(p.data),
              })),
            );
            open.result.close();
          };
        };
      }),
  );
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).indexOf(Buffer.from(needle)) >= 0;
}

test('attach a phone photo, read its text offline, confirm, edit and drop lines, see the notes', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const local = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').host;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  // A clean phone photo (the benchmark measures turned, noisy and shaded ones): larger than the app keeps, with
  // EXIF and a GPS position.
  const maker = await context.newPage();
  const photo = withExifGps(
    await renderStickyPhoto(maker, {
      lines: LINES,
      style: 'printed',
      rotation: 0,
      noise: 0,
      shade: 0,
      width: 3000,
      height: 2250,
    }),
  );
  await maker.close();
  expect(jpegMetadataSegments(photo)).toContain('EXIF');

  await createProjectByKeyboard(page, 'Wall photos');
  await createSessionByKeyboard(page, 'Youth council', 'Youth');
  const chooser = page.waitForEvent('filechooser');
  await press(page.getByRole('button', { name: 'Attach photos…' }));
  await (await chooser).setFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('list', { name: 'Photos of this session' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Photo 1 · 2400 × 1800')).toBeVisible();

  const [stored] = await storedPhotoBytes(page);
  const bytes = new Uint8Array(stored!.bytes);
  expect([stored!.width, stored!.height]).toEqual([2400, 1800]);
  expect(jpegMetadataSegments(bytes)).toEqual([]);
  expect(contains(bytes, Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
  const latitude = Buffer.alloc(24);
  GPS_LATITUDE.forEach((value, i) => latitude.writeUInt32BE(value, i * 4));
  expect(contains(bytes, latitude)).toBe(false);
  await expectAccessible(page, 'session with a photo');

  // Read the text: only this computer is asked for anything.
  await page.getByLabel('Text on the photos is in').selectOption('eng');
  await press(page.getByRole('button', { name: 'Read text on Photo 1' }));
  const drafts = page.getByRole('list', { name: 'Recognised lines' }).getByRole('listitem');
  await expect(drafts.first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Handwriting may need fixing/)).toBeVisible();
  await shoot(page, 'session-review');
  const read = (await drafts.locator('.draft-text').allTextContents()).map(normaliseLine);
  const matched = LINES.filter((line) => read.includes(normaliseLine(line)));
  expect(matched.length, `lines read: ${JSON.stringify(read)}`).toBeGreaterThanOrEqual(2);
  const offsite = requests.filter(
    (url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).host !== local,
  );
  expect(offsite).toEqual([]);
  expect(requests.some((url) => url.endsWith('/ocr/lang/eng.traineddata.gz'))).toBe(true);
  await expectAccessible(page, 'review of recognised lines');

  // Keyboard review: the first line becomes a note as read, the next is edited, the one after dropped.
  const count = await drafts.count();
  const first = drafts.first();
  const firstText = (await first.locator('.draft-text').textContent())!;
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(drafts).toHaveCount(count - 1);
  await expect(drafts.first()).toBeFocused();
  await page.keyboard.press('F2');
  const editor = page.getByRole('textbox', { name: /^Line text/ });
  await typeInto(editor, 'Safer crossing at Elm St');
  await page.keyboard.press('Enter');
  await expect(drafts).toHaveCount(count - 2);
  if (count > 2) {
    await expect(drafts.first()).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(drafts).toHaveCount(count - 3);
  }

  // The notes are the session's: in capture and on the board, with the photo beside the board.
  await press(page.getByRole('link', { name: 'Open capture' }));
  const feed = page.locator('#note-feed > li');
  await expect(feed).toHaveCount(2);
  await expect(feed.filter({ hasText: 'Safer crossing at Elm St' })).toHaveCount(1);
  await expect(feed.filter({ hasText: firstText })).toHaveCount(1);
  await press(page.getByRole('link', { name: 'Board', exact: true }));
  await press(page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Youth council' }));
  await expect(page.getByRole('complementary', { name: 'Wall photos' }).getByRole('img')).toHaveCount(1);
  const stickies = page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option');
  await expect(stickies).toHaveCount(2);
  await expect(page.getByRole('option', { name: /^Safer crossing at Elm St/ })).toHaveCount(1);
  await expectAccessible(page, 'board with photos');
  await shoot(page, 'board');
});
