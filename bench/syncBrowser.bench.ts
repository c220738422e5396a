/**
 * Merge speed on real IndexedDB, in Chromium, through the app's own code (loaded in the built page with ?bench).
 * Prints one line per figure; medians over runs, and each run's ratio to a baseline measured right after it in
 * the same page; never fails.
 *
 *   sync.browser_merge   100,000 changes from 20 devices merged into an empty store by applyRemoteChanges,
 *                        against a raw Dexie bulkPut of the resulting records (2,000 per transaction). Goal ≤ 2.5×.
 *   sync.browser_import  20 bundles of 500 notes imported (preview + apply) after the project kit, against a raw
 *                        Dexie bulkPut of the records they leave, history excluded (one transaction). Goal ≤ 2.5×.
 *
 *   npx tsx bench/syncBrowser.bench.ts [--runs N] [--changes N] [--devices N] [--bundles N] [--notes N]
 *                                      [--batch N: changes per transaction in the merge, else the app's default]
 *                                      [--merge-only: skip the bundle import figure]
 *                                      [--import-only: skip the merge figure]
 */
import 'fake-indexeddb/auto';
import type { Page } from '@playwright/test';
import { mergeInMemory } from '../shared/sync/memoryMerge';
import { KEEP_NAMES_SHIM, launchChromium, median, report, serveBuiltApp } from './support/browser';
import { makeBundles } from './support/consolidation';
import { makeHistory } from './support/history';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const RUNS = option('--runs', 3);
const GOAL = 2.5;

async function benchMerge(page: Page): Promise<void> {
  const history = makeHistory(option('--changes', 100_000), option('--devices', 20));
  const byDevice = [...history].sort((a, b) =>
    a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.hlc < b.hlc ? -1 : 1,
  );
  const merged = mergeInMemory(history);
  const records = [...merged.tables].flatMap(([table, rows]) => [...rows.values()].map((row) => ({ table, row })));
  const notes = merged.tables.get('notes')?.size ?? 0;
  const times = await page.evaluate(
    async ({ changes, records, runs, notes, batchSize }) => {
      /* eslint-disable @typescript-eslint/no-explicit-any -- the page's hooks, untyped across the boundary */
      const hooks = (window as any).__fieldnotesBench.sync;
      const merge: number[] = [];
      const base: number[] = [];
      for (let run = 0; run < runs; run++) {
        const db = new hooks.FieldnotesDb(`bench-merge-${run}-${Date.now()}`);
        await db.open();
        let start = performance.now();
        const applied = await hooks.applyRemoteChanges(db, changes, {
          published: 1,
          now: () => Date.parse('2026-03-01T12:00:00Z'),
          ...(batchSize ? { batchSize } : {}),
        });
        merge.push(performance.now() - start);
        if (applied.stored !== changes.length || (await db.notes.count()) !== notes)
          throw new Error('merge bench: the store does not hold what was merged');
        db.close();
        await db.delete();

        const raw = new hooks.FieldnotesDb(`bench-raw-${run}-${Date.now()}`);
        await raw.open();
        start = performance.now();
        for (let i = 0; i < records.length; i += 2000) {
          const chunk = records.slice(i, i + 2000);
          await raw.transaction('rw', raw.projects, raw.sessions, raw.notes, async () => {
            for (const table of ['projects', 'sessions', 'notes']) {
              const rows = chunk.filter((r: any) => r.table === table).map((r: any) => r.row);
              if (rows.length) await raw.table(table).bulkPut(rows);
            }
          });
        }
        base.push(performance.now() - start);
        raw.close();
        await raw.delete();
      }
      return { merge, base };
    },
    { changes: byDevice, records, runs: RUNS, notes, batchSize: option('--batch', 0) },
  );
  const ratio = median(times.merge.map((t, i) => t / times.base[i]!));
  report('sync.browser_merge', {
    changes: history.length,
    records: records.length,
    runs: RUNS,
    median_ms: median(times.merge),
    baseline_bulkput_ms: median(times.base),
    ratio,
    goal: GOAL,
    met: ratio <= GOAL ? 'yes' : 'no',
    store: 'chromium-indexeddb',
  });
}

async function benchImport(page: Page): Promise<void> {
  const count = option('--bundles', 20);
  const perBundle = option('--notes', 500);
  const { kit, bundles } = await makeBundles(count, perBundle);
  const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  const times = await page.evaluate(
    async ({ kit, bundles, runs }) => {
      const hooks = (window as any).__fieldnotesBench.sync;
      const decode = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      const bytes = bundles.map(decode);
      const app: number[] = [];
      const base: number[] = [];
      let records = 0;
      for (let run = 0; run < runs; run++) {
        const db = new hooks.FieldnotesDb(`bench-import-${run}-${Date.now()}`);
        await db.open();
        const runner = hooks.createCommandRunner(db);
        const importOne = async (file: Uint8Array) =>
          hooks.applyBundleImport(runner, await hooks.previewBundleImport(db, file), { confirmRemovals: true });
        await importOne(decode(kit));
        let start = performance.now();
        for (const file of bytes) await importOne(file);
        app.push(performance.now() - start);

        // The records the bundles leave, as in the merge's baseline: the change history is the app's own
        // bookkeeping (packed, it is a few rows), so it is on the app's side of the ratio, not the baseline's.
        const tables = db.tables
          .map((table: any) => table.name)
          .filter((name: string) => name !== 'meta' && name !== 'changeBatches');
        const rows = await Promise.all(tables.map(async (name: string) => [name, await db.table(name).toArray()]));
        records = rows.reduce((sum: number, [, list]: any) => sum + list.length, 0);
        db.close();
        await db.delete();
        const raw = new hooks.FieldnotesDb(`bench-import-raw-${run}-${Date.now()}`);
        await raw.open();
        start = performance.now();
        await raw.transaction(
          'rw',
          tables.map((name: string) => raw.table(name)),
          async () => {
            for (const [name, list] of rows) await raw.table(name).bulkPut(list);
          },
        );
        base.push(performance.now() - start);
        raw.close();
        await raw.delete();
      }
      return { app, base, records };
      /* eslint-enable @typescript-eslint/no-explicit-any */
    },
    { kit: encode(kit), bundles: bundles.map(encode), runs: RUNS },
  );
  const ratio = median(times.app.map((t, i) => t / times.base[i]!));
  report('sync.browser_import', {
    bundles: count,
    notes_each: perBundle,
    records: times.records,
    runs: RUNS,
    median_ms: median(times.app),
    baseline_bulkput_ms: median(times.base),
    ratio,
    goal: GOAL,
    met: ratio <= GOAL ? 'yes' : 'no',
    store: 'chromium-indexeddb',
  });
}

async function main(): Promise<void> {
  const served = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.goto(`${served.url}?bench`);
    await page.waitForFunction(() =>
      Boolean((window as { __fieldnotesBench?: { sync?: unknown } }).__fieldnotesBench?.sync),
    );
    if (!process.argv.includes('--import-only')) await benchMerge(page);
    if (!process.argv.includes('--merge-only')) await benchImport(page);
  } finally {
    await browser.close();
    served.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`sync browser bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
