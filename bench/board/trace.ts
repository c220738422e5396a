/**
 * Where the board's frame time goes: runs the benchmark script on Fieldnotes (or, with TRACE_BOARD=excalidraw,
 * on the baseline) and records a Chromium performance trace (CDP Tracing) around each scenario named in
 * TRACE_SCENARIOS (default: every one), then prints, per scenario, the frame times and the renderer main
 * thread's and compositor/raster threads' busy time by activity (script, style, layout, paint, raster, GC…).
 *
 *   npm run build:bench && npx tsx bench/board/trace.ts
 *   TRACE_SCENARIOS=drag_one,pan TRACE_COUNT=10000 TRACE_SAVE=/tmp/traces npx tsx bench/board/trace.ts
 *
 * A tool for looking, not a benchmark: tracing itself costs time, so compare its figures with each other only.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { benchPort, KEEP_NAMES_SHIM, launchChromium, median, percentile, serveBuiltApp } from '../support/browser';
import { buildBaseline, excalidrawDriver, serveStatic } from './excalidraw';
import { fieldnotesDriver, seedFieldnotes } from './fieldnotes';
import { RECORDER, recorded, runScript } from './script';
import { summariseTrace, type TraceEvent } from './traceSummary';

const COUNT = Number(process.env.TRACE_COUNT ?? 5000);
const WHICH = process.env.TRACE_BOARD === 'excalidraw' ? 'excalidraw' : 'fieldnotes';
const SCENARIOS = process.env.TRACE_SCENARIOS?.split(',');
const SAVE = process.env.TRACE_SAVE;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink',
  'cc',
  'toplevel',
  'v8',
].join(',');

async function traced(session: CDPSession, run: () => Promise<number[]>) {
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const frames = await run();
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', onData);
  return { frames, events };
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const served = WHICH === 'fieldnotes' ? await serveBuiltApp() : null;
  const baselineDir = WHICH === 'excalidraw' ? await buildBaseline() : null;
  const baselinePort = benchPort(1);
  const baseline = baselineDir ? await serveStatic(baselineDir, baselinePort) : null;
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page: Page = await context.newPage();
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.addInitScript(RECORDER);
    let driver;
    if (served) {
      const hash = await seedFieldnotes(page, served.url, COUNT);
      await page.goto('about:blank');
      await page.goto(`${served.url}${hash}`);
      await page.locator('.sticky').first().waitFor();
      driver = fieldnotesDriver(page);
    } else {
      await page.goto(`http://127.0.0.1:${baselinePort}/index.html?w=1532&h=792&n=${COUNT}`);
      await page.waitForFunction(
        () => typeof (window as unknown as { __firstRender?: number }).__firstRender === 'number',
      );
      driver = excalidrawDriver(page);
    }
    const session = await context.newCDPSession(page);
    if (SAVE) mkdirSync(SAVE, { recursive: true });
    await runScript(driver, async (name, gesture) => {
      if (SCENARIOS && !SCENARIOS.includes(name)) return gesture();
      const { frames, events } = await traced(session, () => recorded(page, gesture));
      if (SAVE) writeFileSync(join(SAVE, `${WHICH}-${name}.json`), JSON.stringify({ traceEvents: events }));
      console.log(
        `\n## ${WHICH} ${name}: ${frames.length} frames, median ${median(frames).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms`,
      );
      console.log(summariseTrace(events, frames.length));
    });
  } finally {
    await browser.close();
    served?.stop();
    baseline?.close();
    if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
