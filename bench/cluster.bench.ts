/**
 * Clustering benchmark on the NHS comments with human themes: today's method (shared words: TF-IDF with
 * co-occurrence smoothing) against the new one (meaning: word vectors blended with the words), and both
 * against plain k-means. Prints one line per figure; medians over runs; ratios against baselines measured in
 * this run. Never fails: a missed target is printed, not thrown.
 *
 *   npx tsx bench/cluster.bench.ts [--runs N] [--baseline-runs N] [--seeds N] [--nhs-seeds N]
 *
 * Speed: clustering all 10,334 comments (CPU time: the one-core figure on a shared machine), loading the
 * word-vector table, peak memory, and "more like this" for one note among 20,000. Quality: ARI and NMI against
 * `theme` (9) and `subtheme` (44), at the k each method chooses and at the human k, on the whole file, on each
 * trust's question alone and on session-sized samples; and how often "Suggest a theme" finds a held-out
 * note's human theme.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { clusterNotes, decodeWordTable, indexNotes, similarNotes, type ClusterMethod } from '../shared/cluster';
import { kmeansBaseline } from './cluster/baseline';
import { loadNhs } from './cluster/nhs';
import { clusterNotesWith } from '../shared/cluster/clusterNotes';
import { DEFAULT_REPRESENT } from '../shared/cluster/represent';
import { TUNING } from '../shared/cluster/tuning';
import {
  agreement,
  clusterSubset,
  distinctCount,
  labelsOf,
  sampleIndices,
  suggestThemeAccuracy,
  type Agreement,
} from './cluster/quality';
import { fixed, median, timed } from './cluster/stats';
import { loadBenchWordTable } from './cluster/wordTable';
import { WORD_VECTORS_PATH } from '../scripts/build-word-vectors';

const TARGETS = { clusterCpuMs: 2000, tableLoadMs: 300, memoryMb: 200, neighboursMs: 50 };
const METHODS: readonly ClusterMethod[] = ['words', 'meaning'];
const NAMES: Record<ClusterMethod, string> = { words: 'today', meaning: 'new' };

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function line(name: string, fields: Record<string, string | number | boolean>): void {
  const shown = (v: string | number | boolean) => (typeof v === 'number' && !Number.isInteger(v) ? fixed(v) : v);
  const parts = Object.entries(fields).map(([k, v]) => `${k}=${shown(v)}`);
  console.log(`${name} ${parts.join(' ')}`);
}

const data = loadNhs();
const table = loadBenchWordTable();
const every = data.texts.map((_, i) => i);
const themeK = distinctCount(every, data.theme);
const subthemeK = distinctCount(every, data.subtheme);
line('cluster.input', { notes: data.texts.length, themes: themeK, subthemes: subthemeK });
// Shared machines are noisy: the load says how far wall time can be trusted; CPU time is the one-core figure.
line('cluster.machine', { cores: cpus().length, load1: fixed(loadavg()[0]!, 2) });

speed();
quality();
baseline();

function speed(): void {
  const bytes = new Uint8Array(readFileSync(WORD_VECTORS_PATH));
  const loads = Array.from({ length: 7 }, () =>
    timed(() => decodeWordTable(new Uint8Array(readFileSync(WORD_VECTORS_PATH)))),
  );
  line('cluster.table', { words: table.words.length, dims: table.dims, mb: fixed(bytes.length / 1e6, 1) });
  // Judged on CPU time: on a shared machine wall time also counts other people's work.
  const loadMs = median(loads.map((l) => l.cpuMs));
  line('cluster.table.load_ms', {
    wall_median: fixed(median(loads.map((l) => l.wallMs)), 1),
    cpu_median: fixed(loadMs, 1),
    limit: TARGETS.tableLoadMs,
    met: loadMs <= TARGETS.tableLoadMs,
  });

  const notes = data.texts.map((text, i) => ({ id: String(i), text }));
  const cpu: Record<string, number> = {};
  for (const method of METHODS) {
    const runs = Array.from({ length: option('--runs', 5) }, () =>
      timed(() => clusterNotes(notes, { method, wordTable: table })),
    );
    const same = runs.every((run) => JSON.stringify(run.value) === JSON.stringify(runs[0]!.value));
    cpu[method] = median(runs.map((r) => r.cpuMs));
    line(`cluster.${NAMES[method]}.time_ms`, {
      wall_median: fixed(median(runs.map((r) => r.wallMs)), 0),
      cpu_median: fixed(cpu[method]!, 0),
      runs: runs.length,
      deterministic: same,
    });
  }
  line('cluster.ratio.cpu_new_over_today', { value: fixed(cpu.meaning! / cpu.words!, 2) });
  line('cluster.target.time', {
    limit_ms: TARGETS.clusterCpuMs,
    cpu_median: fixed(cpu.meaning!, 0),
    met: cpu.meaning! <= TARGETS.clusterCpuMs,
  });

  const peak = (args: string[]) => {
    const run = spawnSync('npx', ['tsx', 'bench/cluster/memory.ts', ...args], { encoding: 'utf8' });
    return (JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { peakRssMb?: number }).peakRssMb ?? NaN;
  };
  const idle = peak([]);
  const busy = peak(['--cluster']);
  line('cluster.memory_mb', {
    peak_rss: fixed(busy, 0),
    process_without_clustering: fixed(idle, 0),
    clustering: fixed(busy - idle, 0),
    limit: TARGETS.memoryMb,
    met: busy - idle <= TARGETS.memoryMb,
  });
  neighbours();
}

/** "More like this" among 20,000 notes: the NHS comments and as many again made of two comments each. */
function neighbours(): void {
  const texts = [...data.texts];
  for (let i = 0; texts.length < 20_000; i++)
    texts.push(`${data.texts[i]} ${data.texts[(i * 7 + 3) % data.texts.length]}`);
  const notes = texts.map((text, i) => ({ id: String(i), text }));
  const built = timed(() => indexNotes(notes, table, 'meaning'));
  const queries = sampleIndices(notes.length, 50, 99).map((i) => timed(() => similarNotes(built.value, String(i), 8)));
  const queryMs = median(queries.map((q) => q.cpuMs));
  line('cluster.neighbours', { notes: notes.length, index_cpu_ms: fixed(built.cpuMs, 0) });
  line('cluster.neighbours.query_ms', {
    cpu_median: fixed(queryMs, 2),
    wall_median: fixed(median(queries.map((q) => q.wallMs)), 2),
    limit: TARGETS.neighboursMs,
    met: queryMs <= TARGETS.neighboursMs,
  });
}

function mean(runs: readonly Agreement[], key: keyof Agreement): number {
  return runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
}

/** Labels of every NHS comment clustered by `method` at `k` from k-means seed `seed`. */
function clusterSeeded(method: ClusterMethod, k: number, seed: number): string[] {
  const notes = data.texts.map((text, i) => ({ id: String(i), text }));
  const settings = {
    ...DEFAULT_REPRESENT,
    seed,
    meaningShare: method === 'words' ? 0 : DEFAULT_REPRESENT.meaningShare,
  };
  return labelsOf(clusterNotesWith(notes, { k, wordTable: table }, settings), notes.length);
}

function report(set: string, scores: Record<ClusterMethod, Agreement>): boolean {
  for (const method of METHODS)
    line(`cluster.quality.${set}.${NAMES[method]}`, { ari: scores[method].ari, nmi: scores[method].nmi });
  const better = scores.meaning.ari > scores.words.ari && scores.meaning.nmi > scores.words.nmi;
  line(`cluster.quality.${set}.new_better_on_both`, { value: better });
  return better;
}

function quality(): void {
  // k-means from other seeds lands elsewhere (ARI ±0.03 on this file): the headline is the mean over seeds.
  const seeds = option('--nhs-seeds', 4);
  const at = (truth: string[], k: number) => {
    const scores = {} as Record<ClusterMethod, Agreement>;
    for (const method of METHODS) {
      const runs = Array.from({ length: seeds }, (_, s) =>
        agreement(truth, clusterSeeded(method, k, TUNING.seed + 31 * s)),
      );
      scores[method] = { ari: mean(runs, 'ari'), nmi: mean(runs, 'nmi') };
      line(`cluster.quality.seeds.k${k}.${NAMES[method]}`, {
        ari: runs.map((r) => fixed(r.ari)).join('/'),
        nmi: runs.map((r) => fixed(r.nmi)).join('/'),
      });
    }
    return scores;
  };
  const headline = report(`nhs.theme.human_k${themeK}.mean_of_${seeds}_seeds`, at(data.theme, themeK));
  report(`nhs.subtheme.human_k${subthemeK}.mean_of_${seeds}_seeds`, at(data.subtheme, subthemeK));
  for (const method of METHODS) {
    const { result, labels } = clusterSubset(data, every, method, table);
    const theme = agreement(data.theme, labels);
    const subtheme = agreement(data.subtheme, labels);
    line(`cluster.quality.nhs.chosen_k.${NAMES[method]}`, {
      k: result.clusters.length,
      ari_theme: theme.ari,
      nmi_theme: theme.nmi,
      ari_subtheme: subtheme.ari,
      nmi_subtheme: subtheme.nmi,
      unclustered: result.unclustered.length,
    });
  }
  let wins = 0;
  let sets = 0;
  for (const question of [...new Set(data.question)].sort()) {
    const indices = every.filter((i) => data.question[i] === question);
    const scores = {} as Record<ClusterMethod, Agreement>;
    for (const method of METHODS) {
      const k = distinctCount(indices, data.theme);
      scores[method] = agreement(
        indices.map((i) => data.theme[i]!),
        clusterSubset(data, indices, method, table, k).labels,
      );
    }
    sets++;
    if (report(`question.${question.replace(/\W+/g, '_')}.human_k`, scores)) wins++;
  }
  for (const size of [60, 150, 400]) {
    for (const chosen of [false, true]) {
      const scores = { words: [] as Agreement[], meaning: [] as Agreement[] };
      for (let seed = 1; seed <= option('--seeds', 8); seed++) {
        const indices = sampleIndices(data.texts.length, size, seed * 7919 + size);
        const truth = indices.map((i) => data.theme[i]!);
        for (const method of METHODS) {
          const k = chosen ? undefined : distinctCount(indices, data.theme);
          scores[method].push(agreement(truth, clusterSubset(data, indices, method, table, k).labels));
        }
      }
      const mean = (xs: Agreement[]) => ({
        ari: xs.reduce((s, x) => s + x.ari, 0) / xs.length,
        nmi: xs.reduce((s, x) => s + x.nmi, 0) / xs.length,
      });
      sets++;
      if (
        report(`sample${size}.${chosen ? 'chosen_k' : 'human_k'}`, {
          words: mean(scores.words),
          meaning: mean(scores.meaning),
        })
      )
        wins++;
    }
  }
  line('cluster.target.quality', { nhs_human_k_better_on_both: headline, other_sets_won: `${wins}/${sets}` });
  for (const method of METHODS) {
    const found = suggestThemeAccuracy(data, method, table);
    line(`cluster.suggest_theme.${NAMES[method]}`, {
      accuracy: found.accuracy,
      confident_share: found.confidentShare,
      confident_accuracy: found.confidentAccuracy,
    });
  }
}

/** Plain k-means (ml-kmeans) on the same TF-IDF, at the human k: the reference of the first clustering work. */
function baseline(): void {
  const runs = Array.from({ length: option('--baseline-runs', 3) }, (_, i) => {
    const run = timed(() => kmeansBaseline(data.texts, themeK, i + 1));
    return { ...run, scores: agreement(data.theme, run.value) };
  });
  line('cluster.kmeans.time_ms', { cpu_median: fixed(median(runs.map((r) => r.cpuMs)), 0), runs: runs.length });
  line('cluster.kmeans.theme', {
    ari_median: median(runs.map((r) => r.scores.ari)),
    nmi_median: median(runs.map((r) => r.scores.nmi)),
  });
}
