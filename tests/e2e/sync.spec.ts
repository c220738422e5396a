/**
 * Sync end to end in Chromium, with two devices (two browser contexts: separate IndexedDB and storage).
 * Device A plans a session, captures notes, makes a theme on the board and exports a bundle; device B imports it
 * from the Projects screen, sees the preview, applies it and finds the session, the notes and the theme.
 * Importing the same file again says "nothing new" and changes nothing; a damaged file and a wrong passphrase
 * give the bundle's own message and change nothing. The sync screen and the import dialog pass axe.
 * Folder sync runs on a real File System Access directory (the origin-private file system), with a copy step
 * standing in for the cloud service.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  expectAccessible,
  openCaptureByKeyboard,
  press,
  sessionBoardWithNotes,
} from './support';

const PROJECT = 'Riverside safety plan';
const SESSION = 'Seniors – Central Library';
const NOTES = ['Street lighting on Main St is too dim', 'More lighting near the bus stops', 'Buses stop at 9 pm'];
const THEME = 'Lighting';

async function newDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

/** Device A's work: project from the template, a session with notes, a theme made on the board. */
async function facilitatorWork(page: Page): Promise<void> {
  await sessionBoardWithNotes(page, { project: PROJECT, session: SESSION, group: 'Seniors', notes: NOTES });
  // The board paints stickies on a canvas; each is an option named by its text.
  const sticky = (text: string) =>
    page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option', { name: text });
  await sticky(NOTES[0]!).click();
  await sticky(NOTES[1]!).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Create theme…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create theme' });
  await dialog.getByLabel('Theme name').fill(THEME);
  await dialog.getByRole('button', { name: 'Create theme' }).click();
  await expect(sticky(NOTES[0]!)).toHaveAccessibleName(/theme Lighting/);
}

async function openSyncScreen(page: Page): Promise<void> {
  await press(page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Sync' }));
  await expect(page.getByRole('heading', { level: 1, name: `Sync of ${PROJECT}` })).toBeVisible();
}

/** Export from the sync screen; the bundle's bytes and name, as the browser downloaded them. */
async function exportBundle(page: Page, passphrase?: string): Promise<{ name: string; buffer: Buffer }> {
  if (passphrase) {
    await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Passphrase again').fill(passphrase);
  }
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export bundle…' }).click();
  const download = await downloading;
  await expect(page.getByText(/^Bundle saved as “.*\.fieldnotes”\.$/)).toBeVisible({ timeout: 30_000 });
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), buffer: await readFile(path) };
}

/** Open the import dialog from the Projects screen and hand it a file through the file chooser. */
async function importFromProjects(page: Page, file: { name: string; buffer: Buffer }) {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Import bundle…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import bundle' });
  await expect(dialog).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  const chooser = await choosing;
  await chooser.setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
  return dialog;
}

/** Rows in every table of the page's database, read with the browser's own IndexedDB API (the app has no back door). */
async function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fieldnotes');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, number> = {};
    try {
      for (const name of db.objectStoreNames) {
        out[name] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
    } finally {
      db.close();
    }
    return out;
  });
}

test('a bundle carries a session, its notes and a theme to a second device; importing it again changes nothing', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await newDevice(browser);
  await facilitatorWork(a);
  await openSyncScreen(a);
  await expect(a.getByText('This browser cannot sync through a folder', { exact: false })).toHaveCount(0);
  await expectAccessible(a, 'the sync screen');
  await a.getByLabel('Device name').fill('Maria’s laptop');
  await a.getByRole('button', { name: 'Save name' }).click();
  const bundle = await exportBundle(a);
  expect(bundle.name).toMatch(/\.fieldnotes$/);

  const b = await newDevice(browser);
  await b.goto('/');
  const dialog = await importFromProjects(b, bundle);
  await expect(dialog.getByText(`Adds the project “${PROJECT}”.`)).toBeVisible();
  await expect(dialog.getByText('from Maria’s laptop', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveText([`${SESSION} new`]);
  await expect(dialog.getByRole('list', { name: 'Themes' }).getByRole('listitem')).toHaveText([`${THEME} new`]);
  await expectAccessible(b, 'the import dialog');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText(`Imported into “${PROJECT}”`, { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: `Open ${PROJECT}` }).click();

  await expect(b.getByRole('heading', { level: 1, name: `Sessions of ${PROJECT}` })).toBeVisible();
  await press(b.getByRole('link', { name: SESSION, exact: true }));
  await openCaptureByKeyboard(b);
  for (const text of NOTES) await expect(b.locator('#note-feed > li').filter({ hasText: text })).toHaveCount(1);
  await press(b.getByRole('link', { name: 'Board', exact: true }));
  await press(b.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: SESSION }));
  const sticky = (text: string) =>
    b.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option', { name: text });
  await expect(sticky(NOTES[0]!)).toHaveAccessibleName(/theme Lighting/);
  await expect(sticky(NOTES[2]!)).toHaveAccessibleName(/no theme/);

  // The same file again: nothing new, and no Import button to press.
  const before = await countRecords(b);
  const again = await importFromProjects(b, bundle);
  await expect(again.getByText('Nothing new: everything in this bundle is already here.')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await again.getByRole('button', { name: 'Close' }).click();
  expect(await countRecords(b)).toEqual(before);

  // A damaged copy (cut short in transit): the bundle's own words, and nothing changes.
  const damaged = await importFromProjects(b, { name: 'cut-short.fieldnotes', buffer: bundle.buffer.subarray(0, 200) });
  await expect(damaged.getByRole('alert')).toHaveText(/This bundle is damaged .*Nothing was imported/);
  await expect(damaged.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  expect(await countRecords(b)).toEqual(before);

  await a.context().close();
  await b.context().close();
});

test('an encrypted bundle asks for its passphrase, refuses a wrong one, and opens with the right one', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await newDevice(browser);
  await createProjectByKeyboard(a, PROJECT);
  await createSessionByKeyboard(a, SESSION, 'Seniors');
  await openSyncScreen(a);
  await a.getByRole('radio', { name: /project kit/ }).check();
  const kit = await exportBundle(a, 'correct horse battery');

  const b = await newDevice(browser);
  await b.goto('/');
  const dialog = await importFromProjects(b, kit);
  await expect(dialog.getByText('is protected by a passphrase', { exact: false })).toBeVisible();
  await dialog.getByLabel('Passphrase').fill('wrong passphrase');
  await dialog.getByRole('button', { name: 'Open bundle' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'That passphrase does not open this bundle. Check it and try again. Nothing was imported.',
    { timeout: 30_000 },
  );
  expect((await countRecords(b)).projects).toBe(0);

  await dialog.getByLabel('Passphrase').fill('correct horse battery');
  await dialog.getByRole('button', { name: 'Open bundle' }).click();
  await expect(dialog.getByText(`Adds the project “${PROJECT}”.`)).toBeVisible({ timeout: 30_000 });
  // A kit carries the plan, not the sessions.
  await expect(dialog.getByText(SESSION)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: `Open ${PROJECT}` }).click();
  await expect(b.getByRole('heading', { level: 1, name: `Sessions of ${PROJECT}` })).toBeVisible();
  await expect(b.getByText('No sessions yet.', { exact: false })).toBeVisible();

  await a.context().close();
  await b.context().close();
});

/**
 * Point the open project at a folder in this device's origin-private file system: a real File System Access
 * directory handle, stored where the app keeps the folder the person picked (the picker itself cannot be
 * driven headless). Written with the browser's own IndexedDB API, then the page reloads to read it, as the
 * app would on its next start.
 */
async function useOpfsFolder(page: Page, projectId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const done = (request: IDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = (await done(indexedDB.open('fieldnotes'))) as IDBDatabase;
    try {
      const root = await navigator.storage.getDirectory();
      const shared = await root.getDirectoryHandle('Shared', { create: true });
      const key = `sync:project:${id}`;
      const stored = (await done(db.transaction('meta').objectStore('meta').get(key))) as { value: object } | undefined;
      const meta = db.transaction('meta', 'readwrite').objectStore('meta');
      await done(meta.put({ key: `sync:handle:${id}`, value: shared }));
      await done(meta.put({ key, value: { ...(stored?.value ?? { projectId: id }), folderLabel: 'Shared' } }));
    } finally {
      db.close();
    }
  }, projectId);
  await page.reload();
}

/** Every file under the OPFS folder, as path → bytes. */
function readOpfs(page: Page): Promise<[string, number[]][]> {
  return page.evaluate(async () => {
    type Dir = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };
    const out: [string, number[]][] = [];
    async function walk(dir: Dir, prefix: string) {
      for await (const entry of dir.values()) {
        if (entry.kind === 'directory') await walk(entry as Dir, `${prefix}${entry.name}/`);
        else {
          const file = await (entry as FileSystemFileHandle).getFile();
          out.push([`${prefix}${entry.name}`, [...new Uint8Array(await file.arrayBuffer())]]);
        }
      }
    }
    const root = await navigator.storage.getDirectory();
    await walk((await root.getDirectoryHandle('Shared', { create: true })) as Dir, '');
    return out;
  });
}

/** What a file-sync service does between two laptops: copy the files that are new. */
async function copyOpfs(from: Page, to: Page): Promise<number> {
  const files = await readOpfs(from);
  return to.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory();
    let copied = 0;
    for (const [path, bytes] of entries) {
      let dir = await root.getDirectoryHandle('Shared', { create: true });
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
      copied++;
    }
    return copied;
  }, files);
}

test('folder sync through a real File System Access folder: one device’s notes reach the other', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await newDevice(browser);
  await a.goto('/');
  await createProjectByKeyboard(a, PROJECT);
  const projectId = /#\/p\/([^/]+)/.exec(a.url())![1]!;
  await openSyncScreen(a);
  await a.getByRole('radio', { name: /project kit/ }).check();
  const kit = await exportBundle(a);

  // Device B starts from the PMT's kit, as a facilitator would.
  const b = await newDevice(browser);
  await b.goto('/');
  const dialog = await importFromProjects(b, kit);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: `Open ${PROJECT}` }).click();
  await expect(b.getByRole('heading', { level: 1, name: `Sessions of ${PROJECT}` })).toBeVisible();

  // A captures a session and syncs to its folder.
  await a.goto(`/#/p/${projectId}/sessions`);
  await createSessionByKeyboard(a, SESSION, 'Seniors');
  await openCaptureByKeyboard(a);
  for (const text of NOTES) {
    await a.keyboard.type(text);
    await a.keyboard.press('Enter');
  }
  await expect(a.locator('#note-feed > li')).toHaveCount(NOTES.length);
  await openSyncScreen(a);
  await a.getByLabel('Device name').fill('Maria’s laptop');
  await a.getByRole('button', { name: 'Save name' }).click();
  await useOpfsFolder(a, projectId);
  await expect(a.getByText('This project syncs through Shared', { exact: false })).toBeVisible();
  await a.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.locator('.sync-progress')).toHaveText(/^Synced\. Sent \d+ changes, received 0 changes\.$/);
  await expect(a.getByText('All your changes are in the shared folder.')).toBeVisible();
  const written = await readOpfs(a);
  expect(written.length).toBeGreaterThan(0);
  for (const [path] of written)
    expect(path).toMatch(new RegExp(`^${projectId}/v1/devices/[0-9A-F]{16}/seg-\\d+-[0-9a-f]{16}\\.ndjson$`));

  // The "cloud" copies A's files to B's folder; B syncs and has A's session and notes.
  expect(await copyOpfs(a, b)).toBe(written.length);
  await b.goto(`/#/p/${projectId}/sync`);
  await useOpfsFolder(b, projectId);
  await b.getByRole('button', { name: 'Sync now' }).click();
  // The background sync (started as soon as the folder is set) may already have read them: any run is fine.
  await expect(b.locator('.sync-progress')).toHaveText(/^Synced\. /);
  await expect(b.getByRole('listitem').filter({ hasText: 'Maria’s laptop' })).toContainText('last wrote just now');
  await expectAccessible(b, 'the sync screen with a folder');
  await b.goto(`/#/p/${projectId}/sessions`);
  await press(b.getByRole('link', { name: SESSION, exact: true }));
  await openCaptureByKeyboard(b);
  for (const text of NOTES) await expect(b.locator('#note-feed > li').filter({ hasText: text })).toHaveCount(1);

  await a.context().close();
  await b.context().close();
});
