/**
 * Person names, found by compromise's tagger. Tagging costs a few milliseconds a note, so a cheap pre-check
 * skips texts in which no word could be a name: none is a name in compromise's own lexicon, an honorific, or a
 * capitalised word the lexicon does not know (other than at the start of a sentence: compromise does not take an
 * unknown sentence-initial word for a person either). On sticky-note text that skips most notes; anything the
 * pre-check lets through gets the full tagger.
 * Known limit: like compromise itself, this finds names it knows (its lexicon of first and last names) and titled
 * names ("Officer Jenkins", "mr smith"); an unusual name with no title can pass. The user reviews what will leave.
 */
import nlp from 'compromise';
import type { RawMatch } from './patterns';

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);
const WORD = /[\p{L}][\p{L}'’-]*/gu;

let lexicon: Record<string, string | string[]> | null = null;
function getLexicon(): Record<string, string | string[]> {
  if (!lexicon) {
    const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } };
    lexicon = model.one?.lexicon ?? {};
  }
  return lexicon;
}

function isNameTag(tag: string | string[] | undefined): boolean {
  if (!tag) return false;
  return Array.isArray(tag) ? tag.some((t) => NAME_TAGS.has(t)) : NAME_TAGS.has(tag);
}

const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

/**
 * Whether a lower-case word is a first or last name in compromise's lexicon. The lexicon files a word that is
 * mostly something else under that ("will", "hope", "rose"), so this answers without tagging a sentence:
 * cheap enough for every word of ten thousand notes. "mark" and "grace" do count as names.
 */
export function isNameWord(lower: string): boolean {
  const tag = getLexicon()[lower];
  if (!tag) return false;
  return Array.isArray(tag) ? tag.some((t) => PERSON_TAGS.has(t)) : PERSON_TAGS.has(tag);
}

/** Whether a lower-case word is a title that comes before a name ("dr", "mrs", "professor"). */
export function isHonorificWord(lower: string): boolean {
  const tag = getLexicon()[lower];
  return tag === 'Honorific' || (Array.isArray(tag) && tag.includes('Honorific'));
}

export function mayContainName(text: string): boolean {
  const lex = getLexicon();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // "Ann's" is Ann; "I'm" is I.
    const word = m[0].replace(/['’].*$/, '');
    if (word.length < 2) continue;
    const lower = word.toLowerCase();
    const tag = lex[lower];
    if (isNameTag(tag)) return true;
    // A capital the lexicon cannot explain, except at the start of a sentence (every word has one there, and
    // compromise does not take an unknown sentence-initial word for a person) and in acronyms (GP, NHS, XXXX).
    const capitalised = word[0] !== lower[0];
    const acronym = word === word.toUpperCase();
    if (capitalised && !acronym && tag === undefined && !startsSentence(text, m.index)) return true;
  }
  return false;
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“‘([-]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:;\n]/.test(text[i]!);
}

interface PersonJson {
  text: string;
  offset?: { start: number; length: number };
}

/** Sentences with their offsets: tagging only the sentences that may hold a name keeps long notes cheap. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;

const EDGE_PUNCTUATION = /^[^\p{L}]+|[^\p{L}]+$/gu;

function namesInSentence(sentence: string, offset: number, out: RawMatch[]): void {
  const people = nlp(sentence).people().json({ offset: true }) as PersonJson[];
  let from = 0;
  for (const person of people) {
    const name = person.text.replace(EDGE_PUNCTUATION, '');
    // compromise sometimes returns a bare title ("Dr") or a stray symbol as a person; neither names anyone.
    if (!/\p{L}{2,}/u.test(name) || isHonorificOnly(name)) continue;
    let start = person.offset?.start ?? -1;
    // Trust the offset only when it points at the name; otherwise look for the name after the last match.
    if (start < 0 || sentence.slice(start, start + name.length) !== name) start = sentence.indexOf(name, from);
    if (start < 0) continue;
    out.push({ kind: 'name', start: offset + start, end: offset + start + name.length });
    from = start + name.length;
  }
}

function isHonorificOnly(name: string): boolean {
  const words = name.toLowerCase().replace(/\./g, '').split(/\s+/);
  return words.every(isHonorificWord);
}

export function findNames(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) {
    if (m[0].length === 0) {
      SENTENCE.lastIndex++;
      continue;
    }
    if (mayContainName(m[0])) namesInSentence(m[0], m.index, out);
  }
  return out;
}
