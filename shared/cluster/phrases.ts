/**
 * The phrases notes use: runs of one to three words inside a clause (never across punctuation or a cut-out
 * name), starting and ending on a word that carries meaning ("waiting times", "not enough parking", "high
 * speed internet"). Phrases are counted once per note, keyed by their stems so "waiting time" and "waiting
 * times" count together, and shown in the form people wrote most. A suggested name is built from these, so it
 * is always something at least two notes of the cluster say, never one person's words.
 *
 * Every note of a set is read, so keys are numbers, not strings: each distinct stem gets an id below 2^17 and a
 * phrase of up to three is one integer (three ids in base 2^17 fit a double exactly), which keeps counting
 * phrases over ten thousand notes a small part of clustering them.
 */
import { isContentWord, stemOf } from './tokenize';

const MAX_WORDS = 3;
const BASE = 2 ** 17;
/** Clause breaks: sentence and clause punctuation, brackets, quotes, dashes between spaces, line breaks. */
const CLAUSE = /[.!?;:,()[\]{}"“”«»…\n\r\t]+|\s[-–—]+\s|[–—]/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Words that may open a phrase although they carry little alone: "not enough staff", "too long", "more buses". */
const OPENERS = new Set(['not', 'too', 'more', 'less', 'very', 'never', 'lack']);

export type PhraseKey = number;

export interface PhraseTable {
  /** The notes' texts the table was built from. */
  texts: readonly string[];
  /** Each note's clauses, split once here and read again when a cluster's phrases are shown. */
  clauses: Clause[][];
  /** Phrase keys of each note, each once. */
  byNote: PhraseKey[][];
  /** Notes using each phrase. */
  df: Map<PhraseKey, number>;
  /** Lower-case words written capitalised inside sentences at least twice as often as not: proper names. */
  properNouns: Set<string>;
  /** Stem (or stopword) of each token id: keys decode to these. */
  tokens: string[];
  tokenId: Map<string, number>;
}

interface Clause {
  words: string[];
  lower: string[];
}

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const clause of text.split(CLAUSE)) {
    const words = clause.match(WORD);
    if (!words) continue;
    const lower = words.map((w) => {
      const l = w.toLowerCase();
      return l.includes('’') ? l.replace(/’/g, "'") : l;
    });
    out.push({ words, lower });
  }
  return out;
}

/** Number of words in a phrase key. */
export function phraseLength(key: PhraseKey): number {
  return key < BASE ? 1 : key < BASE * BASE ? 2 : 3;
}

/** The stems of a key, for ordering ties the same way on every machine. */
export function phraseText(table: PhraseTable, key: PhraseKey): string {
  const ids: number[] = [];
  for (let rest = key; rest > 0; rest = Math.floor(rest / BASE)) ids.unshift((rest % BASE) - 1);
  return ids.map((id) => table.tokens[id]!).join(' ');
}

/** Calls `visit(key, start, end)` for every phrase of a clause (words start..end inclusive). */
function eachPhrase(
  { lower }: Clause,
  idOf: (word: string) => number,
  visit: (key: PhraseKey, start: number, end: number) => void,
): void {
  const ids = lower.map(idOf);
  const content = lower.map(isContentWord);
  for (let start = 0; start < lower.length; start++) {
    if (!content[start] && !OPENERS.has(lower[start]!)) continue;
    let key = 0;
    for (let end = start; end < Math.min(lower.length, start + MAX_WORDS); end++) {
      // Ids start at 1 so a key never loses a leading word to a zero digit; too many tokens end the phrase.
      if (ids[end]! >= BASE - 1) break;
      key = key * BASE + ids[end]! + 1;
      if (content[end]) visit(key, start, end);
    }
  }
}

export function phraseTable(texts: readonly string[]): PhraseTable {
  const df = new Map<PhraseKey, number>();
  const capitalised = new Map<string, number>();
  const plain = new Map<string, number>();
  const tokens: string[] = [];
  const tokenId = new Map<string, number>();
  const idOf = (word: string) => {
    const token = stemOf(word) ?? word;
    let id = tokenId.get(token);
    if (id === undefined) tokenId.set(token, (id = tokens.push(token) - 1));
    return id;
  };
  const split = texts.map(clauses);
  const byNote = split.map((noteClauses) => {
    const seen = new Set<PhraseKey>();
    for (const clause of noteClauses) {
      const { words, lower } = clause;
      for (let i = 1; i < words.length; i++) {
        const counts = isCapitalisedWord(words[i]!) ? capitalised : words[i] === lower[i] ? plain : null;
        counts?.set(lower[i]!, (counts.get(lower[i]!) ?? 0) + 1);
      }
      eachPhrase(clause, idOf, (key) => seen.add(key));
    }
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
    return [...seen];
  });
  const properNouns = new Set<string>();
  for (const [word, count] of capitalised) if (count >= 2 * (plain.get(word) ?? 0)) properNouns.add(word);
  return { texts, clauses: split, byNote, df, properNouns, tokens, tokenId };
}

/** How each of `keys` is written in the given notes: key → written form → count (original case). */
export function phraseForms(
  table: PhraseTable,
  notes: readonly number[],
  keys: ReadonlySet<PhraseKey>,
): Map<PhraseKey, Map<string, number>> {
  const forms = new Map<PhraseKey, Map<string, number>>();
  const idOf = (word: string) => table.tokenId.get(stemOf(word) ?? word) ?? BASE;
  for (const r of notes) {
    for (const clause of table.clauses[r]!) {
      eachPhrase(clause, idOf, (key, start, end) => {
        if (!keys.has(key)) return;
        const form = clause.words.slice(start, end + 1).join(' ');
        let byForm = forms.get(key);
        if (!byForm) forms.set(key, (byForm = new Map()));
        byForm.set(form, (byForm.get(form) ?? 0) + 1);
      });
    }
  }
  return forms;
}

/** Capitalised but not an acronym ("Okafor", not "NHS" or "GP"). */
function isCapitalisedWord(word: string): boolean {
  return word[0] !== word[0]!.toLowerCase() && word !== word.toUpperCase();
}

/** The written form used most, ties to the alphabetically first. */
export function commonestForm(forms: ReadonlyMap<string, number> | undefined, fallback: string): string {
  let best = fallback;
  let bestCount = -1;
  for (const [form, count] of forms ?? []) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/** Whether a phrase names no one: none of its words is a proper name. */
export function isImpersonal(table: PhraseTable, form: string): boolean {
  return !form
    .toLowerCase()
    .split(' ')
    .some((w) => table.properNouns.has(w));
}
