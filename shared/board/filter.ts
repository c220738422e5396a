/**
 * Board search and filters: which notes match, and where in a note's text the search words are, so the
 * board can highlight matches and dim the rest. Matching ignores case and accents ("cafe" finds "Café").
 */

export interface BoardFilter {
  text: string;
  groupId: string | null;
  questionId: string | null;
  kind: string | null;
  /** A speaker code (P1, P2, ...); codes are per session, so on the project board it matches that code in any session. */
  speaker: string | null;
}

export const EMPTY_FILTER: BoardFilter = { text: '', groupId: null, questionId: null, kind: null, speaker: null };

export interface FilterableNote {
  text: string;
  questionId: string | null;
  kind: string | null;
}

export interface NoteFacts {
  groupId: string | null;
  speaker: string | null;
}

/** Lower case without diacritics; one output unit per input UTF-16 unit is not guaranteed, see matchRanges. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function isFilterActive(filter: BoardFilter): boolean {
  return Boolean(filter.text.trim() || filter.groupId || filter.questionId || filter.kind || filter.speaker);
}

function searchTerms(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

/** Every search word must occur (in any order); each set facet must equal the note's. */
export function matchesFilter(note: FilterableNote, facts: NoteFacts, filter: BoardFilter): boolean {
  if (filter.groupId && facts.groupId !== filter.groupId) return false;
  if (filter.questionId && note.questionId !== filter.questionId) return false;
  if (filter.kind && note.kind !== filter.kind) return false;
  if (filter.speaker && (facts.speaker ?? '').toLowerCase() !== filter.speaker.toLowerCase()) return false;
  const terms = searchTerms(filter.text);
  if (!terms.length) return true;
  const folded = fold(note.text);
  return terms.every((term) => folded.includes(term));
}

/**
 * Where the search words occur in `text`, as [start, end) offsets into the original string, merged and sorted.
 * Folding can change lengths ("é" is two units after NFD), so each original character is folded on its own
 * and the folded text keeps a map back to where each of its units came from.
 */
export function matchRanges(text: string, search: string): [number, number][] {
  const terms = searchTerms(search);
  if (!terms.length) return [];
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let i = 0; i < piece.length; i++) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      const end = at + term.length;
      const endOrigin = end < origin.length - 1 ? origin[end]! : text.length;
      ranges.push([origin[at]!, endOrigin]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
