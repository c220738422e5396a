/**
 * What a facilitator reads on a suggested cluster: a short name a person might have written, the words its
 * notes share (the explanation), and how tightly the notes hang together.
 *
 * Words and phrases rank by p_in × ln(p_in / p_all): common in the cluster, rarer elsewhere (the item's share
 * of the cluster's divergence from the whole). Each must be used by at least two of the cluster's notes — a
 * name is only honest if the notes share it. The name is the best phrase, longer phrases and those found in
 * the cluster's most central note (the one closest to its centroid) favoured, as they read most like a
 * person's summary. Proper names never make a word or a name.
 */
import {
  commonestForm,
  isImpersonal,
  phraseForms,
  phraseLength,
  phraseText,
  type PhraseKey,
  type PhraseTable,
} from './phrases';
import type { Representation } from './represent';
import { stemOf } from './tokenize';
import { isNamingWord } from './wordClass';

export interface ClusterDescription {
  words: string[];
  /** The suggested name. */
  label: string;
  /** Other good names, best first, for when another cluster already has this one. */
  alternatives: string[];
  score: number;
}

const WORDS_SHOWN = 5;
const NAMES_KEPT = 6;
const SHORTLIST = 30;
/** Each extra word in a phrase is worth this much more: "high speed internet" says more than "high speed". */
const LENGTH_BONUS = 0.15;
/** A shared phrase names the cluster when it scores at least this share of the top single word. */
const PHRASE_OVER_WORD = 0.35;
/** Two top words name it together when the second scores at least this share of the first. */
const SECOND_WORD = 0.4;
/** Stems of verbs of wanting and opining: a phrase that opens or closes on one is not a name. */
// prettier-ignore
const WEAK_EDGES = new Set(
  ['need', 'want', 'like', 'make', 'get', 'please', 'think', 'feel', 'felt', 'keep', 'give', 'take', 'try', 'see',
    'know', 'use', 'let', 'look', 'thank'].map((w) => stemOf(w) ?? w),
);
const CENTRAL_BONUS = 1.25;
/** Keeps a ranking by frequency when nothing is distinctive (one cluster holding every note). */
const FREQUENCY_TIEBREAK = 0.02;

export function describeCluster(
  members: readonly number[],
  represented: Representation,
  phrases: PhraseTable,
): ClusterDescription {
  const words = sharedWords(members, represented, phrases);
  const { score, central } = cohesion(members, represented);
  const names = rankNames(members, central, phrases);
  const fallback = 'No shared words';
  return { words, label: names[0] ?? fallback, alternatives: names.slice(1), score };
}

function sharedWords(members: readonly number[], represented: Representation, phrases: PhraseTable): string[] {
  const { stems, surfaces } = represented.tokens;
  const { vocabulary, df } = represented.vectors;
  const column = new Map(vocabulary.map((stem, i) => [stem, i]));
  let population = 0;
  for (const u of represented.rowOf) if (u >= 0) population++;
  const inside = new Map<number, number>();
  for (const r of members) {
    for (const stem of new Set(stems[r])) {
      const c = column.get(stem);
      if (c !== undefined) inside.set(c, (inside.get(c) ?? 0) + 1);
    }
  }
  return [...inside]
    .filter(([, count]) => count >= 2)
    .map(([c, count]) => {
      const pIn = count / members.length;
      const pAll = df[c]! / Math.max(1, population);
      return { word: displayForm(vocabulary[c]!, surfaces), score: distinctiveness(pIn, pAll), count };
    })
    .filter(({ word }) => !phrases.properNouns.has(word) && !WEAK_EDGES.has(stemOf(word) ?? word))
    .sort((a, b) => b.score - a.score || b.count - a.count || compare(a.word, b.word))
    .slice(0, WORDS_SHOWN)
    .map(({ word }) => word);
}

interface Candidate {
  key: PhraseKey;
  count: number;
  score: number;
  words: number;
}

function rankNames(members: readonly number[], central: number, phrases: PhraseTable): string[] {
  const inside = new Map<PhraseKey, number>();
  for (const r of members) for (const key of phrases.byNote[r]!) inside.set(key, (inside.get(key) ?? 0) + 1);
  const centralKeys = new Set(central >= 0 ? phrases.byNote[central] : []);
  const total = Math.max(1, phrases.byNote.length);
  // Two notes can share an odd phrase by chance; in a larger cluster a name must be said at least three times.
  const minimum = Math.min(3, Math.max(2, Math.ceil(0.1 * members.length)));
  const ranked: Candidate[] = [...inside]
    .filter(([key, count]) => count >= minimum && !isWeakPhrase(phraseText(phrases, key)))
    .map(([key, count]) => {
      const words = phraseLength(key);
      const bonus = (1 + LENGTH_BONUS * (words - 1)) * (centralKeys.has(key) ? CENTRAL_BONUS : 1);
      return {
        key,
        count,
        words,
        score: distinctiveness(count / members.length, phrases.df.get(key)! / total) * bonus,
      };
    })
    .sort((a, b) => b.score - a.score || b.count - a.count || a.key - b.key)
    .slice(0, SHORTLIST);
  // Written forms only for the phrases that may be shown: collecting them for every phrase costs more.
  const forms = phraseForms(phrases, members, new Set(ranked.map(({ key }) => key)));
  const shown = ranked
    .map((candidate) => ({
      ...candidate,
      form: commonestForm(forms.get(candidate.key), phraseText(phrases, candidate.key)),
    }))
    .filter(({ form }) => isImpersonal(phrases, form));
  const endsOnName = (form: string) => isNamingWord(form.slice(form.lastIndexOf(' ') + 1));
  const singles = shown.filter((c) => c.words === 1 && endsOnName(c.form));
  const phrasesOnly = shown.filter((c) => c.words > 1 && endsOnName(c.form));
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(sentenceCase(name));
  };
  const [first, second] = singles;
  const bestPhrase = phrasesOnly[0];
  // A phrase the notes share reads best ("High speed internet"); when none is nearly as telling as the top
  // word, two top words make the name ("Schools and education"), then the top word alone.
  if (bestPhrase && (!first || bestPhrase.score >= PHRASE_OVER_WORD * first.score)) add(bestPhrase.form);
  if (first && second && second.score >= SECOND_WORD * first.score) add(`${first.form} and ${second.form}`);
  if (first) add(first.form);
  for (const { form } of shown) if (names.length < NAMES_KEPT) add(form);
  return names.slice(0, NAMES_KEPT);
}

/** Phrases that open or close on a word of wanting or opining ("need a", "would like") read as requests, not names. */
function isWeakPhrase(key: string): boolean {
  const words = key.split(' ');
  return WEAK_EDGES.has(words[0]!) || WEAK_EDGES.has(words.at(-1)!);
}

function distinctiveness(pIn: number, pAll: number): number {
  return pIn * Math.max(0, Math.log(pIn / pAll)) + FREQUENCY_TIEBREAK * pIn;
}

/**
 * ‖Σ xᵢ‖ / n for unit rows xᵢ, the mean cosine of each note with the cluster's centroid, and the note
 * closest to that centroid.
 */
function cohesion(notes: readonly number[], { rows, rowOf }: Representation): { score: number; central: number } {
  const sum = new Float64Array(rows.dims);
  const placed = notes.filter((r) => rowOf[r]! >= 0);
  for (const r of placed) {
    const u = rowOf[r]!;
    for (let p = rows.rowPtr[u]!; p < rows.rowPtr[u + 1]!; p++) sum[rows.cols[p]!]! += rows.vals[p]!;
  }
  let norm = 0;
  for (let d = 0; d < sum.length; d++) norm += sum[d]! * sum[d]!;
  let central = -1;
  let best = -Infinity;
  for (const r of placed) {
    const u = rowOf[r]!;
    let dot = 0;
    for (let p = rows.rowPtr[u]!; p < rows.rowPtr[u + 1]!; p++) dot += rows.vals[p]! * sum[rows.cols[p]!]!;
    if (dot > best + 1e-12) {
      best = dot;
      central = r;
    }
  }
  return { score: placed.length === 0 ? 0 : Math.min(1, Math.sqrt(norm) / placed.length), central };
}

/** Short all-capital words are acronyms (NHS, GP, A&E) and keep their case; other words are lower-cased. */
const ACRONYM = /^[\p{Lu}\p{N}&]{2,5}$/u;

/** "parking FEES Downtown" → "Parking fees downtown": a name reads as a phrase, whatever case notes used. */
function sentenceCase(text: string): string {
  const lowered = text
    .split(' ')
    .map((word) => (ACRONYM.test(word) ? word : word.toLowerCase()))
    .join(' ');
  return lowered.charAt(0).toUpperCase() + lowered.slice(1);
}

/** The surface word people used most for a stem ("parking" for "park"); ties go alphabetically. */
function displayForm(stem: string, surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>): string {
  let best = stem;
  let bestCount = -1;
  for (const [word, count] of surfaces.get(stem) ?? []) {
    if (count > bestCount || (count === bestCount && compare(word, best) < 0)) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
