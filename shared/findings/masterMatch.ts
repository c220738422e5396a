/**
 * Consolidation helpers for the PMT: suggest which master theme each session theme belongs to, and turn the
 * PMT's decisions into record patches plus a log of who mapped what and when.
 *
 * A suggestion scores two things and shows both, plus the word stems behind the match, so the PMT can see why:
 * name similarity (shared word stems, or near-identical spelling by character trigrams for typos and plurals) and
 * content similarity (TF-IDF cosine of the session theme's name, description and notes against the master theme's
 * name, description and the notes already mapped to it).
 * Many session themes may map to one master theme; nothing is applied until the PMT accepts.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import type { Theme } from '../domain/schemas';
import { isMasterTheme } from './levels';
import type { FindingsSnapshot, MappingRecord } from './snapshot';

export interface MasterCandidate {
  masterThemeId: string;
  score: number;
  nameScore: number;
  contentScore: number;
  /** Word stems the two share, for the explanation shown beside the suggestion. */
  sharedWords: string[];
}

export interface MasterSuggestion {
  themeId: string;
  candidates: MasterCandidate[];
}

const STOP = new Set(eng);

export function stems(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 2 || STOP.has(word)) continue;
    out.push(stemmer(word));
  }
  return out;
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export function nameSimilarity(a: string, b: string): number {
  const sa = new Set(stems(a));
  const sb = new Set(stems(b));
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  const union = sa.size + sb.size - shared;
  const jaccard = union === 0 ? 0 : shared / union;
  return Math.max(jaccard, dice(trigrams(a), trigrams(b)));
}

type Vector = Map<string, number>;

function termCounts(texts: readonly string[]): Vector {
  const counts: Vector = new Map();
  for (const text of texts) for (const s of stems(text)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

function weigh(counts: Vector, idf: ReadonlyMap<string, number>): Vector {
  const out: Vector = new Map();
  let norm = 0;
  for (const [term, tf] of counts) {
    const w = (1 + Math.log(tf)) * (idf.get(term) ?? 0);
    if (w > 0) {
      out.set(term, w);
      norm += w * w;
    }
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, w] of out) out.set(term, w / norm);
  return out;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) sum += w * (large.get(term) ?? 0);
  return sum;
}

/** The stems that contribute most to the content match, strongest first. */
function sharedTerms(a: Vector, b: Vector, max = 5): string[] {
  return [...a]
    .filter(([term]) => b.has(term))
    .map(([term, w]) => [term, w * (b.get(term) ?? 0)] as const)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([term]) => term);
}

export interface SuggestOptions {
  /** Candidates scoring below this are not shown. */
  minScore?: number;
  maxCandidates?: number;
  /** Also suggest for themes already mapped (to review a mapping). */
  includeMapped?: boolean;
}

export function suggestMasterThemes(snapshot: FindingsSnapshot, options: SuggestOptions = {}): MasterSuggestion[] {
  const minScore = options.minScore ?? 0.15;
  const maxCandidates = options.maxCandidates ?? 3;
  const masters = snapshot.themes.filter(isMasterTheme);
  const boardThemes = snapshot.themes.filter(
    (t) => !isMasterTheme(t) && (options.includeMapped || t.masterThemeId === null),
  );
  if (masters.length === 0 || boardThemes.length === 0) return [];

  const notesOf = new Map<string, string[]>();
  for (const note of snapshot.notes) {
    if (!note.themeId) continue;
    const list = notesOf.get(note.themeId);
    if (list) list.push(note.text);
    else notesOf.set(note.themeId, [note.text]);
  }
  const mappedInto = new Map<string, Theme[]>();
  for (const t of snapshot.themes) {
    if (!t.masterThemeId) continue;
    const list = mappedInto.get(t.masterThemeId);
    if (list) list.push(t);
    else mappedInto.set(t.masterThemeId, [t]);
  }
  const masterCounts = new Map(
    masters.map((m) => [
      m.id,
      termCounts([
        m.name,
        m.name,
        m.description,
        ...(notesOf.get(m.id) ?? []),
        ...(mappedInto.get(m.id) ?? []).flatMap((t) => [t.name, ...(notesOf.get(t.id) ?? [])]),
      ]),
    ]),
  );
  const boardCounts = new Map(
    boardThemes.map((t) => [t.id, termCounts([t.name, t.description, ...(notesOf.get(t.id) ?? [])])]),
  );
  const documents = [...masterCounts.values(), ...boardCounts.values()];
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([term, n]) => [term, Math.log((1 + documents.length) / (1 + n)) + 1]));
  const masterVectors = new Map([...masterCounts].map(([id, counts]) => [id, weigh(counts, idf)]));

  return boardThemes.map((theme) => {
    const vector = weigh(boardCounts.get(theme.id) ?? new Map(), idf);
    const candidates = masters
      .map((master): MasterCandidate => {
        const masterVector = masterVectors.get(master.id) ?? new Map();
        const nameScore = nameSimilarity(theme.name, master.name);
        const contentScore = cosine(vector, masterVector);
        return {
          masterThemeId: master.id,
          nameScore,
          contentScore,
          // Either kind of evidence can carry a match ("Dark paths" shares no word with "Safe streets" but its notes
          // do), so the two combine like independent chances rather than as a weighted average.
          score: 1 - (1 - nameScore) * (1 - contentScore),
          sharedWords: sharedTerms(vector, masterVector),
        };
      })
      .filter((c) => c.score >= minScore)
      .sort((a, b) => b.score - a.score || a.masterThemeId.localeCompare(b.masterThemeId))
      .slice(0, maxCandidates);
    return { themeId: theme.id, candidates };
  });
}

export interface MappingDecision {
  themeId: string;
  /** null unmaps. */
  masterThemeId: string | null;
}

/**
 * The PMT's accepted mappings as a plan: the theme patches to write and the log entries recording who decided and
 * when. Decisions about unknown themes, master themes, or a master that does not exist are refused, not guessed.
 */
export function planMapping(
  snapshot: FindingsSnapshot,
  decisions: readonly MappingDecision[],
  by: string,
  at: string,
): { patches: { id: string; masterThemeId: string | null }[]; log: MappingRecord[]; refused: MappingDecision[] } {
  const themes = new Map(snapshot.themes.map((t) => [t.id, t]));
  const patches: { id: string; masterThemeId: string | null }[] = [];
  const log: MappingRecord[] = [];
  const refused: MappingDecision[] = [];
  for (const decision of decisions) {
    const theme = themes.get(decision.themeId);
    const master = decision.masterThemeId === null ? null : themes.get(decision.masterThemeId);
    const valid =
      theme && !isMasterTheme(theme) && (decision.masterThemeId === null || (master && isMasterTheme(master)));
    if (!valid) {
      refused.push(decision);
      continue;
    }
    if (theme.masterThemeId === decision.masterThemeId) continue;
    patches.push({ id: theme.id, masterThemeId: decision.masterThemeId });
    log.push({ themeId: theme.id, masterThemeId: decision.masterThemeId, by, at });
  }
  return { patches, log, refused };
}
