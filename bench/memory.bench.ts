/**
 * Memory benchmark: the peak resident memory of the built `fieldnotes` bin on large projects, each run in a process
 * of its own (a real sync folder in a temp folder, the bin bundled as users get it).
 *
 *   memory.export   `export --xlsx --json` of 5,000, 20,000 and 60,000 notes (target: under 600 MB at 60,000)
 *   memory.import   `import-csv` of 300,000 rows (target: under 1 GB)
 *   memory.floor    `fieldnotes --help`: what Node and the bin take before any work, for comparison
 *
 * Peak memory is the process's own maximum resident set size (getrusage), read as it exits.
 *
 *   npx tsx bench/memory.bench.ts [--notes 5000,20000,60000] [--rows 300000]
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_NAME, syncFolderWithProject } from './support/syncFolder';

function listOption(name: string, fallback: number[]): number[] {
  const at = process.argv.indexOf(name);
  const values = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map(Number) : [];
  return values.length && values.every((v) => Number.isInteger(v) && v > 0) ? values : fallback;
}

const NOTES = listOption('--notes', [5_000, 20_000, 60_000]);
const [ROWS] = listOption('--rows', [300_000]);

/** Writes the process's peak resident memory (kB) to stderr as it exits. */
const PEAK_PROBE = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, `\\npeak-rss-kb=${process.resourceUsage().maxRSS}\\n`));",
)}`;

const words =
  'the buses stop running early so older people stay home and the library is a safe warm place for everyone who needs it after dark'.split(
    ' ',
  );

function notesCsv(rows: number): string {
  const lines = ['Text,Speaker,Kind,Session'];
  for (let i = 0; i < rows; i++) {
    const text = Array.from({ length: 8 + (i % 20) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');
    lines.push(`"${text} (${i})",P${(i % 12) + 1},${i % 3 === 0 ? 'Issue or priority' : ''},Evening ${(i % 40) + 1}`);
  }
  return `${lines.join('\n')}\n`;
}

function runBin(bin: string, args: string[], cwd: string): { mb: number; seconds: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', PEAK_PROBE, bin, ...args], { cwd, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  const peak = /peak-rss-kb=(\d+)/.exec(run.stderr);
  if (run.status !== 0 || !peak)
    throw new Error(`fieldnotes ${args[0]} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  return { mb: Number(peak[1]) / 1024, seconds };
}

function line(name: string, fields: Record<string, string | number>): void {
  console.log(
    `${name} ${Object.entries(fields)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
}

const dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-memory-bench-'));
try {
  const bin = path.join(dir, 'bin', 'fieldnotes.mjs');
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outfile', bin], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the bin failed: ${build.stderr}`);
  const floor = runBin(bin, ['--help'], dir);
  line('memory.floor', { peak_mb: floor.mb.toFixed(0) });

  for (const notes of NOTES) {
    const folder = path.join(dir, `folder-${notes}`);
    await mkdir(folder);
    await syncFolderWithProject(folder);
    await writeFile(path.join(dir, `notes-${notes}.csv`), notesCsv(notes));
    runBin(bin, ['import-csv', `notes-${notes}.csv`, '--sync-folder', folder, '--project', PROJECT_NAME], dir);
    const out = runBin(bin, ['export', folder, '--xlsx', `out-${notes}.xlsx`, '--json', `out-${notes}.json`], dir);
    line('memory.export', {
      notes,
      peak_mb: out.mb.toFixed(0),
      ratio_to_floor: (out.mb / floor.mb).toFixed(1),
      seconds: out.seconds.toFixed(1),
      target: notes === 60_000 ? '600MB' : '-',
    });
    await rm(folder, { recursive: true, force: true });
  }

  if (ROWS) {
    const folder = path.join(dir, 'folder-import');
    await mkdir(folder);
    await syncFolderWithProject(folder);
    await writeFile(path.join(dir, 'rows.csv'), notesCsv(ROWS));
    const read = runBin(bin, ['import-csv', 'rows.csv', '--sync-folder', folder, '--project', PROJECT_NAME], dir);
    line('memory.import', {
      rows: ROWS,
      peak_mb: read.mb.toFixed(0),
      ratio_to_floor: (read.mb / floor.mb).toFixed(1),
      seconds: read.seconds.toFixed(1),
      target: '1GB',
    });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
