/**
 * Whether a note reads as English, from its function words: the English word vectors know "le", "de", "la"
 * and "por" (names, loans, place names), so a French or Spanish note would look mostly known to them; but its
 * little words come from another language's list. The `stopword` package's lists for Latin-script languages
 * are the evidence (other scripts are simply unknown to the table). A note with no function words at all
 * ("Parking fees") is not foreign.
 */
// prettier-ignore
import {
  afr, cat, ces, dan, deu, eng, epo, est, eus, fin, fra, gle, glg, hrv, hun, ind, ita, lat, lav, lit, msa, nld,
  nob, pol, por, ron, slk, slv, som, spa, swa, swe, tgl, tur, vie, yor, zul,
} from 'stopword';

const ENGLISH: ReadonlySet<string> = new Set(eng);
// prettier-ignore
const OTHER_LISTS = [
  afr, cat, ces, dan, deu, epo, est, eus, fin, fra, gle, glg, hrv, hun, ind, ita, lat, lav, lit, msa,
  nld, nob, pol, por, ron, slk, slv, som, spa, swa, swe, tgl, tur, vie, yor, zul,
];

let foreign: ReadonlySet<string> | null = null;

/** Function words of other languages that are not also English ones ("de", "la", "und", "que"). */
function foreignWords(): ReadonlySet<string> {
  foreign ??= new Set(OTHER_LISTS.flat().filter((word) => !ENGLISH.has(word)));
  return foreign;
}

/** Counts a note's lower-case words: English function words against other languages'. */
export class LanguageEvidence {
  english = 0;
  other = 0;

  add(word: string): void {
    if (ENGLISH.has(word)) this.english++;
    else if (foreignWords().has(word)) this.other++;
  }

  /**
   * At least two function words of other languages and more of them than English ones: one alone may be an
   * English word another list also has ("door" is Dutch for "through").
   */
  get isForeign(): boolean {
    return this.other >= 2 && this.other > this.english;
  }
}
