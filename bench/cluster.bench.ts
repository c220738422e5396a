/**
 * Clustering benchmark (issue 3, DESIGN §9): our suggestions vs plain k-means on the NHS comments with human
 * themes. Prints one line per figure; medians over runs; ratios against the baseline measured in this run.
 * Never fails: a missed target is printed, not thrown.
 *
 *   npx tsx bench/cluster.bench.ts [--runs N] [--baseline-runs N]
 */
import { cpus, loadavg } from 'node:os';
import { clusterNotes, type ClusterResult } from '../shared/cluster';
import { kmeansBaseline } from './cluster/baseline';
import { adjustedRandIndex, normalizedMutualInfo } from './cluster/metrics';
import { loadNhs } from './cluster/nhs';
import { fixed, median, timed } from './cluster/stats';

const TARGET_MS = 2000;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function line(name: string, fields: Record<string, string | number | boolean>): void {
  console.log(
    `${name} ${Object.entries(fields)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
}

interface Scores {
  ariTheme: number;
  nmiTheme: number;
  ariSubtheme: number;
  nmiSubtheme: number;
}

const data = loadNhs();
const score = (labels: string[]): Scores => ({
  ariTheme: adjustedRandIndex(data.theme, labels),
  nmiTheme: normalizedMutualInfo(data.theme, labels),
  ariSubtheme: adjustedRandIndex(data.subtheme, labels),
  nmiSubtheme: normalizedMutualInfo(data.subtheme, labels),
});
const themeCount = new Set(data.theme).size;
line('cluster.input', { notes: data.texts.length, themes: themeCount, subthemes: new Set(data.subtheme).size });
// Shared machines are noisy: the load says how far wall time can be trusted; CPU time is the one-core figure.
line('cluster.machine', { cores: cpus().length, load1: fixed(loadavg()[0]!, 2) });

// Ours: the shipped pipeline, k chosen by itself. Every run must give the same answer.
const notes = data.texts.map((text, i) => ({ id: String(i), text }));
const ours = Array.from({ length: option('--runs', 5) }, () => timed(() => clusterNotes(notes)));
const first = ours[0]!.value;
const deterministic = ours.every((run) => JSON.stringify(run.value) === JSON.stringify(first));
const labelsOf = (result: ClusterResult) => {
  const labels = new Array<string>(notes.length).fill('unclustered');
  for (const cluster of result.clusters) for (const id of cluster.noteIds) labels[Number(id)] = cluster.id;
  return labels;
};
const oursScores = score(labelsOf(first));
const oursWall = median(ours.map((run) => run.wallMs));
const oursCpu = median(ours.map((run) => run.cpuMs));
line('cluster.ours.time_ms', { median: fixed(oursWall, 0), cpu_median: fixed(oursCpu, 0), runs: ours.length });
line('cluster.ours.k', { chosen: first.clusters.length, stability: fixed(first.diagnostics.stability ?? NaN) });
line('cluster.ours.unclustered', { notes: first.unclustered.length });
line('cluster.ours.deterministic', { value: deterministic });
for (const [key, value] of Object.entries(oursScores)) line(`cluster.ours.${metricName(key)}`, { value: fixed(value) });

// For reference, not a target: our pipeline told the true number of themes, as the baseline is.
const toldK = score(labelsOf(clusterNotes(notes, { k: themeCount })));
for (const [key, value] of Object.entries(toldK))
  line(`cluster.ours_k${themeCount}.${metricName(key)}`, { value: fixed(value) });

// Baseline: ml-kmeans on the same TF-IDF, k = true number of themes, one seed per run.
const baseline = Array.from({ length: option('--baseline-runs', 5) }, (_, i) => {
  const run = timed(() => kmeansBaseline(data.texts, themeCount, i + 1));
  return { ...run, scores: score(run.value) };
});
const baseWall = median(baseline.map((run) => run.wallMs));
const baseCpu = median(baseline.map((run) => run.cpuMs));
line('cluster.kmeans.time_ms', { median: fixed(baseWall, 0), cpu_median: fixed(baseCpu, 0), runs: baseline.length });
line('cluster.kmeans.k', { given: themeCount });
const baseScores = {} as Scores;
for (const key of Object.keys(oursScores) as (keyof Scores)[]) {
  const values = baseline.map((run) => run.scores[key]);
  baseScores[key] = median(values);
  line(`cluster.kmeans.${metricName(key)}`, {
    median: fixed(baseScores[key]),
    min: fixed(Math.min(...values)),
    max: fixed(Math.max(...values)),
  });
}

line('cluster.ratio.time', { value: fixed(oursWall / baseWall), cpu: fixed(oursCpu / baseCpu) });
for (const key of Object.keys(oursScores) as (keyof Scores)[]) {
  line(`cluster.ratio.${metricName(key)}`, { value: fixed(oursScores[key] / baseScores[key], 2) });
}
const beats = (Object.keys(oursScores) as (keyof Scores)[]).every((key) => oursScores[key] > baseScores[key]);
line('cluster.target.time', { limit_ms: TARGET_MS, cpu_median: fixed(oursCpu, 0), met: oursCpu <= TARGET_MS });
line('cluster.target.beats_kmeans', { met: beats });

function metricName(key: string): string {
  return (
    { ariTheme: 'ari.theme', nmiTheme: 'nmi.theme', ariSubtheme: 'ari.subtheme', nmiSubtheme: 'nmi.subtheme' }[key] ??
    key
  );
}
