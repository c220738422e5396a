/**
 * The board at 5,000 and 10,000 notes, in Chromium via Playwright against the benchmark build, with Excalidraw
 * (@excalidraw/excalidraw, bench-only) showing the same sticky rectangles with text as the baseline in the
 * same run, in a canvas of the same size at the same camera, driven by the same script (bench/board/script.ts):
 *
 * - time to first render (navigation start → first frame with the notes on screen), median of several loads;
 * - frame times (requestAnimationFrame deltas: median, p95) while dragging one note, while dragging a
 *   selection of 200 (lassoed first), while panning (wheel) and zooming (Ctrl+wheel) at the opening zoom,
 *   and panning and zooming again with the whole board in view.
 *
 * Prints every figure and the ratio to Excalidraw (at or below 1 means at least as smooth); never fails.
 * `BENCH_BOARD_COUNTS=5000` runs one size only; `BENCH_BOARD_LOADS` sets how many loads time the first render.
 * The app is served on BENCH_PORT (4399 when unset), Excalidraw on the port after it.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import {
  benchPort,
  KEEP_NAMES_SHIM,
  launchChromium,
  median,
  percentile,
  report,
  serveBuiltApp,
} from './support/browser';
import { buildBaseline, excalidrawDriver, serveStatic } from './board/excalidraw';
import { fieldnotesDriver, seedFieldnotes } from './board/fieldnotes';
import { COLUMNS, NOTE_H, NOTE_W, PITCH_X, PITCH_Y } from './board/scene';
import { OVERVIEW_ZOOM, RECORDER, WORK_ZOOM, recorded, runScript } from './board/script';
import type { BoardDriver } from './board/driver';

const WINDOW = { width: 1920, height: 1080 };
const LOADS = Number(process.env.BENCH_BOARD_LOADS ?? 3);
const COUNTS = (process.env.BENCH_BOARD_COUNTS ?? '5000,10000').split(',').map(Number);

async function firstRender(page: Page, url: string): Promise<number> {
  // A full load every time (a hash-only change would not reload the page).
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(
    () => typeof (window as unknown as { __firstRender?: number }).__firstRender === 'number',
    undefined,
    { timeout: 120_000 },
  );
  return page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
}

function summarise(name: string, values: number[]): { median: number; p95: number } {
  const result = { median: median(values), p95: percentile(values, 95) };
  report(name, { median_ms: result.median, p95_ms: result.p95, frames: values.length });
  return result;
}

async function scripted(driver: BoardDriver) {
  const frames: Record<string, number[]> = {};
  const { selected } = await runScript(driver, async (name, gesture) => {
    frames[name] = await recorded(driver.page, gesture);
  });
  return { frames, selected };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(RECORDER);
  return page;
}

async function measure(browser: Browser, appUrl: string, baselineUrl: string, count: number): Promise<void> {
  const load = loadavg()[0]!;
  const page = await newPage(browser);
  const boardHash = await seedFieldnotes(page, appUrl, count);
  const ours: number[] = [];
  for (let i = 0; i < LOADS; i++) ours.push(await firstRender(page, `${appUrl}${boardHash}`));
  const size = await fieldnotesDriver(page).canvas();
  const mounted = await page.locator('.sticky').count();
  const ourRun = await scripted(fieldnotesDriver(page));
  await page.context().close();

  const exPage = await newPage(browser);
  const exUrl = `${baselineUrl}index.html?w=${Math.round(size.width)}&h=${Math.round(size.height)}&n=${count}`;
  const theirs: number[] = [];
  for (let i = 0; i < LOADS; i++) theirs.push(await firstRender(exPage, exUrl));
  await exPage.waitForTimeout(1000);
  const theirRun = await scripted(excalidrawDriver(exPage));
  await exPage.context().close();

  const prefix = count === 5000 ? 'board' : `board.n${count}`;
  console.log(
    `# ${count} notes (grid ${COLUMNS} × ${count / COLUMNS}, ${NOTE_W}×${NOTE_H} at pitch ${PITCH_X}×${PITCH_Y}), canvas ${Math.round(size.width)}×${Math.round(size.height)}; ` +
      `working zoom ${WORK_ZOOM}, overview zoom ${OVERVIEW_ZOOM}; Fieldnotes mounted ${mounted} stickies at first render; ` +
      `lasso selected ${ourRun.selected} (Fieldnotes) and ${theirRun.selected} (Excalidraw); ` +
      `load average ${load.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end`,
  );
  const oursFirst = summarise(`${prefix}.first_render.fieldnotes`, ours);
  const theirFirst = summarise(`${prefix}.first_render.excalidraw`, theirs);
  report(`${prefix}.first_render.ratio`, { median: oursFirst.median / theirFirst.median });
  // rAF deltas jitter around the 16.67 ms vsync (16.6–16.8), so "within one vsync" is also reported next to
  // the strict 16.7 ms bound: it tells a dropped frame (33 ms) from jitter.
  let strict = true;
  let vsync = true;
  let ratios = true;
  for (const key of Object.keys(ourRun.frames)) {
    const a = summarise(`${prefix}.frame.${key}.fieldnotes`, ourRun.frames[key]!);
    const b = summarise(`${prefix}.frame.${key}.excalidraw`, theirRun.frames[key]!);
    report(`${prefix}.frame.${key}.ratio`, { median: a.median / b.median, p95: a.p95 / b.p95 });
    if (key === 'drag_one' || key === 'pan') {
      strict &&= a.p95 <= 16.7;
      vsync &&= a.p95 < 16.7 * 1.5;
    }
    // rAF timestamps carry ~0.1 ms of rounding: equal frame times must not read as a ratio above 1.
    ratios &&= a.p95 / b.p95 <= 1.005;
  }
  report(`${prefix}.target`, {
    drag_and_pan_p95_le_16_7: strict ? 'yes' : 'no',
    drag_and_pan_p95_within_one_vsync: vsync ? 'yes' : 'no',
    every_p95_ratio_le_1: ratios ? 'yes' : 'no',
  });
}

async function main(): Promise<void> {
  const served = await serveBuiltApp();
  const baselineDir = await buildBaseline();
  const baselinePort = benchPort(1);
  const baseline = await serveStatic(baselineDir, baselinePort);
  const browser = await launchChromium();
  try {
    for (const count of COUNTS) await measure(browser, served.url, `http://127.0.0.1:${baselinePort}/`, count);
  } finally {
    await browser.close();
    served.stop();
    baseline.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`board bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
