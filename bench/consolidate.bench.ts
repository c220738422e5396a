/**
 * Consolidation: the PMT imports 20 facilitators' bundles of 500 notes each (with a few themes per
 * session) into one project, through the app's real import path (preview + apply, fake-indexeddb in Node), and the
 * CLI's path (open every bundle, merge in memory, build the findings snapshot). Baseline in the same run: a raw
 * Dexie bulkPut of the resulting records into an empty store. Prints medians and ratios; never fails.
 *
 *   npx tsx bench/consolidate.bench.ts [--runs N] [--bundles N] [--notes N]
 */
import 'fake-indexeddb/auto';
import { TABLE_NAMES } from '../shared/domain/schemas';
import { openBundle } from '../shared/sync/bundle';
import { snapshotFromChanges } from '../shared/findings/fromChanges';
import { mergeInMemory } from '../shared/sync/memoryMerge';
import { median, report } from './support/browser';
import { freshDb, importInto, makeBundles } from './support/consolidation';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const RUNS = option('--runs', 3);
const BUNDLES = option('--bundles', 20);
const NOTES = option('--notes', 500);
async function main(): Promise<void> {
  const { kit, bundles } = await makeBundles(BUNDLES, NOTES);
  const appTimes: number[] = [];
  const cliTimes: number[] = [];
  const baselineTimes: number[] = [];
  let records = 0;
  for (let run = 0; run < RUNS; run++) {
    const db = freshDb();
    await importInto(db, kit);
    let start = performance.now();
    for (const bytes of bundles) await importInto(db, bytes);
    appTimes.push(performance.now() - start);

    const rows = await Promise.all(TABLE_NAMES.map(async (table) => [table, await db.table(table).toArray()] as const));
    records = rows.reduce((sum, [, list]) => sum + list.length, 0);
    const baseline = freshDb();
    await baseline.open();
    start = performance.now();
    await baseline.transaction(
      'rw',
      TABLE_NAMES.map((t) => baseline.table(t)),
      async () => {
        for (const [table, list] of rows) await baseline.table(table).bulkPut(list);
      },
    );
    baselineTimes.push(performance.now() - start);

    start = performance.now();
    const changes = [];
    for (const bytes of [kit, ...bundles]) changes.push(...(await openBundle(bytes)).changes);
    const merged = mergeInMemory(changes);
    const projectId = changes[0]!.projectId;
    const built = snapshotFromChanges(projectId, changes);
    if (!built) throw new Error('the bundles hold no project record');
    const { snapshot } = built;
    cliTimes.push(performance.now() - start);
    if (run === 0)
      report('consolidate.result', {
        sessions: snapshot.sessions.length,
        notes: snapshot.notes.length,
        themes: snapshot.themes.length,
        merged_pending: merged.pending,
      });
  }
  report('consolidate.app_import', { bundles: BUNDLES, notes_each: NOTES, median_ms: median(appTimes), runs: RUNS });
  report('consolidate.cli_merge', { median_ms: median(cliTimes) });
  report('baseline.dexie_bulkput', { records, median_ms: median(baselineTimes) });
  report('consolidate.ratio_to_bulkput', {
    app: median(appTimes) / median(baselineTimes),
    cli: median(cliTimes) / median(baselineTimes),
  });
}

main().catch((error: unknown) => {
  console.error(`consolidate bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
