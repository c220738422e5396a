/**
 * The capture benchmark's hands in the page: set up a session through the UI, seed notes and measure a raw
 * IndexedDB write straight through the browser's own IndexedDB API (the app exposes nothing for this), and time
 * notes from the Enter key to committed and shown.
 */
import type { Page } from '@playwright/test';
import { KEEP_NAMES_SHIM } from '../support/browser';

export interface BenchSession {
  captureUrl: string;
  projectId: string;
  sessionId: string;
}

/** A project, a session and its capture screen, made as a user makes them. */
export async function setUpSession(page: Page, url: string, name = 'Capture bench'): Promise<BenchSession> {
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(NOTE_RECORD);
  await page.goto(url);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.getByLabel('Title').fill('Bench session');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('link', { name: 'Open capture' }).click();
  await page.getByRole('textbox', { name: /^Note/ }).waitFor();
  const match = /#\/p\/([^/]+)\/sessions\/([^/]+)\/capture/.exec(page.url());
  if (!match) throw new Error(`not on a capture screen: ${page.url()}`);
  return { captureUrl: page.url(), projectId: decodeURIComponent(match[1]!), sessionId: decodeURIComponent(match[2]!) };
}

/**
 * A note record as the app stores it, defined in the page by an init script (the page's CSP forbids building
 * functions from strings, and functions passed to `evaluate` cannot share helpers).
 */
const NOTE_RECORD = {
  content: `window.__noteRecord = (id, projectId, sessionId, text, at) => ({
    id, projectId, sessionId, questionId: null, participantId: null, kind: null, text,
    flags: { sensitive: false, doNotQuote: false, culturalProtocol: false },
    themeId: null, x: 0, y: 0, color: null, votes: 0, deleted: false, createdAt: at, updatedAt: at,
  });`,
};
type NoteRecordMaker = (id: string, projectId: string, sessionId: string, text: string, at: string) => unknown;
/** Puts `total` notes into the session, oldest first, in transactions of 2,000, through raw IndexedDB. */
export async function seedNotes(page: Page, session: BenchSession, total: number): Promise<void> {
  await page.evaluate(
    async ({ n, projectId, sessionId }) => {
      const record = (window as unknown as { __noteRecord: NoteRecordMaker }).__noteRecord;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('fieldnotes');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const base = Date.now() - n * 1000;
      for (let start = 0; start < n; start += 2000) {
        const tx = db.transaction(['notes'], 'readwrite');
        for (let i = start; i < Math.min(n, start + 2000); i++) {
          const at = new Date(base + i * 1000).toISOString();
          tx.objectStore('notes').put(
            record(
              `seed-${String(i).padStart(6, '0')}`,
              projectId,
              sessionId,
              `Seeded note ${i} about parking, lighting, transit and youth programs`,
              at,
            ),
          );
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { n: total, projectId: session.projectId, sessionId: session.sessionId },
  );
}

/**
 * The floor: a raw IndexedDB `put` of a note record of the same shape into the same database, from the page's
 * main thread while nothing else happens, with the durability the app asks for ('strict'), until it commits.
 */
export async function rawPutLatencies(page: Page, session: BenchSession, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ n, projectId }) => {
      const record = (window as unknown as { __noteRecord: NoteRecordMaker }).__noteRecord;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('fieldnotes');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const at = new Date().toISOString();
        const start = performance.now();
        const tx = db.transaction(['notes'], 'readwrite', { durability: 'strict' });
        tx.objectStore('notes').put(
          record(`baseline-${i}-${Math.random()}`, projectId, 'baseline-session', `Baseline note ${i}`, at),
        );
        await new Promise((resolve) => (tx.oncomplete = resolve));
        times.push(performance.now() - start);
      }
      db.close();
      return times;
    },
    { n: count, projectId: session.projectId },
  );
}

export interface NoteTiming {
  /** Enter → the note's transaction committed (the app's `fieldnotes:note-saved` mark). */
  committed: number;
  /** Enter → the note's feed item entered the page. */
  shown: number;
  /** Enter → the page's main thread learnt of the commit (the mark was observed). */
  known: number;
}

/**
 * In-page timing: the Enter keydown (capture phase), the feed item entering the DOM (MutationObserver), and the
 * app's `fieldnotes:note-saved` performance mark, which carries the moment the transaction committed.
 */
export async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Pending = { enter: number; shown: number | null; committed: number | null; known: number | null };
    const w = window as unknown as { __timings: NoteTiming[]; __pending: Pending | null };
    w.__timings = [];
    w.__pending = null;
    const settle = () => {
      const p = w.__pending;
      if (p && p.shown !== null && p.committed !== null && p.known !== null) {
        w.__timings.push({ committed: p.committed - p.enter, shown: p.shown - p.enter, known: p.known - p.enter });
        w.__pending = null;
      }
    };
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && !event.shiftKey && (event.target as HTMLElement).id === 'composer-text') {
          w.__pending = { enter: performance.now(), shown: null, committed: null, known: null };
        }
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const p = w.__pending;
        if (entry.name === 'fieldnotes:note-saved' && p && p.committed === null) {
          p.committed = entry.startTime;
          p.known = performance.now();
          settle();
        }
      }
    }).observe({ type: 'mark' });
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          const added =
            node instanceof HTMLElement && (node.matches('li[data-note-id]') || node.querySelector('li[data-note-id]'));
          if (added && w.__pending && w.__pending.shown === null) {
            w.__pending.shown = performance.now();
            settle();
          }
        }
      }
    }).observe(document.querySelector('.capture')!, { childList: true, subtree: true });
  });
}

/** Types and enters `count` notes, one after another (each once committed and shown), `pauseMs` apart. */
export async function captureNotes(
  page: Page,
  count: number,
  options: { pauseMs?: number; label?: string } = {},
): Promise<NoteTiming[]> {
  const composer = page.getByRole('textbox', { name: /^Note/ });
  await composer.focus();
  const first = await page.evaluate(() => (window as unknown as { __timings: NoteTiming[] }).__timings.length);
  for (let i = 0; i < count; i++) {
    await page.keyboard.insertText(
      `${options.label ?? 'Bench note'} ${i}: the bus shelter on 4th has no lighting after dark`,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => (window as unknown as { __timings: NoteTiming[] }).__timings.length > n,
      first + i,
    );
    if (options.pauseMs) await page.waitForTimeout(options.pauseMs);
  }
  const all = await page.evaluate(() => (window as unknown as { __timings: NoteTiming[] }).__timings);
  return all.slice(first);
}

/** Used JS heap after a full garbage collection, in bytes (Chromium DevTools protocol). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The session's live notes in the database, by text (raw IndexedDB). */
export async function storedTexts(page: Page, sessionId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('fieldnotes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const notes = await new Promise<{ sessionId: string; text: string; deleted: boolean }[]>((resolve) => {
      const request = db.transaction('notes').objectStore('notes').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return notes.filter((n) => n.sessionId === id && !n.deleted).map((n) => n.text);
  }, sessionId);
}
