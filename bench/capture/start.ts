/**
 * App start to an interactive capture screen: a new tab opens the capture URL of a session; the screen counts as
 * interactive at the first frame after the note box is in the page with focus and the feed shows the session's
 * newest notes. Measured from the tab's navigation start (performance.now() in the page).
 *
 * Baseline, in the same run: a new tab opens a static file of the same origin (no app), opens the same IndexedDB
 * database, reads the same newest 100 notes through the same index, and waits for a frame: the floor of showing
 * this data in a fresh page.
 */
import { readdirSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import type { BenchSession } from './page';

const INTERACTIVE_PROBE = {
  content: `
    window.__interactive = null;
    if (location.hash.includes('/capture')) {
      const check = (observer) => {
        const box = document.getElementById('composer-text');
        const feedReady = document.querySelector('#note-feed li[data-note-id], .feed .empty');
        if (box && feedReady && document.activeElement === box) {
          observer.disconnect();
          requestAnimationFrame(() => { window.__interactive = performance.now(); });
        }
      };
      const observer = new MutationObserver(() => check(observer));
      observer.observe(document, { childList: true, subtree: true });
    }
  `,
};

export async function timeToInteractive(context: BrowserContext, session: BenchSession): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(INTERACTIVE_PROBE);
  await page.goto(session.captureUrl);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __interactive: number | null }).__interactive,
  );
  const ms = (await handle.jsonValue()) as number;
  await page.close();
  return ms;
}

export async function baselineFirstData(
  context: BrowserContext,
  baseUrl: string,
  session: BenchSession,
): Promise<number> {
  const css = readdirSync('dist-bench/assets').find((name) => name.endsWith('.css'));
  if (!css) throw new Error('no stylesheet in dist-bench/assets to open as a plain page');
  const page = await context.newPage();
  await page.goto(`${baseUrl}assets/${css}`);
  const ms = await page.evaluate(async (sessionId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('fieldnotes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve) => {
      const range = IDBKeyRange.bound([sessionId, ''], [sessionId, '\uffff']);
      const cursor = db
        .transaction('notes')
        .objectStore('notes')
        .index('[sessionId+createdAt]')
        .openCursor(range, 'prev');
      let read = 0;
      cursor.onsuccess = () => {
        if (cursor.result && ++read < 100) cursor.result.continue();
        else resolve();
      };
    });
    db.close();
    return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  }, session.sessionId);
  await page.close();
  return ms;
}
