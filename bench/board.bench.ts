/**
 * Board at 5,000 notes (issue 3), in Chromium via Playwright against the built app, with Excalidraw
 * (@excalidraw/excalidraw, bench-only) showing the same 5,000 sticky rectangles with text as the baseline in the
 * same run, in a canvas of the same size at the same camera, driven by the same script:
 *
 * - time to first render (navigation start → first frame with the notes on screen), median of several loads;
 * - frame times (requestAnimationFrame deltas: median, p95) while dragging one note, while dragging a
 *   selection of 200 (lassoed first), while panning (wheel) and zooming (Ctrl+wheel) at the opening zoom,
 *   and panning and zooming again with the whole board in view.
 *
 * Input is paced like a real pointer (a move every 8 ms, a wheel step every 16 ms). Prints every figure and
 * the ratio to Excalidraw (at or below 1 means at least as smooth); never fails.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { KEEP_NAMES_SHIM, launchChromium, median, percentile, report, serveBuiltApp } from './support/browser';
import type { BoardDriver, Point } from './board/driver';
import { buildBaseline, excalidrawDriver, serveStatic } from './board/excalidraw';
import { COLUMNS, NOTE_COUNT, NOTE_H, NOTE_W, noteText, notePosition, PITCH_X, PITCH_Y } from './board/scene';

const WINDOW = { width: 1920, height: 1080 };
const LOADS = Number(process.env.BENCH_BOARD_LOADS ?? 3);
const MOVE_STEPS = 90;
const WHEEL_STEPS = 45;
/** Text is readable (13 px notes at 9.75 px); Fieldnotes opens a big board here. */
const WORK_ZOOM = 0.75;
/** About 350 notes in view; Fieldnotes draws them as blocks (below its 0.5 text threshold), Excalidraw with text. */
const OVERVIEW_ZOOM = 0.35;

/** Frame recorder and first-render marker, in both pages. */
const RECORDER = {
  content: `
    globalThis.__name = (fn) => fn;
    window.__rec = { t: [], on: false };
    window.__recStart = () => { const r = window.__rec; r.t = []; r.on = true; const loop = (ts) => { if (!r.on) return; r.t.push(ts); requestAnimationFrame(loop); }; requestAnimationFrame(loop); };
    window.__recStop = () => { window.__rec.on = false; return window.__rec.t; };
    if (location.hash.includes('/board')) {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.sticky')) { observer.disconnect(); requestAnimationFrame(() => { window.__firstRender = performance.now(); }); }
      }).observe(document, { childList: true, subtree: true });
    }
  `,
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function frameTimes(stamps: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < stamps.length; i++) out.push(stamps[i]! - stamps[i - 1]!);
  return out;
}

async function recorded(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => (window as unknown as { __recStart(): void }).__recStart());
  await pause(50);
  await gesture();
  const stamps = await page.evaluate(() => (window as unknown as { __recStop(): number[] }).__recStop());
  return frameTimes(stamps);
}

const noteCenter = (i: number): Point => {
  const p = notePosition(i);
  return { x: p.x + NOTE_W / 2, y: p.y + NOTE_H / 2 };
};

async function dragPath(page: Page, from: Point, dx: number, dy: number): Promise<void> {
  for (let s = 1; s <= MOVE_STEPS; s++) {
    await page.mouse.move(from.x + (dx * s) / MOVE_STEPS, from.y + (dy * s) / MOVE_STEPS);
    await pause(8);
  }
}

async function wheelPan(page: Page, dx: number, dy: number): Promise<void> {
  for (let s = 0; s < WHEEL_STEPS; s++) {
    await page.mouse.wheel(s % 2 ? dx : 0, dy);
    await pause(16);
  }
}

/** Ctrl+wheel: in (negative delta) for the first half, back out for the second. */
async function wheelZoom(page: Page, delta: number): Promise<void> {
  await page.keyboard.down('Control');
  for (let s = 0; s < WHEEL_STEPS; s++) {
    await page.mouse.wheel(0, s < WHEEL_STEPS / 2 ? -delta : delta);
    await pause(16);
  }
  await page.keyboard.up('Control');
}

/** The shared script: the same cameras and gestures, in the same order, on either board. */
async function runScript(board: BoardDriver): Promise<{ frames: Record<string, number[]>; selected: number }> {
  const { page } = board;
  const frames: Record<string, number[]> = {};
  const canvas = await board.canvas();
  const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };

  // Working zoom (text readable): drag one note, pan, zoom.
  await board.setCamera(WORK_ZOOM);
  await pause(1000);
  await board.clearSelection();
  const one = await board.toScreen(noteCenter(3 * COLUMNS + 4));
  await page.mouse.move(one.x, one.y);
  await page.mouse.down();
  frames.drag_one = await recorded(page, () => dragPath(page, one, 300, 160));
  await page.mouse.up();
  await pause(1000);
  await page.mouse.move(middle.x, middle.y);
  frames.pan = await recorded(page, () => wheelPan(page, 30, 40));
  await pause(600);
  frames.zoom = await recorded(page, () => wheelZoom(page, 25));
  await pause(1000);

  // Overview zoom: lasso 200 notes (20 columns × 10 rows, from the third row), drag them together, pan, zoom.
  await board.setCamera(OVERVIEW_ZOOM);
  await pause(1500);
  await board.clearSelection();
  const topLeft = await board.toScreen(notePosition(2 * COLUMNS));
  const last = notePosition(11 * COLUMNS + 19);
  const bottomRight = await board.toScreen({ x: last.x + NOTE_W, y: last.y + NOTE_H });
  // The lasso starts in the margin left of the first column, well clear of any note, and ends 3 px past the last.
  const from = { x: canvas.x + 16, y: topLeft.y - 3 };
  const to = { x: bottomRight.x + 3, y: bottomRight.y + 3 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let s = 1; s <= 20; s++) {
    await page.mouse.move(from.x + ((to.x - from.x) * s) / 20, from.y + ((to.y - from.y) * s) / 20);
    await pause(8);
  }
  await page.mouse.up();
  await pause(600);
  const selected = await board.selectedCount();
  const grab = await board.toScreen(noteCenter(6 * COLUMNS + 5));
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  frames.drag_200 = await recorded(page, () => dragPath(page, grab, 260, 140));
  await page.mouse.up();
  await pause(1500);
  await board.clearSelection();
  await page.mouse.move(middle.x, middle.y);
  frames.pan_overview = await recorded(page, () => wheelPan(page, 30, 40));
  await pause(600);
  frames.zoom_overview = await recorded(page, () => wheelZoom(page, 20));
  await pause(1000);

  // The whole board in view.
  await board.fitAll();
  await pause(2000);
  await page.mouse.move(middle.x, middle.y);
  frames.pan_all = await recorded(page, () => wheelPan(page, 10, 14));
  await pause(600);
  frames.zoom_all = await recorded(page, () => wheelZoom(page, 20));
  return { frames, selected };
}

/* ---- Fieldnotes ---------------------------------------------------------------------------------- */

async function seedFieldnotes(page: Page, url: string): Promise<string> {
  await page.goto(`${url}?bench`);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.keyboard.type('Board bench');
  await page.keyboard.press('Enter');
  await page.getByLabel('Title').fill('Bench session');
  await page.getByLabel('Stakeholder group').selectOption({ label: 'Seniors' });
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bench session' }).waitFor();
  const notes = Array.from({ length: NOTE_COUNT }, (_, i) => ({ text: noteText(i), ...notePosition(i) }));
  return page.evaluate(async (seed) => {
    type Table = {
      bulkPut(rows: unknown[]): Promise<unknown>;
      toArray(): Promise<{ id: string; projectId: string }[]>;
    };
    const { db } = (window as unknown as { __fieldnotesBench: { db: { notes: Table; sessions: Table } } })
      .__fieldnotesBench;
    const [session] = await db.sessions.toArray();
    const kinds = ['issue', 'asset', 'risk', 'idea', 'measure'];
    const base = Date.now() - seed.length * 1000;
    for (let start = 0; start < seed.length; start += 2000) {
      const chunk = [];
      for (let i = start; i < Math.min(seed.length, start + 2000); i++) {
        const at = new Date(base + i * 1000).toISOString();
        chunk.push({
          id: `bench-${String(i).padStart(5, '0')}`,
          projectId: session!.projectId,
          sessionId: session!.id,
          questionId: null,
          participantId: null,
          kind: kinds[i % kinds.length],
          text: seed[i]!.text,
          flags: { sensitive: false, doNotQuote: false, culturalProtocol: false },
          themeId: null,
          x: seed[i]!.x,
          y: seed[i]!.y,
          color: null,
          votes: 0,
          deleted: false,
          createdAt: at,
          updatedAt: at,
        });
      }
      await db.notes.bulkPut(chunk);
    }
    return `#/p/${session!.projectId}/board/${session!.id}`;
  }, notes);
}

function fieldnotesDriver(page: Page): BoardDriver {
  const camera = () =>
    page.evaluate(() => {
      const layer = document.querySelector<HTMLElement>('.board-layer')!;
      const box = document.querySelector('.board-viewport')!.getBoundingClientRect();
      const match = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(layer.style.transform)!;
      return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]), left: box.left, top: box.top };
    });
  return {
    name: 'fieldnotes',
    page,
    async toScreen(world) {
      const c = await camera();
      return { x: c.left + world.x * c.zoom + c.x, y: c.top + world.y * c.zoom + c.y };
    },
    async canvas() {
      return page.evaluate(() => {
        const box = document.querySelector('.board-viewport')!.getBoundingClientRect();
        return { x: box.left, y: box.top, width: box.width, height: box.height };
      });
    },
    async clearSelection() {
      await page.evaluate(() => document.querySelector<HTMLElement>('.board-viewport')!.focus());
      await page.keyboard.press('Escape');
    },
    selectedCount: () =>
      page.evaluate(() =>
        Number(
          /(\d+) notes? selected/.exec(
            document.querySelector('[data-testid="selection-count"]')?.textContent ?? '',
          )?.[1] ?? 0,
        ),
      ),
    async fitAll() {
      await page.evaluate(() => document.querySelector<HTMLElement>('.board-viewport')!.focus());
      await page.keyboard.press('0');
    },
    async setCamera(zoom) {
      await page.evaluate((z) => {
        type Controls = { apply(camera: { x: number; y: number; zoom: number }, commit?: boolean): void };
        (window as unknown as { __fieldnotesBoardCamera: Controls }).__fieldnotesBoardCamera.apply(
          { x: 40 - 40 * z, y: 40 - 40 * z, zoom: z },
          true,
        );
      }, zoom);
    },
  };
}

/* ---- Excalidraw ----------------------------------------------------------------------------------- */

/* ---- Run -------------------------------------------------------------------------------------------- */

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

async function main(): Promise<void> {
  const served = await serveBuiltApp(4398);
  const baselineDir = await buildBaseline();
  const baseline = await serveStatic(baselineDir, 4397);
  const browser = await launchChromium();
  try {
    // Fieldnotes.
    const context = await browser.newContext({ viewport: WINDOW });
    const page = await context.newPage();
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.addInitScript(RECORDER);
    const boardHash = await seedFieldnotes(page, served.url);
    const ours: number[] = [];
    for (let i = 0; i < LOADS; i++) ours.push(await firstRender(page, `${served.url}?bench${boardHash}`));
    const size = await fieldnotesDriver(page).canvas();
    const mounted = await page.locator('.sticky').count();
    const ourRun = await runScript(fieldnotesDriver(page));
    await context.close();

    // Excalidraw, same canvas size.
    const exContext = await browser.newContext({ viewport: WINDOW });
    const exPage = await exContext.newPage();
    await exPage.addInitScript(KEEP_NAMES_SHIM);
    await exPage.addInitScript(RECORDER);
    const exUrl = `http://127.0.0.1:4397/index.html?w=${Math.round(size.width)}&h=${Math.round(size.height)}&n=${NOTE_COUNT}`;
    const theirs: number[] = [];
    for (let i = 0; i < LOADS; i++) theirs.push(await firstRender(exPage, exUrl));
    await exPage.waitForTimeout(1000);
    const theirRun = await runScript(excalidrawDriver(exPage));
    await exContext.close();

    console.log(
      `# ${NOTE_COUNT} notes (grid ${COLUMNS} × ${NOTE_COUNT / COLUMNS}, ${NOTE_W}×${NOTE_H} at pitch ${PITCH_X}×${PITCH_Y}), canvas ${Math.round(size.width)}×${Math.round(size.height)}; ` +
        `working zoom ${WORK_ZOOM}, overview zoom ${OVERVIEW_ZOOM}; Fieldnotes mounted ${mounted} stickies at first render; ` +
        `lasso selected ${ourRun.selected} (Fieldnotes) and ${theirRun.selected} (Excalidraw)`,
    );
    const oursFirst = summarise('board.first_render.fieldnotes', ours);
    const theirFirst = summarise('board.first_render.excalidraw', theirs);
    report('board.first_render.ratio', { median: oursFirst.median / theirFirst.median });
    // rAF deltas jitter around the 16.67 ms vsync (16.6–16.8), so "within one vsync" is also reported next to
    // the strict 16.7 ms bound: it tells a dropped frame (33 ms) from jitter.
    let strict = true;
    let vsync = true;
    let ratios = true;
    for (const key of Object.keys(ourRun.frames)) {
      const a = summarise(`board.frame.${key}.fieldnotes`, ourRun.frames[key]!);
      const b = summarise(`board.frame.${key}.excalidraw`, theirRun.frames[key]!);
      report(`board.frame.${key}.ratio`, { median: a.median / b.median, p95: a.p95 / b.p95 });
      strict &&= a.p95 <= 16.7;
      vsync &&= a.p95 < 16.7 * 1.5;
      // rAF timestamps carry ~0.1 ms of rounding: equal frame times must not read as a ratio above 1.
      ratios &&= a.p95 / b.p95 <= 1.005;
    }
    report('board.target', {
      p95_le_16_7: strict ? 'yes' : 'no',
      p95_within_one_vsync: vsync ? 'yes' : 'no',
      p95_ratio_le_1: ratios ? 'yes' : 'no',
    });
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
