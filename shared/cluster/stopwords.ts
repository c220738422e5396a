/**
 * Words that carry no theme. The `stopword` package's English list is the base; the domain list adds what
 * people say in a room and what note-takers type (fillers, contractions, hedges), which that list lacks.
 * Kept on purpose: "no", "nothing", "never", "good", "bad" — in feedback they are what a theme is about
 * ("nothing to improve", "never called back").
 */
import { eng } from 'stopword';

// prettier-ignore
const DOMAIN_STOPWORDS = [
  // Function words the package's short list leaves out.
  'so', 'when', 'why', 'whom', 'whose', 'which', 'even', 'ever', 'every', 'many', 'again', 'once', 'yet', 'though',
  'although', 'however', 'whether', 'within', 'without', 'upon', 'off', 'else', 'own', 'always', 'sometimes',
  'often', 'usually', 'already', 'maybe', 'perhaps', 'us', 'its', 'they', 'she', 'he', 'it', 'were', 'been',
  'does', 'done', 'will', 'shall', 'may', 'cannot', 'not', 'per', 'via', 'am', 'pm',
  // Fillers from speech and hurried typing.
  'just', 'really', 'quite', 'bit', 'lot', 'lots', 'thing', 'things', 'something', 'anything', 'etc', 'eg', 'ie',
  'yes', 'yeah', 'ok', 'okay', 'um', 'uh', 'oh', 'one', 'go', 'going', 'went', 'say', 'says', 'put',
  // Contractions, with and without the apostrophe.
  "can't", 'cant', "don't", 'dont', "didn't", 'didnt', "doesn't", 'doesnt', "isn't", 'isnt', "wasn't", 'wasnt',
  "weren't", "won't", 'wont', "wouldn't", 'wouldnt', "couldn't", 'couldnt', "shouldn't", "haven't", "hasn't",
  "i'm", 'im', "i've", 'ive', "i'd", "i'll", "it's", "that's", "there's", "they're", "we're", "you're", "he's",
  "she's", "let's", "what's", "who's",
];

/** Lower-case words to drop before stemming. */
export const STOPWORDS: ReadonlySet<string> = new Set([...eng, ...DOMAIN_STOPWORDS]);
