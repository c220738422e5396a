/**
 * Rough word classes from compromise's lexicon, for naming clusters: a name reads like a name when it ends on
 * a noun ("Traffic flow", "High speed internet"), not on a describing word ("More affordable") or a verb form
 * ("Made and decision"). The lexicon files each word under its commonest use; suffixes catch the describing
 * words it does not list ("affordable", "supportive"). Words the lexicon files as plain verbs ("care", "park",
 * "wait") are nouns just as often in notes, so only past forms and auxiliaries count as verbs.
 */
import nlp from 'compromise';

const DESCRIBING_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Adverb']);
/** Not PresentTense: "lights", "parks" and "needs" are plural nouns as often as verbs. */
const VERB_FORM_TAGS = new Set(['PastTense', 'Participle', 'Modal', 'Copula', 'Auxiliary']);
const DESCRIBING_SUFFIX = /(?:ly|able|ible|ful|ous|less|ive)$/;

let lexicon: Record<string, string | string[]> | null = null;

function tagsOf(word: string): string[] {
  lexicon ??= (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
  const tag = lexicon[word];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** Adjectives and adverbs ("lovely", "quickly", "affordable"). */
export function isDescribing(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length) return tags.some((t) => DESCRIBING_TAGS.has(t));
  return word.length > 5 && DESCRIBING_SUFFIX.test(word);
}

/** What a name can end on: not a describing word, not an inflected verb ("made", "says"). */
export function isNamingWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !isDescribing(lower) && !tagsOf(lower).some((t) => VERB_FORM_TAGS.has(t));
}
