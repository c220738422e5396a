/**
 * What each kind of slide says, in words and chart rows, for every drawing of the deck that is a file (the
 * PowerPoint and the PDF), so the two cannot drift apart: they differ only in how they draw. The words are the
 * catalogue's, in the deck's language.
 */
import { translator, type Translator } from '../i18n/translate';
import type { Deck, NotHeardSlide, PriorityBar, ThemeSlide } from './deck';

/** One row of a bar chart: its label, the bar's length (value) and the number written beside it. */
export interface BarRow {
  label: string;
  value: number;
  caption: string;
  /** Drawn in another colour: the theme of the current slide. */
  highlight?: boolean;
}

/** Theme slides show this many priorities beside the quotes; the priorities slide this many in all. */
export const SIDE_PRIORITIES = 5;
export const SIDE_GROUPS = 7;
export const MAX_PRIORITY_ROWS = 12;

/** The deck's words in its own language. */
export function deckWords(deck: Deck) {
  const tr: Translator = translator(deck.locale);
  return {
    tr,
    noQuote: tr.t('deck.noQuote'),
    heardFrom: tr.t('deck.heardFrom'),
    prioritiesByVotes: tr.t('deck.prioritiesByVotes'),
    none: tr.t('deck.none'),
    thinRule: tr.t('deck.thinRule'),
    /** "Priority 2 of 5 · 7 votes (4 at this workshop)" */
    kicker: (s: ThemeSlide) =>
      tr.t('deck.kicker', { rank: s.rank, total: deck.priorities.length, votes: s.votes, workshop: s.workshopVotes }),
    notes: (count: number) => tr.t('deck.notes', { count }),
    moreThemes: (count: number) => tr.t('deck.moreThemes', { count }),
    footer: (index: number) => `${deck.projectName} · ${index + 1} / ${deck.slides.length}`,
  };
}

export type DeckWords = ReturnType<typeof deckWords>;

export const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function priorityRows(list: readonly PriorityBar[], current: string | null): BarRow[] {
  return list.map((b) => ({
    label: `${b.rank}. ${b.name}`,
    value: b.votes,
    caption: String(b.votes),
    highlight: b.themeId === current,
  }));
}

/** The first `count` bars, the current theme's bar in place of the last when it ranks lower. */
export function topWith(list: readonly PriorityBar[], themeId: string, count: number): PriorityBar[] {
  const top = list.slice(0, count);
  const current = list.find((b) => b.themeId === themeId);
  if (current && !top.includes(current)) top[top.length - 1] = current;
  return top;
}

export function groupRows(s: ThemeSlide, words: DeckWords): BarRow[] {
  return s.groups.slice(0, SIDE_GROUPS).map((g) => ({ label: g.name, value: g.notes, caption: words.notes(g.notes) }));
}

/** The not-heard slide's three columns: heading and lines. */
export function notHeardColumns(s: NotHeardSlide, { tr }: DeckWords): { heading: string; lines: string[] }[] {
  return [
    { heading: tr.t('deck.noSessionYet'), lines: s.noSession },
    {
      heading: tr.t('deck.fewNotes'),
      lines: s.thinGroups.map((g) => tr.t('deck.groupNotes', { group: g.name, count: g.notes })),
    },
    { heading: tr.t('deck.fewAnswers'), lines: s.thinQuestions.map((q) => `${q.text} (${tr.number(q.notes)})`) },
  ];
}
