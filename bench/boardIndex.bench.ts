/**
 * The board's spatial index (shared/board/spatialIndex.ts) at 5,000 and 10,000 stickies laid out as the board bench
 * lays them (bench/board/scene.ts): building the index, answering a screen-sized viewport query as the camera pans
 * across the board, and a whole-board query. Baseline in the same run: a linear scan of every sticky's rectangle
 * for the same viewports, which is what the board would do without the index.
 *
 * Prints medians (ms; µs for one viewport query) and the ratio of the index to the scan (below 1: the index is faster); never fails.
 * `BENCH_BOARD_COUNTS=5000` runs one size only; `BENCH_INDEX_RUNS` sets how many runs the medians are taken over.
 *
 *   npx tsx bench/boardIndex.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { intersects, type Rect } from '../shared/board/rect';
import { buildIndex, queryRect } from '../shared/board/spatialIndex';
import { COLUMNS, NOTE_H, NOTE_W, ORIGIN, PITCH_X, PITCH_Y } from './board/scene';
import { median, report } from './support/browser';

const COUNTS = (process.env.BENCH_BOARD_COUNTS ?? '5000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_INDEX_RUNS ?? 25);
/** A 1920×1080 window at the board's opening zoom (0.75) shows about this much of the world. */
const VIEWPORT = { w: 2560, h: 1440 };
const PANS = 200;

function stickies(count: number): { id: string; rect: Rect }[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    rect: {
      x: ORIGIN + (i % COLUMNS) * PITCH_X,
      y: ORIGIN + Math.floor(i / COLUMNS) * PITCH_Y,
      w: NOTE_W,
      h: NOTE_H,
    },
  }));
}

/** Viewports along a diagonal pan from the top-left corner to the far corner of the board. */
function viewports(count: number): Rect[] {
  const width = COLUMNS * PITCH_X;
  const height = Math.ceil(count / COLUMNS) * PITCH_Y;
  return Array.from({ length: PANS }, (_, i) => ({
    x: (i / PANS) * (width - VIEWPORT.w),
    y: (i / PANS) * (height - VIEWPORT.h),
    ...VIEWPORT,
  }));
}

function timed(work: () => number): { ms: number; found: number } {
  const started = performance.now();
  const found = work();
  return { ms: performance.now() - started, found };
}

function measure(count: number): void {
  const items = stickies(count);
  const views = viewports(count);
  const world = { x: -1e6, y: -1e6, w: 2e6, h: 2e6 };
  const build: number[] = [];
  const indexed: number[] = [];
  const scanned: number[] = [];
  const whole: number[] = [];
  let foundByIndex = 0;
  let foundByScan = 0;
  for (let run = 0; run < RUNS; run++) {
    const built = timed(() => buildIndex(items).rects.size);
    build.push(built.ms);
    const index = buildIndex(items);
    const byIndex = timed(() => views.reduce((sum, view) => sum + queryRect(index, view).size, 0));
    const byScan = timed(() =>
      views.reduce((sum, view) => sum + items.filter((item) => intersects(item.rect, view)).length, 0),
    );
    indexed.push((byIndex.ms / PANS) * 1000);
    scanned.push((byScan.ms / PANS) * 1000);
    whole.push(timed(() => queryRect(index, world).size).ms);
    foundByIndex = byIndex.found;
    foundByScan = byScan.found;
  }
  report(`board.index.n${count}.build`, { median_ms: median(build) });
  report(`board.index.n${count}.viewport_query`, {
    median_us: median(indexed),
    baseline_linear_scan_us: median(scanned),
    ratio_to_baseline: median(indexed) / median(scanned),
    same_answers: foundByIndex === foundByScan ? 'yes' : 'NO',
  });
  report(`board.index.n${count}.whole_board_query`, { median_ms: median(whole) });
}

for (const count of COUNTS) measure(count);
