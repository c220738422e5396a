/**
 * Capture, in real Chromium against the built app (`npm run bench -- capture`). Three measures:
 *
 * 1. Enter → committed and shown: from the Enter key to the note's transaction committed in IndexedDB (the app's
 *    `fieldnotes:note-saved` mark carries the commit time) and its feed item in the page, whichever is later;
 *    with an empty session and with 20,000 notes in it. Also reported: when the page's main thread learnt of the
 *    commit. Baseline in the same run: a raw IndexedDB `put` of the same record into the same database, from the
 *    page's main thread, same durability.
 * 2. App start to an interactive capture screen, a project of 20,000 notes: a new tab on the capture URL, to the
 *    first frame with the note box focused and the newest notes shown. Baseline: a plain page of the same origin
 *    reading the same newest notes straight from IndexedDB.
 * 3. A long session: 5,000 notes captured at a steady pace in one sitting: p95 of the last 500 against the first
 *    500, JS heap growth (after garbage collection) and every note accounted for in the database.
 *
 * Prints medians, p95 and ratios; never fails. BENCH_CAPTURE_SAMPLES, BENCH_START_LOADS and BENCH_LONG_NOTES
 * shorten a run.
 */
import type { Browser } from '@playwright/test';
import { launchChromium, median, percentile, report, serveBuiltApp } from './support/browser';
import {
  captureNotes,
  heapAfterGc,
  instrument,
  rawPutLatencies,
  seedNotes,
  setUpSession,
  storedTexts,
  type NoteTiming,
} from './capture/page';
import { baselineFirstData, timeToInteractive } from './capture/start';

const WARMUP = 20;
const SAMPLES = Number(process.env.BENCH_CAPTURE_SAMPLES ?? 200);
const SEEDED = 20_000;
const START_LOADS = Number(process.env.BENCH_START_LOADS ?? 7);
const LONG_NOTES = Number(process.env.BENCH_LONG_NOTES ?? 5_000);
const LONG_WINDOW = Math.min(500, Math.floor(LONG_NOTES / 5));
/** A steady pace: a short pause after each note is saved, as a fast note-taker's next Enter. */
const LONG_PAUSE_MS = 25;

const latest = (t: NoteTiming) => Math.max(t.committed, t.shown);

function summarise(name: string, timings: NoteTiming[]): number[] {
  const values = timings.map(latest);
  report(name, {
    median_ms: median(values),
    p95_ms: percentile(values, 95),
    committed_median_ms: median(timings.map((t) => t.committed)),
    shown_median_ms: median(timings.map((t) => t.shown)),
    page_knows_median_ms: median(timings.map((t) => t.known)),
    n: values.length,
  });
  return values;
}

async function enterToCommitted(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const session = await setUpSession(page, url);
  await instrument(page);
  const empty = summarise('capture.enter_to_feed.empty', (await captureNotes(page, WARMUP + SAMPLES)).slice(WARMUP));
  const emptyPut = (await rawPutLatencies(page, session, WARMUP + SAMPLES)).slice(WARMUP);
  report('baseline.raw_put.empty', { median_ms: median(emptyPut), p95_ms: percentile(emptyPut, 95) });

  await seedNotes(page, session, SEEDED);
  await page.reload();
  await page.locator('#note-feed > li').first().waitFor();
  await instrument(page);
  const seeded = summarise(
    `capture.enter_to_feed.${SEEDED}_notes`,
    (await captureNotes(page, WARMUP + SAMPLES)).slice(WARMUP),
  );
  const seededPut = (await rawPutLatencies(page, session, WARMUP + SAMPLES)).slice(WARMUP);
  report(`baseline.raw_put.${SEEDED}_notes`, { median_ms: median(seededPut), p95_ms: percentile(seededPut, 95) });
  report('capture.ratio_to_put', {
    empty_median: median(empty) / median(emptyPut),
    seeded_median: median(seeded) / median(seededPut),
    seeded_p95: percentile(seeded, 95) / percentile(seededPut, 95),
  });
  const p95 = percentile(seeded, 95);
  report('capture.target', { p95_ms_with_20000: p95, target_ms: 16, met: p95 <= 16 ? 'yes' : 'no' });

  await appStart(context, url, session);
  await context.close();
}

async function appStart(
  context: Awaited<ReturnType<Browser['newContext']>>,
  url: string,
  session: Awaited<ReturnType<typeof setUpSession>>,
) {
  const app: number[] = [];
  const floor: number[] = [];
  // Alternating, so both see the same machine load; the first of each warms the HTTP and disk caches.
  for (let i = 0; i <= START_LOADS; i++) {
    const a = await timeToInteractive(context, session);
    const b = await baselineFirstData(context, url, session);
    if (i === 0) continue;
    app.push(a);
    floor.push(b);
  }
  report(`capture.start_to_interactive.${SEEDED}_notes`, {
    median_ms: median(app),
    max_ms: Math.max(...app),
    n: app.length,
  });
  report('baseline.plain_page_reads_newest_notes', { median_ms: median(floor), n: floor.length });
  report('capture.start.ratio_to_baseline', { median: median(app) / median(floor) });
  report('capture.start.target', { median_ms: median(app), target_ms: 1000, met: median(app) <= 1000 ? 'yes' : 'no' });
}

async function longSession(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const session = await setUpSession(page, url, 'Long session bench');
  await instrument(page);
  await captureNotes(page, 50, { label: 'Warm-up note' });
  const heapStart = await heapAfterGc(page);
  const started = Date.now();
  const timings = await captureNotes(page, LONG_NOTES, { pauseMs: LONG_PAUSE_MS, label: 'Long session note' });
  const minutes = (Date.now() - started) / 60_000;
  const heapEnd = await heapAfterGc(page);
  const values = timings.map(latest);
  const first = values.slice(0, LONG_WINDOW);
  const last = values.slice(-LONG_WINDOW);
  const ratio = percentile(last, 95) / percentile(first, 95);
  const stored = await storedTexts(page, session.sessionId);
  const expected = new Set(
    Array.from(
      { length: LONG_NOTES },
      (_, i) => `Long session note ${i}: the bus shelter on 4th has no lighting after dark`,
    ),
  );
  const missing = [...expected].filter((text) => !stored.includes(text)).length;
  report(`capture.long_session.${LONG_NOTES}_notes`, {
    p95_first_ms: percentile(first, 95),
    p95_last_ms: percentile(last, 95),
    p95_ratio_last_to_first: ratio,
    median_first_ms: median(first),
    median_last_ms: median(last),
    heap_growth_mb: (heapEnd - heapStart) / 1024 / 1024,
    notes_stored: stored.length - 50,
    notes_missing: missing,
    minutes,
  });
  report('capture.long_session.target', {
    p95_within_20_percent: ratio <= 1.2 ? 'yes' : 'no',
    heap_growth_within_50_mb: heapEnd - heapStart <= 50 * 1024 * 1024 ? 'yes' : 'no',
    no_note_lost: missing === 0 ? 'yes' : 'no',
  });
  await context.close();
}

async function main(): Promise<void> {
  const served = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    await enterToCommitted(browser, served.url);
    if (LONG_NOTES > 0) await longSession(browser, served.url);
  } finally {
    await browser.close();
    served.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`capture bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
