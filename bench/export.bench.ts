/**
 * Export benchmark: 10,000 notes and 300 themes written to every format, median of several runs.
 * The xlsx figure is also given as a ratio to a plain exceljs write of the same rows (no styles, widths, fills,
 * filters), measured in the same run, so the number means something on a noisy shared machine (architecture: Benchmarks).
 * Run: npx tsx bench/export.bench.ts   (BENCH_RUNS=n to change the number of runs; default 5)
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bigProject, NOW } from '../tests/support/fixtures';
import { buildFindingsDocument } from '../shared/findings/document';
import { liveSnapshot } from '../shared/findings/snapshot';
import { planExport } from '../shared/privacy/plan';
import { scanSnapshot } from '../shared/privacy/scan';
import { writeNotesCsv } from '../shared/export/csv';
import { writeReportDocx } from '../shared/export/docx';
import { writeReportHtml } from '../shared/export/html';
import { writeFindingsJson } from '../shared/export/json';
import { writeQdc } from '../shared/export/refi/qdc';
import { writeQdpx } from '../shared/export/refi/qdpx';
import { workbookTables } from '../shared/export/tables';
import { writeXlsx } from '../shared/export/xlsx';

const NOTES = 10_000;
const THEMES = 300;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function median(run: () => unknown): Promise<{ ms: number; size: number }> {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const out = await run();
    times.push(performance.now() - start);
    if (typeof out === 'string') size = out.length;
    else if (out instanceof Uint8Array) size = out.byteLength;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, size };
}

function line(name: string, result: { ms: number; size: number }, extra = ''): void {
  const kb = result.size ? ` ${(result.size / 1024).toFixed(0)} KB` : '';
  console.log(`export ${name}: median ${result.ms.toFixed(0)} ms${kb}${extra}`);
}

/** Real patient-feedback comments (sticky-note length) when the reference data is beside the repo. */
function realTexts(): string[] {
  const path = new URL('../../shared/data/text/nhs_fft_phase1_normalized.csv', import.meta.url);
  if (!existsSync(path)) return [];
  const raw = readFileSync(path, 'utf8');
  const rows = Papa.parse<Record<string, string>>(raw.slice(raw.indexOf('\n') + 1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return rows.map((r) => r.text ?? '').filter((t) => t.trim().length > 0);
}

const texts = realTexts();
const snapshot = liveSnapshot(bigProject(NOTES, THEMES, texts));
console.log(
  `export bench: ${snapshot.notes.length} notes (${texts.length ? 'real NHS comments' : 'synthetic text'}), ` +
    `${snapshot.themes.length} themes, ${snapshot.sessions.length} sessions, ${RUNS} runs`,
);

line('PII scan (patterns + names)', await median(() => scanSnapshot(snapshot)));
line('PII scan (patterns only)', await median(() => scanSnapshot(snapshot, { names: false })));
const matches = scanSnapshot(snapshot);
line('privacy plan (re-plan with a cached scan)', await median(() => planExport(snapshot, { matches })));
const plan = planExport(snapshot, { matches });
line(
  'findings document (master level)',
  await median(() => buildFindingsDocument(plan, { now: NOW, level: 'master' })),
);
const doc = buildFindingsDocument(plan, { now: NOW, level: 'master' });

const tables = workbookTables(doc);
async function plainExcelJs(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow(table.columns.map((c) => c.header));
    sheet.addRows(table.rows);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
// Interleaved after a warm-up, so garbage collection and JIT state fall on both sides alike.
await writeXlsx(doc);
await plainExcelJs();
const ours: number[] = [];
const plain: number[] = [];
let xlsxSize = 0;
for (let i = 0; i < RUNS; i++) {
  let start = performance.now();
  xlsxSize = (await writeXlsx(doc)).byteLength;
  ours.push(performance.now() - start);
  start = performance.now();
  await plainExcelJs();
  plain.push(performance.now() - start);
}
const mid = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const ratios = ours.map((t, i) => t / plain[i]!);
line(
  'xlsx',
  { ms: mid(ours), size: xlsxSize },
  `; plain exceljs write of the same rows ${mid(plain).toFixed(0)} ms; ratio ${mid(ratios).toFixed(2)} (median of paired runs)`,
);
line('json', await median(() => writeFindingsJson(doc)));
line('csv (notes)', await median(() => writeNotesCsv(doc)));
line('docx report', await median(() => writeReportDocx(doc)));
line('html report', await median(() => writeReportHtml(doc)));
line('REFI .qdc', await median(() => writeQdc(doc)));
line('REFI .qdpx', await median(() => writeQdpx(doc)));
