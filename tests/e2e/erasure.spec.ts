/**
 * Consent that really erases, end to end in Chromium with two devices (two browser contexts: separate IndexedDB
 * and storage), syncing through a real File System Access folder in each device's origin-private file system,
 * with the test standing in for the cloud service (it copies each device's own files to the other, deletions
 * included). Notes with unusual words are captured and synced; the second device edits one; consent is withdrawn
 * on the first, through the typed confirmation; undo cannot bring the words back; both devices sync; then every
 * IndexedDB table of both devices and every file in both folders is read: the words are nowhere. A note is
 * erased with Shift+Delete, and redo of a plain delete deletes (also after a reload).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  expectAccessible,
  feedItems,
  openCaptureByKeyboard,
  press,
} from './support';

const PROJECT = 'Eastside safety plan';
const SESSION = 'Youth – Eastside hub';
/** Words nothing else in the app holds, in several scripts. */
const P1_WORDS = ['Zygomorphicquince', 'Ōkaraterāpaki', 'ꮳꮃꭹ-ᏗᎦᎳᏫᎢᏍᏗ'];
const EDITED_ON_B = 'Flibbertigrommet';
const IDENTIFYING = 'Marigold Featherstonehaugh-Ilunga';
const KEPT = 'The youth hub needs longer opening hours';

type Files = Map<string, number[]>;
async function newDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

/**
 * Reads, and optionally writes, one entry of the app's `meta` store with the browser's own IndexedDB API (the
 * shipped app has no back door). `write` is merged into the entry's object, or is 'folder-handle' for the handle
 * of the origin-private folder (a handle cannot cross from the test into the page, so it is made there).
 * Returns what the entry held before.
 */
async function meta(page: Page, key: string, write?: 'folder-handle' | Record<string, unknown>): Promise<unknown> {
  return page.evaluate(
    async ({ key, write }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('fieldnotes');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const done = (request: IDBRequest | IDBTransaction) =>
        new Promise<unknown>((resolve, reject) => {
          if (request instanceof IDBTransaction) request.oncomplete = () => resolve(undefined);
          else request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      try {
        const before = (await done(db.transaction('meta').objectStore('meta').get(key))) as
          { value: unknown } | undefined;
        if (write !== undefined) {
          const root = await navigator.storage.getDirectory();
          const value =
            write === 'folder-handle'
              ? await root.getDirectoryHandle('Shared', { create: true })
              : { ...(before?.value as object | undefined), ...write };
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key, value });
          await done(tx);
        }
        return before?.value;
      } finally {
        db.close();
      }
    },
    { key, write },
  );
}

async function deviceIdOf(page: Page): Promise<string> {
  return String(await meta(page, 'deviceId'));
}

/**
 * Point the project at a real directory handle in the origin-private file system (the picker cannot be driven),
 * then reload so the app reads the folder it now has.
 */
async function useOpfsFolder(page: Page, projectId: string): Promise<void> {
  await meta(page, `sync:handle:${projectId}`, 'folder-handle');
  await meta(page, `sync:project:${projectId}`, { projectId, folderLabel: 'Shared' });
  await page.reload();
}

async function readFolder(page: Page): Promise<Files> {
  const entries = await page.evaluate(async () => {
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
  return new Map(entries);
}

/** The cloud: each device is the authority on its own folder (new, changed and removed files). */
class Cloud {
  files: Files = new Map();
  async push(page: Page): Promise<void> {
    const own = `/devices/${await deviceIdOf(page)}/`;
    for (const path of [...this.files.keys()]) if (path.includes(own)) this.files.delete(path);
    for (const [path, bytes] of await readFolder(page)) if (path.includes(own)) this.files.set(path, bytes);
  }
  async pull(page: Page): Promise<void> {
    await page.evaluate(
      async (entries) => {
        type Dir = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };
        const wanted = new Map(entries);
        const root = await navigator.storage.getDirectory();
        const shared = (await root.getDirectoryHandle('Shared', { create: true })) as Dir;
        async function prune(dir: Dir, prefix: string) {
          for await (const entry of dir.values()) {
            const path = `${prefix}${entry.name}`;
            if (entry.kind === 'directory') await prune(entry as Dir, `${path}/`);
            else if (!wanted.has(path)) await dir.removeEntry(entry.name);
          }
        }
        await prune(shared, '');
        for (const [path, bytes] of wanted) {
          const parts = path.split('/');
          let dir: FileSystemDirectoryHandle = shared;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await writable.write(new Uint8Array(bytes));
          await writable.close();
        }
      },
      [...this.files],
    );
  }
}

/** Every IndexedDB database, store and record of a device, read through the IndexedDB API, plus its local storage. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const info of await indexedDB.databases()) {
      const db = await request(indexedDB.open(info.name!));
      for (const store of [...db.objectStoreNames]) {
        out.push([info.name, store, await request(db.transaction(store, 'readonly').objectStore(store).getAll())]);
      }
      db.close();
    }
    out.push(Object.entries(localStorage), document.body.innerText);
    return JSON.stringify(out);
  });
}

function leaked(text: string, words: readonly string[]): string[] {
  return words.filter((word) => text.includes(word));
}

function leakedInFiles(files: Files, words: readonly string[]): string[] {
  const decoder = new TextDecoder();
  return [...files].flatMap(([path, bytes]) =>
    leaked(decoder.decode(new Uint8Array(bytes)), words).map((word) => `${word} in ${path}`),
  );
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.locator('.sync-progress')).toHaveText(/^Synced\. /, { timeout: 30_000 });
}

/** Ctrl+Z `times` times, checking after each that no word came back; then Ctrl+Shift+Z as many times. */
async function undoAndRedo(page: Page, times: number, words: readonly string[]): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.getByTestId('live-region')).toHaveText(/^(Undid|Nothing to undo)/);
    expect(leaked(await everythingStored(page), words)).toEqual([]);
  }
  for (let i = 0; i < times; i++) await page.keyboard.press('ControlOrMeta+Shift+z');
}

test('withdrawn consent: the words leave both devices, the shared folder, and undo', async ({ browser }) => {
  test.setTimeout(240_000);
  const cloud = new Cloud();
  const a = await newDevice(browser);
  await a.goto('/');
  await createProjectByKeyboard(a, PROJECT);
  const projectId = /#\/p\/([^/]+)/.exec(a.url())![1]!;
  await press(a.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Sync' }));
  await a.getByRole('radio', { name: /project kit/ }).check();
  const downloading = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Export bundle…' }).click();
  const kit = await downloading;
  const kitBytes = await (await import('node:fs/promises')).readFile(await kit.path());

  // Ana captures: three notes of P1 with unusual words, one of nobody's.
  await a.goto(`/#/p/${projectId}/sessions`);
  await createSessionByKeyboard(a, SESSION, 'Seniors');
  const sessionUrl = a.url();
  await openCaptureByKeyboard(a);
  await a.keyboard.press('Alt+Digit1');
  await expect(a.getByTestId('current-speaker')).toHaveText('P1');
  for (const word of P1_WORDS) {
    await a.keyboard.type(`I said ${word} at the hub`);
    await a.keyboard.press('Enter');
  }
  await a.keyboard.press('Alt+Digit0');
  await a.keyboard.type(KEPT);
  await a.keyboard.press('Enter');
  await expect(feedItems(a)).toHaveCount(4);
  await a.goto(`/#/p/${projectId}/sync`);
  await a.getByLabel('Device name').fill('Ana’s laptop');
  await a.getByRole('button', { name: 'Save name' }).click();
  await useOpfsFolder(a, projectId);
  await syncNow(a);
  await cloud.push(a);

  // Ben starts from the kit, syncs, and edits one of P1's notes (his own files now hold P1's words too).
  const b = await newDevice(browser);
  await b.goto('/#/');
  await b.getByRole('button', { name: 'Import bundle…' }).click();
  const dialog = b.getByRole('dialog', { name: 'Import bundle' });
  const choosing = b.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (await choosing).setFiles({ name: 'kit.fieldnotes', mimeType: 'application/octet-stream', buffer: kitBytes });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: `Open ${PROJECT}` }).click();
  await b.goto(`/#/p/${projectId}/sync`);
  await b.getByLabel('Device name').fill('Ben’s laptop');
  await b.getByRole('button', { name: 'Save name' }).click();
  await cloud.pull(b);
  await useOpfsFolder(b, projectId);
  await syncNow(b);
  await b.goto(sessionUrl.replace(/^.*#/, '/#') + '/capture');
  await expect(feedItems(b)).toHaveCount(4);
  await feedItems(b).filter({ hasText: P1_WORDS[0]! }).focus();
  await b.keyboard.press('Enter');
  await b.keyboard.press('End');
  await b.keyboard.type(` and ${EDITED_ON_B}`);
  await b.keyboard.press('Enter');
  await expect(feedItems(b).filter({ hasText: EDITED_ON_B })).toHaveCount(1);
  await b.goto(`/#/p/${projectId}/sync`);
  await syncNow(b);
  await cloud.push(b);
  await cloud.pull(a);
  await syncNow(a);

  // Ana withdraws P1's consent: the dialog says it cannot be undone, and asks for the code.
  const words = [...P1_WORDS, EDITED_ON_B];
  await a.goto(sessionUrl.replace(/^.*#/, '/#'));
  await press(a.getByRole('button', { name: 'Withdraw consent of P1' }));
  const withdraw = a.getByRole('alertdialog', { name: 'Withdraw P1’s consent?' });
  await expect(withdraw).toContainText('This cannot be undone.');
  await expect(withdraw).toContainText('a bundle or an export already given to someone');
  await expect(withdraw.getByRole('textbox', { name: 'Type P1 to confirm' })).toBeFocused();
  await expectAccessible(a, 'the withdraw-consent dialog');
  await a.keyboard.type('P1');
  await a.keyboard.press('Enter');
  await expect(a.getByTestId('live-region')).toHaveText('P1 withdrawn; 3 notes erased for ever');
  expect(leaked(await everythingStored(a), words)).toEqual([]);
  await undoAndRedo(a, 6, words);

  // Ana syncs: her own files are rewritten; Ben's still hold the words, and the Sync screen says so.
  await a.goto(`/#/p/${projectId}/sync`);
  await syncNow(a);
  const list = a.getByRole('region', { name: 'Erased words still in the shared folder' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText(
    /Ben’s laptop — 1 file, last seen (just now|\d+ minutes? ago)/,
  );
  // Ben relays nothing of Ana's from the kit (her own folder carries it), so nothing looks forged.
  await expect(a.getByRole('region', { name: 'Status' })).not.toContainText('signed as another device');
  await expectAccessible(a, 'the sync screen with erased words in the folder');
  // Purging is for a device that will never sync again: the dialog says so and waits for "purge". Not now.
  await press(list.getByRole('button', { name: 'Purge Ben’s laptop’s files…' }));
  const purge = a.getByRole('alertdialog', { name: 'Purge Ben’s laptop’s files?' });
  await expect(purge).toContainText('never sync again');
  await expect(purge.getByRole('button', { name: 'Purge its files' })).toBeDisabled();
  await expectAccessible(a, 'the purge dialog');
  await a.keyboard.press('Escape');
  await expect(purge).toHaveCount(0);
  await cloud.push(a);
  const stillThere = leakedInFiles(await readFolder(a), words);
  const benFolder = `/devices/${await deviceIdOf(b)}/`;
  expect(stillThere.length).toBeGreaterThan(0);
  expect(stillThere.filter((where) => !where.includes(benFolder))).toEqual([]);

  // Ben syncs: the erasure arrives, his files are rewritten, and his undo cannot bring his edit back.
  await cloud.pull(b);
  await syncNow(b);
  await undoAndRedo(b, 4, words);
  await b.goto(`/#/p/${projectId}/sync`);
  await syncNow(b);
  await cloud.push(b);
  await cloud.pull(a);
  await syncNow(a);
  await expect(a.getByRole('region', { name: 'Erased words still in the shared folder' })).toHaveCount(0);

  for (const page of [a, b]) {
    expect(leaked(await everythingStored(page), words)).toEqual([]);
    expect(leakedInFiles(await readFolder(page), words)).toEqual([]);
  }
  expect(leakedInFiles(cloud.files, words)).toEqual([]);
  expect(leaked(await everythingStored(a), [KEPT])).toEqual([KEPT]);
  await a.context().close();
  await b.context().close();
});

test('a note erased with Shift+Delete is gone for ever; redo of a delete deletes, also after a reload', async ({
  page,
}) => {
  await createProjectByKeyboard(page, 'Erase one note');
  await createSessionByKeyboard(page, 'Elders', 'Seniors');
  await openCaptureByKeyboard(page);
  for (const text of ['first note', `It was ${IDENTIFYING} who said it`, 'third note']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(feedItems(page)).toHaveCount(3);
  await expect(page.locator('#note-feed > li.is-saving')).toHaveCount(0);

  // Delete, undo, redo: the note is deleted again and stays deleted after a reload.
  await page.keyboard.press('ArrowUp');
  await expect(feedItems(page).first()).toContainText('third note');
  await page.keyboard.press('Delete');
  await expect(feedItems(page)).toHaveCount(2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(feedItems(page)).toHaveCount(3);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByTestId('live-region')).toHaveText('Redid: Delete note');
  await expect(feedItems(page)).toHaveCount(2);
  await page.reload();
  await expect(feedItems(page)).toHaveCount(2);

  // Shift+Delete erases, after typing "erase"; undo does not bring it back.
  await feedItems(page).filter({ hasText: IDENTIFYING }).focus();
  await page.keyboard.press('Shift+Delete');
  const dialog = page.getByRole('alertdialog', { name: 'Erase this note permanently?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Erase for ever' })).toBeDisabled();
  await expectAccessible(page, 'the erase-note dialog');
  await page.keyboard.type('erase');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-region')).toHaveText('Note erased for ever');
  await expect(feedItems(page)).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: /^Note/ })).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ControlOrMeta+z');
  expect(leaked(await everythingStored(page), [IDENTIFYING])).toEqual([]);
});
