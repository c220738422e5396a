/**
 * The board benchmark's gesture script: the same cameras and gestures, in the same order, on either board
 * (Fieldnotes or the Excalidraw baseline), with frame times recorded from requestAnimationFrame.
 *
 * Input is paced like a real pointer (a move every 8 ms, a wheel step every 16 ms).
 */
import type { Page } from '@playwright/test';
import type { BoardDriver, Point } from './driver';
import { COLUMNS, NOTE_H, NOTE_W, notePosition } from './scene';

const MOVE_STEPS = 90;
const WHEEL_STEPS = 45;
/** Text is readable (13 px notes at 9.75 px); Fieldnotes opens a big board here. */
export const WORK_ZOOM = 0.75;
/** About 350 notes in view: Fieldnotes shows their first words, Excalidraw their whole text. */
export const OVERVIEW_ZOOM = 0.35;

/** Frame recorder and first-render marker, added to both pages as an init script. */
export const RECORDER = {
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

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function frameTimes(stamps: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < stamps.length; i++) out.push(stamps[i]! - stamps[i - 1]!);
  return out;
}

/** Frame times (ms between animation frames) while `gesture` runs. */
export async function recorded(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => (window as unknown as { __recStart(): void }).__recStart());
  await pause(50);
  await gesture();
  const stamps = await page.evaluate(() => (window as unknown as { __recStop(): number[] }).__recStop());
  return frameTimes(stamps);
}

export const noteCenter = (i: number): Point => {
  const p = notePosition(i);
  return { x: p.x + NOTE_W / 2, y: p.y + NOTE_H / 2 };
};

export async function dragPath(page: Page, from: Point, dx: number, dy: number): Promise<void> {
  for (let s = 1; s <= MOVE_STEPS; s++) {
    await page.mouse.move(from.x + (dx * s) / MOVE_STEPS, from.y + (dy * s) / MOVE_STEPS);
    await pause(8);
  }
}

export async function wheelPan(page: Page, dx: number, dy: number): Promise<void> {
  for (let s = 0; s < WHEEL_STEPS; s++) {
    await page.mouse.wheel(s % 2 ? dx : 0, dy);
    await pause(16);
  }
}

/** Ctrl+wheel: in (negative delta) for the first half, back out for the second. */
export async function wheelZoom(page: Page, delta: number): Promise<void> {
  await page.keyboard.down('Control');
  for (let s = 0; s < WHEEL_STEPS; s++) {
    await page.mouse.wheel(0, s < WHEEL_STEPS / 2 ? -delta : delta);
    await pause(16);
  }
  await page.keyboard.up('Control');
}

/** The scenarios, each a named step that leaves the board ready for the next; `record` wraps the measured part. */
export type Record = (name: string, gesture: () => Promise<void>) => Promise<void>;

/** The shared script: the same cameras and gestures, in the same order, on either board. */
export async function runScript(board: BoardDriver, record: Record): Promise<{ selected: number }> {
  const { page } = board;
  const canvas = await board.canvas();
  const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };

  // Working zoom (text readable): drag one note, pan, zoom.
  await board.setCamera(WORK_ZOOM);
  await pause(1000);
  await board.clearSelection();
  const one = await board.toScreen(noteCenter(3 * COLUMNS + 4));
  await page.mouse.move(one.x, one.y);
  await page.mouse.down();
  await record('drag_one', () => dragPath(page, one, 300, 160));
  await page.mouse.up();
  await pause(1000);
  await page.mouse.move(middle.x, middle.y);
  await record('pan', () => wheelPan(page, 30, 40));
  await pause(600);
  await record('zoom', () => wheelZoom(page, 25));
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
  await record('drag_200', () => dragPath(page, grab, 260, 140));
  await page.mouse.up();
  await pause(1500);
  await board.clearSelection();
  await page.mouse.move(middle.x, middle.y);
  await record('pan_overview', () => wheelPan(page, 30, 40));
  await pause(600);
  await record('zoom_overview', () => wheelZoom(page, 20));
  await pause(1000);

  // The whole board in view.
  await board.fitAll();
  await pause(2000);
  await page.mouse.move(middle.x, middle.y);
  await record('pan_all', () => wheelPan(page, 10, 14));
  await pause(600);
  await record('zoom_all', () => wheelZoom(page, 20));
  return { selected };
}
