/**
 * What each kind of slide says, in words and chart rows, for every drawing of the deck that is a file (the
 * PowerPoint and the PDF), so the two cannot drift apart: they differ only in how they draw.
 */
import { plural } from '../i18n/plural';
import type { Deck, NotHeardSlide, PriorityBar, ThemeSlide } from './deck';

/** One row of a bar chart: its label, the bar's length (value) and the number written beside it. */
export interface BarRow {
  label: string;
  value: number;
  caption: string;
  /** Drawn in another colour: the theme of the current slide. */
  highlight?: boolean;
}

export const votesText = (n: number) => plural(n, { one: '# vote', other: '# votes' });
export const notesText = (n: number) => plural(n, { one: '# note', other: '# notes' });

export const NO_QUOTE = 'No quote may be shown for this theme.';
export const HEARD_FROM = 'Heard from';
export const PRIORITIES_BY_VOTES = 'Priorities by votes';
/** Theme slides show this many priorities beside the quotes; the priorities slide this many in all. */
export const SIDE_PRIORITIES = 5;
export const SIDE_GROUPS = 7;
export const MAX_PRIORITY_ROWS = 12;

/** "Priority 2 of 5 · 7 votes (4 at this workshop)" */
export function themeKicker(s: ThemeSlide, deck: Deck): string {
  const vote = `${votesText(s.votes)}${s.workshopVotes ? ` (${s.workshopVotes} at this workshop)` : ''}`;
  return `Priority ${s.rank} of ${deck.priorities.length} · ${vote}`;
}

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

export function groupRows(s: ThemeSlide): BarRow[] {
  return s.groups.slice(0, SIDE_GROUPS).map((g) => ({ label: g.name, value: g.notes, caption: notesText(g.notes) }));
}

/** The not-heard slide's three columns: heading and lines. */
export function notHeardColumns(s: NotHeardSlide): { heading: string; lines: string[] }[] {
  return [
    { heading: 'No session yet', lines: s.noSession },
    { heading: 'Few notes', lines: s.thinGroups.map((g) => `${g.name}: ${notesText(g.notes)}`) },
    { heading: 'Questions with few answers', lines: s.thinQuestions.map((q) => `${q.text} (${q.notes})`) },
  ];
}

export function moreThemes(more: number): string {
  return `and ${plural(more, { one: '# more theme', other: '# more themes' })}`;
}

export function footerText(deck: Deck, index: number): string {
  return `${deck.projectName} · ${index + 1} / ${deck.slides.length}`;
}
