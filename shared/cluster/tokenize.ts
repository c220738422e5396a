/**
 * Note text → stems. Unicode-aware (letters, marks and digits of any script, accents kept), lower-cased,
 * stopwords dropped, English words Porter-stemmed. Each stem remembers the surface words it came from so that
 * labels can show "parking", not "park".
 */
import { stemmer } from 'stemmer';
import { LanguageEvidence } from './language';
import { STOPWORDS } from './stopwords';

const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;
const ASCII_WORD = /^[a-z]+$/;
const DIGITS = /^\p{N}+$/u;
const NON_ASCII = /[\u0080-\uffff]/;
/** Redaction marks such as "xxxx" or "XXX" stand for a removed name, not a shared topic. */
const PLACEHOLDER = /^(.)\1+$/u;

export interface TokenisedNotes {
  /** The stems of each note, in text order, repeats kept (term frequency needs them). */
  stems: string[][];
  /** The lower-case word behind each of those stems (same positions), for word vectors. */
  words: string[][];
  /** 1 for a note that reads as another language than English (language.ts). */
  foreign: Uint8Array;
  /** stem → surface word → count, over all notes. */
  surfaces: Map<string, Map<string, number>>;
}

export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // Most notes are plain ASCII; only the rest need Unicode normalisation and typographic apostrophes folded.
  const normalised = !NON_ASCII.test(lower) ? lower : lower.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'");
  return normalised.match(WORD) ?? [];
}

export function tokeniseNotes(texts: readonly string[]): TokenisedNotes {
  const stemByWord = new Map<string, string | null>();
  const surfaces = new Map<string, Map<string, number>>();
  const surfaceWords: string[][] = [];
  const foreign = new Uint8Array(texts.length);
  const stems = texts.map((text, i) => {
    const out: string[] = [];
    const kept: string[] = [];
    surfaceWords.push(kept);
    const language = new LanguageEvidence();
    for (const raw of words(text)) {
      language.add(raw);
      const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
      let stem = stemByWord.get(word);
      if (stem === undefined) {
        stem = toStem(word);
        stemByWord.set(word, stem);
      }
      if (stem === null) continue;
      out.push(stem);
      kept.push(word);
      let forms = surfaces.get(stem);
      if (!forms) surfaces.set(stem, (forms = new Map()));
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
    if (language.isForeign) foreign[i] = 1;
    return out;
  });
  return { stems, words: surfaceWords, foreign, surfaces };
}

const stemCache = new Map<string, string | null>();

/** The stem of a lower-case word, or null for a word that carries no theme (cached: phrases ask often). */
export function stemOf(word: string): string | null {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = toStem(word.endsWith("'s") ? word.slice(0, -2) : word);
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

export function isContentWord(word: string): boolean {
  return stemOf(word) !== null;
}

/** Null for words that carry no theme: stopwords, single characters, bare numbers, redaction marks. */
function toStem(word: string): string | null {
  if (word.length < 2 || STOPWORDS.has(word) || DIGITS.test(word) || PLACEHOLDER.test(word)) return null;
  // Porter's rules are English; other scripts and accented words pass through whole rather than be mangled.
  const stem = ASCII_WORD.test(word) ? stemmer(word) : word;
  return stem.length < 2 || STOPWORDS.has(stem) ? null : stem;
}
