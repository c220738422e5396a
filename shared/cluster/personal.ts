/**
 * What must never become a clustering feature, a shared word or a suggested name: web addresses, e-mail
 * addresses, @handles and people's names. They are cut out of the text before anything reads it, each replaced
 * by a line break so no phrase is stitched across the gap ("thanks to Margaret the nurse" must not yield
 * "thanks nurse"). Names are the first and last names compromise's lexicon knows (as shared/privacy does) and
 * any capitalised word after a title ("Dr Schofield", "Nurse Okafor"). The lexicon check costs a map look-up a
 * word, where tagging every sentence with compromise would cost more than the clustering itself.
 */
import { isHonorificWord, isNameWord } from '../privacy/names';

const GAP = '\n';
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Bare domains ("cityparks.org/events"): a dotted name ending in a common top-level domain. */
const DOMAIN =
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|info|io|co|uk|ca|au|nz|ie|us|eu|int)\b(?:\/[^\s<>"]*)?/giu;
const HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]{1,30}/gu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Titles people use before a name that the lexicon does not list as honorifics. */
const TITLES = new Set([
  'miss',
  'professor',
  'doctor',
  'nurse',
  'sister',
  'officer',
  'constable',
  'councillor',
  'councilor',
  'father',
  'pastor',
  'reverend',
  'dame',
  'auntie',
  'uncle',
]);

/** Cheap test for anything address-like, so most notes skip the four address patterns. */
const MAY_HOLD_ADDRESS = /[@/]|\.[\p{L}\p{N}]/u;
const isCapitalised = (word: string) => word[0] !== word[0]!.toLowerCase();

const NAME = 1;
const TITLE = 2;
/** Per lower-case word: NAME, TITLE or 0. Words repeat across notes, so each is looked up once. */
const kinds = new Map<string, number>();
function kindOf(lower: string): number {
  let kind = kinds.get(lower);
  if (kind === undefined) {
    kind = isNameWord(lower) ? NAME : TITLES.has(lower) || isHonorificWord(lower) ? TITLE : 0;
    if (kinds.size > 100_000) kinds.clear();
    kinds.set(lower, kind);
  }
  return kind;
}

export function maskPersonal(text: string): string {
  const stripped = MAY_HOLD_ADDRESS.test(text)
    ? text.replace(URL, GAP).replace(EMAIL, GAP).replace(DOMAIN, GAP).replace(HANDLE, GAP)
    : text;
  let out = '';
  let from = 0;
  // After a title or a capitalised name, the next capitalised word is the (rest of the) name: "Dr Ali Okafor".
  let nameMayFollow = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(stripped); m; m = WORD.exec(stripped)) {
    const word = m[0];
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    const between = stripped.slice(from, m.index);
    // Only the word right after it, not across a comma or a sentence: "Dr. Smith", not "the nurse. Thanks".
    const continued: boolean = nameMayFollow && /^ ?\.? ?$/.test(between) && isCapitalised(word);
    const kind = kindOf(lower);
    const masked: boolean = continued || kind === NAME;
    out += between + (masked ? GAP : word);
    nameMayFollow = (masked && isCapitalised(word)) || kind === TITLE;
    from = m.index + word.length;
  }
  return out + stripped.slice(from);
}
