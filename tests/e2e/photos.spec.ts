/**
 * Wall photos, in Chromium, as a facilitator uses them: attach a photo a phone took (with EXIF and a GPS position)
 * through the file chooser, see that what is stored is scaled down and carries no EXIF or GPS, read its text on
 * this computer with no request leaving it, then review the lines by keyboard — confirm one, edit one, drop one —
 * and find the notes in capture and on the board. Removing the photo leaves the notes whole and undo brings it
 * back; erasing it (by keyboard, through the confirmation) leaves its bytes in no IndexedDB store, even after undo,
 * and the notes made from it keep their words and lose their link. Two sessions' photos (one attached with the
 * mouse) show on the whole project's board, grouped by session and reached by Tab. Lists and the board show a
 * 320-pixel thumbnail stored beside the photo (made on first display for photos that came without one) and
 * erasure takes it too.
 * axe clean; screenshots when SHOTS names a folder.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { normaliseLine } from '../../shared/photos/ocrLines';
import { jpegMetadataSegments } from '../../shared/photos/photoBytes';
import { GPS_LATITUDE, renderStickyPhoto, withExifGps } from './stickyPhotos';
import { createProjectByKeyboard, createSessionByKeyboard, expectAccessible, press, shoot, typeInto } from './support';

const LINES = ['More bus shelters', 'Safe crossing at Elm', 'Lights in the park'];

/** The stored photos' bytes, read straight from IndexedDB (records and their change records). */
async function storedPhotoBytes(
  page: Page,
): Promise<{ width: number; height: number; bytes: number[]; thumb: number[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fieldnotes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(['photos', 'changeBatches']).objectStore('photos').getAll();
          read.onsuccess = () => {
            const decode = (text: string) => [...atob(text)].map((c) => c.charCodeAt(0));
            resolve(
              (read.result as { width: number; height: number; data: string; thumb?: string }[]).map((p) => ({
                width: p.width,
                height: p.height,
                bytes: decode(p.data),
                thumb: decode(p.thumb ?? ''),
              })),
            );
            open.result.close();
          };
        };
      }),
  );
}

/** Every photo record as stored: its id, session and base64 bytes, and its thumbnail's. */
async function storedPhotoData(page: Page): Promise<{ id: string; sessionId: string; data: string; thumb?: string }[]> {
  const stores = JSON.parse(await everythingStored(page, ['photos'])) as [string, string, unknown[]][];
  return (stores[0]?.[2] ?? []) as { id: string; sessionId: string; data: string; thumb?: string }[];
}

/** The width and height of the picture an <img> shows (the thumbnail's, or the full photo's). */
/** The size of the picture shown, once it is one: a photo whose thumbnail is still being made is a placeholder. */
async function shownSize(image: Locator): Promise<[number, number]> {
  await expect
    .poll(() => image.evaluate((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0))
    .toBe(true);
  return image.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight] as [number, number]);
}

/**
 * Takes the thumbnail out of every stored photo, as photos from a version before thumbnails arrive. Written
 * straight to IndexedDB, below the app's mirror, so the board's derived table is emptied of them here too, as the
 * mirror would when such a photo arrives by sync or a bundle.
 */
async function dropStoredThumbnails(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fieldnotes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['photos', 'photoThumbs'], 'readwrite');
          for (const name of ['photos', 'photoThumbs']) {
            const store = tx.objectStore(name);
            const read = store.getAll();
            read.onsuccess = () => {
              for (const photo of read.result as { thumb?: string }[]) {
                delete photo.thumb;
                store.put(photo);
              }
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The board's derived rows of the photos (photoThumbs), as stored. */
async function storedThumbRows(page: Page): Promise<{ id: string; thumb?: string }[]> {
  const stores = JSON.parse(await everythingStored(page, ['photoThumbs'])) as [string, string, unknown[]][];
  return (stores[0]?.[2] ?? []) as { id: string; thumb?: string }[];
}

/** The photo links of every note, as stored. */
async function notePhotoLinks(page: Page): Promise<{ photoId: string }[]> {
  const stores = JSON.parse(await everythingStored(page, ['notes'])) as [string, string, unknown[]][];
  return (stores[0]?.[2] as { photoRegion?: { photoId: string } | null }[]).flatMap((note) =>
    note.photoRegion ? [note.photoRegion] : [],
  );
}

/** Every store of every IndexedDB database of the page (or only the stores named), as JSON text. */
async function everythingStored(page: Page, only?: string[]): Promise<string> {
  return page.evaluate(async (only) => {
    const out: unknown[] = [];
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const info of await indexedDB.databases()) {
      const db = await request(indexedDB.open(info.name!));
      for (const store of [...db.objectStoreNames]) {
        if (only && !only.includes(store)) continue;
        out.push([info.name, store, await request(db.transaction(store, 'readonly').objectStore(store).getAll())]);
      }
      db.close();
    }
    if (!only) out.push(Object.entries(localStorage));
    return JSON.stringify(out);
  }, only);
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
  const youthUrl = page.url();
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
  // Beside it, a small copy for lists and the board, as clean; the session's strip shows that, not the photo.
  const thumb = new Uint8Array(stored!.thumb);
  expect(thumb.length).toBeGreaterThan(1000);
  expect(thumb.length).toBeLessThan(64 * 1024);
  expect(jpegMetadataSegments(thumb)).toEqual([]);
  expect(contains(thumb, latitude)).toBe(false);
  const inStrip = page.getByRole('list', { name: 'Photos of this session' }).getByRole('img');
  expect(await shownSize(inStrip)).toEqual([320, 240]);
  await expectAccessible(page, 'session with a photo');

  // Read the text: only this computer is asked for anything.
  await page.getByLabel('Text on the photos is in').selectOption('eng');
  await press(page.getByRole('button', { name: 'Read text on Photo 1' }));
  const drafts = page.getByRole('list', { name: 'Recognised lines' }).getByRole('listitem');
  await expect(drafts.first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Handwriting may need fixing/)).toBeVisible();
  // The photo a person opens is the full one.
  expect(await shownSize(page.getByRole('img', { name: 'The photo being reviewed' }))).toEqual([2400, 1800]);
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
  expect(await shownSize(page.getByRole('complementary', { name: 'Wall photos' }).getByRole('img'))).toEqual([
    320, 240,
  ]);
  const stickies = page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option');
  await expect(stickies).toHaveCount(2);
  await expect(page.getByRole('option', { name: /^Safer crossing at Elm St/ })).toHaveCount(1);
  await expectAccessible(page, 'board with photos');
  await shoot(page, 'board');

  // Removing the photo the notes came from: the notes stay whole, and Ctrl+Z brings the photo back.
  const projectId = /#\/p\/([^/]+)/.exec(page.url())![1]!;
  await page.goto(youthUrl);
  const strip = page.getByRole('list', { name: 'Photos of this session' }).getByRole('listitem');
  await page.getByRole('button', { name: 'Remove Photo 1' }).click();
  await expect(strip).toHaveCount(0);
  await press(page.getByRole('link', { name: 'Open capture' }));
  await expect(feed).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('live-region')).toHaveText(/^Undid/);
  await page.goto(youthUrl);
  await expect(strip).toHaveCount(1);

  // Erasing it for ever, by keyboard: the dialog says why and what it cannot reach; Cancel has the focus.
  const before = await storedPhotoData(page);
  expect(before).toHaveLength(1);
  await press(page.getByRole('button', { name: 'Erase for ever… (Photo 1)' }));
  const dialog = page.getByRole('alertdialog', { name: 'Erase Photo 1 for ever?' });
  await expect(dialog).toContainText('Someone may be recognisable on a wall photo');
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page, 'the erase-photo dialog');
  await shoot(page, 'erase-photo-dialog');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Erase for ever' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-region')).toHaveText('Photo erased for ever');
  await expect(strip).toHaveCount(0);
  const youthPhoto = before.find((p) => youthUrl.endsWith(`/sessions/${p.sessionId}`))!;
  const gone = [
    youthPhoto.data,
    youthPhoto.data.slice(2000, 2100),
    youthPhoto.thumb!,
    youthPhoto.thumb!.slice(500, 600),
  ];
  // The notes keep their words and no longer point at the photo; capture and the board show them as before.
  const links = await notePhotoLinks(page);
  expect(links.filter((link) => link.photoId === youthPhoto.id)).toEqual([]);
  await press(page.getByRole('link', { name: 'Open capture' }));
  await expect(feed.filter({ hasText: 'Safer crossing at Elm St' })).toHaveCount(1);
  await page.goto(`/#/p/${projectId}/board`);
  await expect(page.getByRole('option', { name: /^Safer crossing at Elm St/ })).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: 'Wall photos' })).toHaveCount(0);
  // Undo, again and again, never brings the bytes back.
  for (let i = 0; i < 5; i++) {
    const stored = await everythingStored(page);
    expect(gone.filter((probe) => stored.includes(probe))).toEqual([]);
    expect(stored).toContain('Safer crossing at Elm St');
    await page.keyboard.press('ControlOrMeta+z');
  }
  expect(await storedPhotoData(page)).toEqual([expect.objectContaining({ id: youthPhoto.id, erased: true })]);
});

test('the whole project’s board shows each session’s photos, grouped by session and reached by Tab', async ({
  page,
  context,
}) => {
  const maker = await context.newPage();
  const photos = [];
  for (const lines of [['Youth hub hours'], ['Benches at the bus stop']]) {
    photos.push(
      await renderStickyPhoto(maker, {
        lines,
        style: 'block',
        rotation: 0,
        noise: 0,
        shade: 0,
        width: 1200,
        height: 900,
      }),
    );
  }
  await maker.close();
  await createProjectByKeyboard(page, 'Wall photos');
  const projectId = /#\/p\/([^/]+)/.exec(page.url())![1]!;
  await createSessionByKeyboard(page, 'Youth council', 'Youth');
  const youth = page.waitForEvent('filechooser');
  await press(page.getByRole('button', { name: 'Attach photos…' }));
  await (await youth).setFiles({ name: 'IMG_2049.jpg', mimeType: 'image/jpeg', buffer: photos[0]! });
  await expect(page.getByRole('list', { name: 'Photos of this session' }).getByRole('listitem')).toHaveCount(1);

  // A second session's photo, attached with the mouse.
  await page.goto(`/#/p/${projectId}/sessions`);
  await createSessionByKeyboard(page, 'Seniors lunch', 'Seniors');
  const seniorsUrl = page.url();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach photos…' }).click();
  await (await choosing).setFiles({ name: 'IMG_2050.jpg', mimeType: 'image/jpeg', buffer: photos[1]! });
  await expect(page.getByRole('list', { name: 'Photos of this session' }).getByRole('listitem')).toHaveCount(1);

  // Photos that arrived from a version before thumbnails get one made on the board, kept for next time.
  await dropStoredThumbnails(page);
  expect((await storedPhotoData(page)).map((photo) => photo.thumb)).toEqual([undefined, undefined]);
  await press(page.getByRole('link', { name: 'Board', exact: true }));
  await press(page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Whole project' }));
  const wall = page.getByRole('complementary', { name: 'Wall photos' });
  await expect(wall.getByRole('list', { name: 'Youth council' }).getByRole('img')).toHaveCount(1);
  await expect(wall.getByRole('list', { name: 'Seniors lunch' }).getByRole('img')).toHaveCount(1);
  expect(await shownSize(wall.getByRole('list', { name: 'Youth council' }).getByRole('img'))).toEqual([320, 240]);
  await expect
    .poll(async () => (await storedPhotoData(page)).every((photo) => (photo.thumb?.length ?? 0) > 1000))
    .toBe(true);
  // The board's derived table holds the thumbnails kept, and nothing of the photos' bytes.
  const kept = await storedPhotoData(page);
  const rows = await storedThumbRows(page);
  expect(rows.map((row) => [row.id, row.thumb]).sort()).toEqual(kept.map((photo) => [photo.id, photo.thumb]).sort());
  expect(kept.every((photo) => !JSON.stringify(rows).includes(photo.data.slice(2000, 2100)))).toBe(true);
  // Reachable by Tab from the board's navigation, each photo a link to its session.
  await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Youth council' }).focus();
  const firstPhoto = wall.getByRole('link', { name: 'Wall photo 1 of Youth council' });
  for (let i = 0; i < 10 && !(await firstPhoto.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstPhoto).toBeFocused();
  await expectAccessible(page, 'whole-project board with photos of two sessions');
  await shoot(page, 'project-board');
  await page.keyboard.press('Tab');
  await expect(wall.getByRole('link', { name: 'Wall photo 1 of Seniors lunch' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(seniorsUrl);
});
