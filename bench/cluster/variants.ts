/**
 * Compares ways of representing notes for clustering on every labelled set at hand, so a change is kept only
 * when it helps on more than one of them. Not part of `npm run bench` (it takes minutes); run it when changing
 * the representation:
 *
 *   npx tsx bench/cluster/variants.ts [--only name,name] [--seeds N]
 *
 * Sets: the whole NHS file at the human k (9 themes; 44 subthemes), each trust's question on its own (five
 * consultations with their own mix of themes), and session-sized random samples (60, 150 and 400 notes,
 * several seeds) at the number of themes present and at the k the pipeline chooses.
 */
import { clusterNotesWith } from '../../shared/cluster/clusterNotes';
import { DEFAULT_REPRESENT, type RepresentSettings } from '../../shared/cluster/represent';
import { seededRandom } from '../../shared/cluster/random';
import type { ClusterResult } from '../../shared/cluster/types';
import type { WordTable } from '../../shared/cluster/wordTable';
import { adjustedRandIndex, normalizedMutualInfo } from './metrics';
import { loadNhs } from './nhs';
import { fixed } from './stats';
import { loadBenchWordTable } from './wordTable';

const data = loadNhs();
const table = loadBenchWordTable();

const embed = DEFAULT_REPRESENT.embed;
const variant = (meaningShare: number, changes: Partial<typeof embed> = {}): RepresentSettings => ({
  ...DEFAULT_REPRESENT,
  meaningShare,
  embed: { ...embed, ...changes },
});
export const VARIANTS: Record<string, RepresentSettings> = {
  words: variant(0),
  's0.3': variant(0.3),
  's0.3-p24': variant(0.3, { projectTo: 24 }),
  's0.3-idf': variant(0.3, { corpusIdf: true }),
  's0.3-idf-p24': variant(0.3, { corpusIdf: true, projectTo: 24 }),
  's0.5-idf-p24': variant(0.5, { corpusIdf: true, projectTo: 24 }),
  's0.3-p12': variant(0.3, { projectTo: 12 }),
  's0.3-keep': variant(0.3, { removeComponents: 0 }),
  's0.2': variant(0.2),
  's0.3-mod0.3': variant(0.3, { modifierWeight: 0.3 }),
  's0.5-mod0.3': variant(0.5, { modifierWeight: 0.3 }),
  's0.3-mod0.3-p24': variant(0.3, { modifierWeight: 0.3, projectTo: 24 }),
  's0.2-p24': variant(0.2, { projectTo: 24 }),
  's0.2-p50': variant(0.2, { projectTo: 50 }),
  's0.2-p64': variant(0.2, { projectTo: 64 }),
  's0.2-fast': { ...variant(0.2), effort: { runs: 4, sampleSize: 700, finalRuns: 2 } },
  's0.2-fast2': { ...variant(0.2), effort: { runs: 4, sampleSize: 1000, finalRuns: 2 } },
  'words-fast': { ...variant(0), effort: { runs: 4, sampleSize: 700, finalRuns: 2 } },
  's0.2-p16': variant(0.2, { projectTo: 16 }),
  's0.2-mod0.3': variant(0.2, { modifierWeight: 0.3 }),
  's0.2-mod0.3-p24': variant(0.2, { modifierWeight: 0.3, projectTo: 24 }),
  's0.15-p24': variant(0.15, { projectTo: 24 }),
};

interface Scores {
  ari: number;
  nmi: number;
}

function labelsOf(result: ClusterResult, n: number): string[] {
  const labels = new Array<string>(n).fill('unclustered');
  for (const cluster of result.clusters) for (const id of cluster.noteIds) labels[Number(id)] = cluster.id;
  return labels;
}

function runOnce(
  indices: readonly number[],
  truth: readonly string[],
  settings: RepresentSettings,
  k?: number,
): Scores {
  const notes = indices.map((i, j) => ({ id: String(j), text: data.texts[i]! }));
  const result = clusterNotesWith(notes, { k, wordTable: table }, settings);
  const labels = labelsOf(result, notes.length);
  const expected = indices.map((i) => truth[i]!);
  return { ari: adjustedRandIndex(expected, labels), nmi: normalizedMutualInfo(expected, labels) };
}

/** Mean over k-means seeds: one run's luck must not decide between two representations. */
function run(
  indices: readonly number[],
  truth: readonly string[],
  settings: RepresentSettings,
  k?: number,
  seeds = 3,
): Scores {
  return mean(
    Array.from({ length: seeds }, (_, s) => runOnce(indices, truth, { ...settings, seed: 0x5eed + 31 * s }, k)),
  );
}

const distinct = (indices: readonly number[], labels: readonly string[]) => new Set(indices.map((i) => labels[i])).size;

function sample(size: number, seed: number): number[] {
  const random = seededRandom(seed);
  const all = data.texts.map((_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (all.length - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, size);
}

function mean(scores: Scores[]): Scores {
  return {
    ari: scores.reduce((s, x) => s + x.ari, 0) / scores.length,
    nmi: scores.reduce((s, x) => s + x.nmi, 0) / scores.length,
  };
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export function evaluate(name: string, settings: RepresentSettings, seeds: number, wordTable: WordTable): void {
  void wordTable;
  const every = data.texts.map((_, i) => i);
  const lines: [string, Scores][] = [];
  lines.push(['nhs.theme@9', run(every, data.theme, settings, distinct(every, data.theme), 2)]);
  if (process.argv.includes('--subthemes'))
    lines.push(['nhs.subtheme@44', run(every, data.subtheme, settings, distinct(every, data.subtheme), 1)]);
  const questions = [...new Set(data.question)].sort();
  for (const question of questions) {
    const indices = every.filter((i) => data.question[i] === question);
    const key = question.replace(/^Trust (\w) - /, '$1-');
    lines.push([`${key}.theme@human`, run(indices, data.theme, settings, distinct(indices, data.theme), 1)]);
  }
  for (const size of [60, 150, 400]) {
    const human: Scores[] = [];
    const chosen: Scores[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const indices = sample(size, seed * 7919 + size);
      human.push(runOnce(indices, data.theme, settings, distinct(indices, data.theme)));
      if (process.argv.includes('--chosen')) chosen.push(runOnce(indices, data.theme, settings));
    }
    lines.push([`sample${size}.theme@human`, mean(human)]);
    if (chosen.length) lines.push([`sample${size}.theme@chosen`, mean(chosen)]);
  }
  for (const [set, s] of lines) console.log(`variant=${name} set=${set} ari=${fixed(s.ari)} nmi=${fixed(s.nmi)}`);
}

const only = option('--only')?.split(',');
const seeds = Number(option('--seeds') ?? 8);
for (const [name, settings] of Object.entries(VARIANTS)) {
  if (only && !only.includes(name)) continue;
  evaluate(name, settings, seeds, table);
}
