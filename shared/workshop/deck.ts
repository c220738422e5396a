/**
 * The council workshop deck (architecture: Workshop), as plain data: the screen, the PowerPoint writer and the
 * printable page all draw this one model, so they say the same thing.
 *
 * It is built from the findings document, which is built from an export plan, so the deck passes the same privacy
 * gate as every export: flagged notes are withheld or dropped by the plan, and quotes come from the document's own
 * pick, which never takes a do-not-quote, sensitive or cultural-protocol note. The deck checks that rule once more
 * against the document's notes, so a quote whose note did not leave, was withheld or carries any flag never
 * reaches a slide.
 *
 * Slides: a title, one per reported theme in priority order (statement, breadth by stakeholder group, up to three
 * quotes, the priority chart), who has not been heard yet, and the priorities. Workshop groups (the council's own
 * votes) are counted as votes, never as a stakeholder group that raised a theme: the document's breadth and
 * coverage already leave them out, and the deck leaves their vote notes out of the notes it counts and quotes.
 */
import type { FindingsDocument, RankedTheme } from '../findings/documentSchema';
import { describeBreadth, groupsHeardFrom } from '../findings/breadth';
import { NO_GROUP_ID } from '../findings/coverage';
import type { Locale } from '../i18n/locales';
import { translator, type Translator } from '../i18n/translate';
import { lookups, quoteAttribution, type DocumentLookups } from '../export/lookups';
import { workshopSessionIds } from '../findings/workshopGroups';

export interface DeckQuote {
  noteId: string;
  text: string;
  attribution: string;
}

export interface GroupCount {
  groupId: string;
  name: string;
  notes: number;
}

export interface PriorityBar {
  themeId: string;
  name: string;
  rank: number;
  votes: number;
  /** Votes cast at a council workshop (part of `votes`). */
  workshopVotes: number;
}

interface SlideBase {
  /** Stable across rebuilds (a vote does not change it), for keeping the presenter's place. */
  key: string;
  title: string;
  /** Presenter notes: plain lines. */
  notes: string[];
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  subtitle: string;
  facts: string[];
}

export interface ThemeSlide extends SlideBase {
  kind: 'theme';
  themeId: string;
  rank: number;
  statement: string;
  breadth: string;
  groups: GroupCount[];
  quotes: DeckQuote[];
  votes: number;
  workshopVotes: number;
}

export interface NotHeardSlide extends SlideBase {
  kind: 'not-heard';
  /** Stakeholder groups with no session held yet. */
  noSession: string[];
  /** Groups met, but with few or no notes. */
  thinGroups: GroupCount[];
  /** Questions with few or no answers. */
  thinQuestions: { questionId: string; text: string; notes: number }[];
}

export interface PrioritiesSlide extends SlideBase {
  kind: 'priorities';
  bars: PriorityBar[];
}

export type Slide = TitleSlide | ThemeSlide | NotHeardSlide | PrioritiesSlide;

export interface Deck {
  /** The language of the deck's own words, which the files' writers go on speaking. */
  locale: Locale;
  projectName: string;
  generatedAt: string;
  slides: Slide[];
  /** All bars in priority order, for the chart on each theme slide. */
  priorities: PriorityBar[];
}

export interface DeckOptions {
  /** At most this many quotes per theme slide (three fit a projected slide). */
  quotesPerSlide?: number;
  /** The language of the deck's own words (headings, sentences); names, statements and quotes stay as typed. */
  tr?: Translator;
}

/**
 * "Thin" evidence: a group or question with fewer notes than this share of the median among those heard. Relative,
 * so it means the same in a project of 40 notes and one of 4,000; the slide says so in words.
 */
export const THIN_SHARE = 0.25;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What the whole deck needs to know about the document once. */
interface Context {
  doc: FindingsDocument;
  look: DocumentLookups;
  workshopSessions: Set<string>;
  /** Notes that may be quoted: present in the document, not withheld, no flag, not a workshop vote. */
  quotable: Set<string>;
  tr: Translator;
}

function contextOf(doc: FindingsDocument, tr: Translator): Context {
  const workshopSessions = workshopSessionIds(doc.groups, doc.sessions);
  const quotable = new Set(
    doc.notes
      .filter(
        (n) =>
          !n.withheld &&
          !n.flags.doNotQuote &&
          !n.flags.sensitive &&
          !n.flags.culturalProtocol &&
          !workshopSessions.has(n.sessionId),
      )
      .map((n) => n.id),
  );
  return { doc, look: lookups(doc), workshopSessions, quotable, tr };
}

/** Votes cast at workshops per reporting theme (the vote notes' tallies). */
function workshopVotesByTheme(ctx: Context): Map<string, number> {
  const out = new Map<string, number>();
  for (const note of ctx.doc.notes) {
    if (!ctx.workshopSessions.has(note.sessionId) || !note.reportingThemeId) continue;
    out.set(note.reportingThemeId, (out.get(note.reportingThemeId) ?? 0) + note.votes);
  }
  return out;
}

/** Notes heard from the stakeholder groups (workshop votes left out), per reporting theme and group. */
function heardNotes(ctx: Context, row: RankedTheme): GroupCount[] {
  const notes = new Set(row.evidenceNoteIds);
  const perGroup = new Map<string, number>();
  for (const note of ctx.doc.notes) {
    if (!notes.has(note.id) || ctx.workshopSessions.has(note.sessionId)) continue;
    const groupId = ctx.look.groupOfSession(note.sessionId) ?? NO_GROUP_ID;
    perGroup.set(groupId, (perGroup.get(groupId) ?? 0) + 1);
  }
  return ctx.doc.coverage.columns
    .filter((c) => perGroup.has(c.groupId))
    .map((c) => ({ groupId: c.groupId, name: c.name, notes: perGroup.get(c.groupId)! }));
}

function statementsOf(doc: FindingsDocument, row: RankedTheme): string[] {
  const members = new Set([row.themeId, ...row.subThemeIds, ...row.feederThemeIds]);
  return doc.findings
    .filter((f) => f.statement.trim() && f.themeIds.some((id) => members.has(id)))
    .sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity))
    .map((f) => f.statement.trim());
}

function themeSlide(
  ctx: Context,
  row: RankedTheme,
  bar: PriorityBar,
  total: number,
  denominator: number,
  max: number,
): ThemeSlide {
  const groups = heardNotes(ctx, row);
  const realGroups = groups.filter((g) => g.groupId !== NO_GROUP_ID);
  const sessions = row.sessionIds.filter((id) => !ctx.workshopSessions.has(id));
  const { tr } = ctx;
  const breadth = describeBreadth(realGroups.length, sessions.length, denominator, tr);
  const statements = statementsOf(ctx.doc, row);
  const quotes = row.quotes
    .filter((q) => ctx.quotable.has(q.noteId))
    .slice(0, max)
    .map((q) => ({ noteId: q.noteId, text: q.text, attribution: quoteAttribution(q, ctx.look) }));
  const notes = [
    tr.t('deck.rank', { rank: row.rank, total, votes: bar.votes, workshop: bar.workshopVotes }),
    tr.t('deck.breadthNotes', {
      breadth: `${breadth.charAt(0).toUpperCase()}${breadth.slice(1)}`,
      notes: groups.reduce((s, g) => s + g.notes, 0),
    }),
    ...(statements.length ? [] : [tr.t('deck.noFindingYet')]),
    ...statements.slice(1).map((statement) => tr.t('deck.alsoFound', { statement })),
    ...row.actions.slice(0, 3).map((idea) => tr.t('deck.ideaForAction', { idea })),
    tr.t('deck.quotesRule'),
  ];
  return {
    kind: 'theme',
    key: `theme:${row.themeId}`,
    themeId: row.themeId,
    rank: row.rank,
    title: row.name,
    statement: statements[0] ?? row.description.trim(),
    breadth,
    groups,
    quotes,
    votes: bar.votes,
    workshopVotes: bar.workshopVotes,
    notes,
  };
}

/** Groups and questions with no or thin evidence, workshop groups and their vote notes left out. */
function notHeardSlide(ctx: Context): NotHeardSlide {
  const { doc, tr } = ctx;
  // Coverage has no column for a workshop group (shared/findings/workshopGroups.ts).
  const columns = doc.coverage.columns.filter((c) => c.groupId !== NO_GROUP_ID);
  const notesOfGroup = new Map<string, number>();
  const notesOfQuestion = new Map<string, number>();
  for (const note of doc.notes) {
    if (ctx.workshopSessions.has(note.sessionId)) continue;
    const groupId = ctx.look.groupOfSession(note.sessionId);
    if (groupId) notesOfGroup.set(groupId, (notesOfGroup.get(groupId) ?? 0) + 1);
    if (note.questionId) notesOfQuestion.set(note.questionId, (notesOfQuestion.get(note.questionId) ?? 0) + 1);
  }
  const met = columns.filter((c) => c.heldSessions > 0);
  const groupLine = median(met.map((c) => notesOfGroup.get(c.groupId) ?? 0)) * THIN_SHARE;
  const thinGroups = met
    .map((c) => ({ groupId: c.groupId, name: c.name, notes: notesOfGroup.get(c.groupId) ?? 0 }))
    .filter((g) => g.notes === 0 || g.notes < groupLine);
  const questionLine = median(doc.questions.map((q) => notesOfQuestion.get(q.id) ?? 0)) * THIN_SHARE;
  const thinQuestions = doc.questions
    .map((q) => ({ questionId: q.id, text: q.text, notes: notesOfQuestion.get(q.id) ?? 0 }))
    .filter((q) => q.notes === 0 || q.notes < questionLine);
  const noSession = columns.filter((c) => c.heldSessions === 0).map((c) => c.name);
  return {
    kind: 'not-heard',
    key: 'not-heard',
    title: tr.t('deck.notHeardTitle'),
    noSession,
    thinGroups,
    thinQuestions,
    notes: [
      noSession.length || thinGroups.length || thinQuestions.length
        ? tr.t('deck.notHeardAsk')
        : tr.t('deck.notHeardNone'),
      tr.t('deck.thinRule'),
    ],
  };
}

function titleSlide(ctx: Context, themes: number): TitleSlide {
  const { doc, tr } = ctx;
  const heldSessions = doc.sessions.filter(
    (s) => !ctx.workshopSessions.has(s.id) && (s.status !== 'planned' || s.noteCount > 0),
  ).length;
  const groupsMet = groupsHeardFrom(doc.coverage.columns);
  const heardNotes = doc.notes.filter((n) => !ctx.workshopSessions.has(n.sessionId)).length;
  return {
    kind: 'title',
    key: 'title',
    title: doc.project.name,
    subtitle: tr.t('deck.subtitle'),
    facts: [
      tr.t('deck.factSessions', { sessions: heldSessions, groups: groupsMet }),
      tr.t('deck.factNotes', { notes: heardNotes, themes }),
    ],
    notes: [
      tr.t('deck.titleNotesOrder'),
      tr.t('deck.titleNotesPrivacy', { withheld: doc.privacy.notesWithheld, dropped: doc.privacy.notesDropped }),
    ],
  };
}

export function buildDeck(doc: FindingsDocument, options: DeckOptions = {}): Deck {
  const tr = options.tr ?? translator();
  const ctx = contextOf(doc, tr);
  const max = Math.max(0, Math.min(3, options.quotesPerSlide ?? 3));
  const workshopVotes = workshopVotesByTheme(ctx);
  // A theme is reported when some stakeholder group raised it; a master theme nobody mapped to has no slide.
  const rows = doc.ranking.filter((r) => heardNotes(ctx, r).length > 0);
  const priorities: PriorityBar[] = rows.map((r, i) => ({
    themeId: r.themeId,
    name: r.name,
    rank: i + 1,
    votes: r.votes,
    workshopVotes: workshopVotes.get(r.themeId) ?? 0,
  }));
  const denominator = groupsHeardFrom(doc.coverage.columns);
  const themeSlides = rows.map((row, i) =>
    themeSlide(ctx, { ...row, rank: i + 1 }, priorities[i]!, rows.length, denominator, max),
  );
  const slides: Slide[] = [
    titleSlide(ctx, rows.length),
    ...themeSlides,
    notHeardSlide(ctx),
    {
      kind: 'priorities',
      key: 'priorities',
      title: tr.t('deck.prioritiesTitle'),
      bars: priorities,
      notes: [tr.t('deck.prioritiesOrder'), tr.t('deck.prioritiesTies')],
    },
  ];
  return { locale: tr.locale, projectName: doc.project.name, generatedAt: doc.generatedAt, slides, priorities };
}
