#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or only those named: `npm run bench -- capture`),
 * each printing one line per figure. Browser benchmarks need the built renderer, so it is built first: the
 * benchmark build (dist-bench), which is the app plus the hooks the benchmarks drive it by.
 * Benchmarks report; they never fail the test suite, and one failing benchmark does not stop the others.
 * Those that serve the app serve it on BENCH_PORT (4399 when unset; the board's baseline on the port after it),
 * so a second run beside the first takes another: `BENCH_PORT=4414 npm run bench -- board`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort();

const build = spawnSync('npm', ['run', 'build:bench', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) console.error('bench: the benchmark build failed; browser benchmarks will fail');

let failures = 0;
for (const file of files) {
  console.log(`# ${file}`);
  const run = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failures++;
}
if (failures) console.error(`bench: ${failures} benchmark file(s) did not finish; see above`);
