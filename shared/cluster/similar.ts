/**
 * "More like this" and "a home for each note": the notes closest in meaning to one note, and for a note
 * without a theme the existing theme its nearest themed notes are in. Both work in the space the suggested
 * clusters use (represent.ts), built once for all the notes of a board and then queried note by note.
 *
 * The theme proposal is a vote of the nearest themed notes, each weighing its similarity: a note whose ten
 * most similar themed notes are mostly in "Parking" belongs in "Parking", and the share of the vote is the
 * confidence. A vote explains itself (the voters are notes the facilitator can read), where a distance to a
 * theme's centroid would not.
 */
import { DEFAULT_REPRESENT, representNotes, type RepresentSettings } from './represent';
import { rowCount, type SparseRows } from './sparse';
import type { ClusterInput, ClusterMethod } from './types';
import type { WordTable } from './wordTable';

export interface NoteIndex {
  ids: readonly string[];
  position: ReadonlyMap<string, number>;
  rows: SparseRows;
  /** Row of each note (input order), or −1 for a note with nothing to compare. */
  rowOf: Int32Array;
  /** Notes of each row, in input order. */
  notesOfRow: readonly number[][];
  meaning: boolean;
}

export interface SimilarNote {
  id: string;
  /** Cosine similarity in the blended space, 0..1. */
  score: number;
}

export interface ThemeSuggestion {
  noteId: string;
  themeId: string;
  /** Share of the similarity-weighted vote of the nearest themed notes, 0..1. */
  confidence: number;
  /** The themed notes that voted for the theme, most similar first. */
  because: string[];
  /** How many themed notes voted in all. */
  voters: number;
}

export const NEIGHBOURS_VOTING = 10;

export function indexNotes(
  notes: readonly ClusterInput[],
  wordTable: WordTable | null,
  method: ClusterMethod = 'meaning',
  settings: RepresentSettings = DEFAULT_REPRESENT,
): NoteIndex {
  const useMeaning = method === 'meaning' && wordTable !== null;
  const represented = representNotes(
    notes.map((n) => n.text),
    useMeaning ? wordTable : null,
    useMeaning ? settings : { ...settings, meaningShare: 0 },
  );
  const notesOfRow: number[][] = Array.from({ length: rowCount(represented.rows) }, () => []);
  represented.rowOf.forEach((u, i) => {
    if (u >= 0) notesOfRow[u]!.push(i);
  });
  return {
    ids: notes.map((n) => n.id),
    position: new Map(notes.map((n, i) => [n.id, i])),
    rows: represented.rows,
    rowOf: represented.rowOf,
    notesOfRow,
    meaning: represented.meaning.used,
  };
}

/** Cosine of one row with every row. */
function similarities(index: NoteIndex, row: number): Float64Array {
  const { rows } = index;
  const query = new Float64Array(rows.dims);
  for (let p = rows.rowPtr[row]!; p < rows.rowPtr[row + 1]!; p++) query[rows.cols[p]!] = rows.vals[p]!;
  const n = rowCount(rows);
  const out = new Float64Array(n);
  const { rowPtr, cols, vals } = rows;
  for (let r = 0; r < n; r++) {
    let sum = 0;
    for (let p = rowPtr[r]!, end = rowPtr[r + 1]!; p < end; p++) sum += vals[p]! * query[cols[p]!]!;
    out[r] = sum;
  }
  return out;
}

/**
 * The `limit` notes most similar to `noteId` (identical notes first), most similar first, ties in input
 * order; notes below `minScore` are left out. Empty for an unknown note or one with nothing to compare.
 */
export function similarNotes(
  index: NoteIndex,
  noteId: string,
  limit: number,
  options: { minScore?: number; accept?: (id: string) => boolean } = {},
): SimilarNote[] {
  const { minScore = 0.05, accept } = options;
  const at = index.position.get(noteId);
  const row = at === undefined ? -1 : index.rowOf[at]!;
  if (row < 0 || limit <= 0) return [];
  const scores = similarities(index, row);
  const usable = (i: number) => i !== at && (!accept || accept(index.ids[i]!));
  // The best `limit` rows that hold a usable note are enough (each gives at least one): a short sorted list
  // kept by insertion, instead of sorting every row of a large board.
  const top: number[] = [];
  const before = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && index.notesOfRow[a]![0]! < index.notesOfRow[b]![0]!);
  for (let r = 0; r < scores.length; r++) {
    if (scores[r]! < minScore) continue;
    if (top.length === limit && !before(r, top[limit - 1]!)) continue;
    if (!index.notesOfRow[r]!.some(usable)) continue;
    let i = Math.min(top.length, limit - 1);
    if (top.length < limit) top.push(r);
    while (i > 0 && before(r, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = r;
  }
  const out: SimilarNote[] = [];
  for (const r of top) {
    for (const i of index.notesOfRow[r]!) {
      if (!usable(i)) continue;
      out.push({ id: index.ids[i]!, score: Math.min(1, scores[r]!) });
      if (out.length === limit) return out;
    }
  }
  return out;
}

/**
 * For each of `noteIds`, the theme its nearest themed notes vote for. `themeOf` gives the theme of every
 * themed note; notes missing from it have none. A note nothing resembles gets no suggestion.
 */
export function suggestThemes(
  index: NoteIndex,
  themeOf: ReadonlyMap<string, string>,
  noteIds: readonly string[],
  voters = NEIGHBOURS_VOTING,
): ThemeSuggestion[] {
  const out: ThemeSuggestion[] = [];
  for (const noteId of noteIds) {
    const nearest = similarNotes(index, noteId, voters, { minScore: 0.05, accept: (id) => themeOf.has(id) });
    if (nearest.length === 0) continue;
    const votes = new Map<string, number>();
    let total = 0;
    for (const { id, score } of nearest) {
      const theme = themeOf.get(id)!;
      votes.set(theme, (votes.get(theme) ?? 0) + score);
      total += score;
    }
    let best: [string, number] | null = null;
    for (const entry of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
      if (!best || entry[1] > best[1] + 1e-12) best = entry;
    const [themeId, weight] = best!;
    out.push({
      noteId,
      themeId,
      confidence: total > 0 ? weight / total : 0,
      because: nearest.filter(({ id }) => themeOf.get(id) === themeId).map(({ id }) => id),
      voters: nearest.length,
    });
  }
  return out;
}
