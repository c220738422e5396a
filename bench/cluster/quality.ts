/**
 * Agreement with human themes for the benchmark: one method on one set of NHS comments, at the k it chooses
 * and at the human k, against `theme` and `subtheme`; and how often "Suggest a theme" proposes the human theme
 * of a held-out note from the themes of the others.
 */
import { clusterNotes, indexNotes, suggestThemes, type ClusterMethod, type ClusterResult } from '../../shared/cluster';
import { seededRandom } from '../../shared/cluster/random';
import type { WordTable } from '../../shared/cluster/wordTable';
import { adjustedRandIndex, normalizedMutualInfo } from './metrics';
import type { LabelledComments } from './nhs';

export interface Agreement {
  ari: number;
  nmi: number;
}

export function labelsOf(result: ClusterResult, count: number): string[] {
  const labels = new Array<string>(count).fill('unclustered');
  for (const cluster of result.clusters) for (const id of cluster.noteIds) labels[Number(id)] = cluster.id;
  return labels;
}

export function agreement(truth: readonly string[], labels: readonly string[]): Agreement {
  return { ari: adjustedRandIndex(truth, labels), nmi: normalizedMutualInfo(truth, labels) };
}

/** Clusters the comments at `indices` (ids are positions in `indices`). */
export function clusterSubset(
  data: LabelledComments,
  indices: readonly number[],
  method: ClusterMethod,
  table: WordTable,
  k?: number,
): { result: ClusterResult; labels: string[] } {
  const notes = indices.map((i, j) => ({ id: String(j), text: data.texts[i]! }));
  const result = clusterNotes(notes, { k, method, wordTable: table });
  return { result, labels: labelsOf(result, notes.length) };
}

export const distinctCount = (indices: readonly number[], labels: readonly string[]) =>
  new Set(indices.map((i) => labels[i])).size;

/** `size` indices drawn without replacement by a seeded shuffle. */
export function sampleIndices(total: number, size: number, seed: number): number[] {
  const random = seededRandom(seed);
  const all = Array.from({ length: total }, (_, i) => i);
  for (let i = 0; i < Math.min(size, total - 1); i++) {
    const j = i + Math.floor(random() * (total - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, size);
}

export interface ThemeAccuracy {
  /** Share of held-out notes whose suggested theme is their human theme. */
  accuracy: number;
  /** Share of held-out notes with a confident (≥ 0.6) suggestion, and how often those are right. */
  confidentShare: number;
  confidentAccuracy: number;
}

/** Hides the theme of every `holdOut`-th note and asks for a theme for each from the rest. */
export function suggestThemeAccuracy(
  data: LabelledComments,
  method: ClusterMethod,
  table: WordTable,
  holdOut = 10,
): ThemeAccuracy {
  const notes = data.texts.map((text, i) => ({ id: String(i), text }));
  const index = indexNotes(notes, table, method);
  const themeOf = new Map<string, string>();
  const hidden: string[] = [];
  notes.forEach((note, i) => (i % holdOut === 0 ? hidden.push(note.id) : themeOf.set(note.id, data.theme[i]!)));
  const suggestions = suggestThemes(index, themeOf, hidden);
  const right = (s: { noteId: string; themeId: string }) => s.themeId === data.theme[Number(s.noteId)];
  const confident = suggestions.filter((s) => s.confidence >= 0.6);
  return {
    accuracy: suggestions.filter(right).length / hidden.length,
    confidentShare: confident.length / hidden.length,
    confidentAccuracy: confident.length ? confident.filter(right).length / confident.length : 0,
  };
}
