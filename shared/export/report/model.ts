/**
 * The "What we heard" report as a list of blocks, built once from the findings document and rendered twice
 * (docx.ts, html.ts), so the Word report and the printable page say exactly the same thing.
 *
 * Content, in the order council reads it: how we listened (sessions, groups, attendance, questions), themes in
 * priority order with their breadth, quotes, coverage, ideas for action and measures; the priorities table; the
 * findings organised by the project's framework; every idea for action; the coverage matrix with its gaps; and a
 * note on what was withheld. Quotes are attributed to a stakeholder group only, never to a speaker code, because in
 * a small group a code plus a group can point at one person.
 */
import type { FindingsDocument, Quote } from '../../findings/documentSchema';
import { describeBreadth, groupsHeardFrom } from '../../findings/breadth';
import { translator, type Translator } from '../../i18n/translate';
import { barChart, heatMap } from './charts';
import type { Block, ReportModel } from './types';
import { uniqueTexts } from '../../findings/ideas';
import { planWords } from '../../findings/planText';
import { peopleHeard, summary } from './summary';
import { memoBlocks } from './memos';
import { lookups, quoteAttribution, type DocumentLookups } from '../lookups';

export type { Block, ReportModel } from './types';

/** What the report is built with: the document's lookups and the report's language. */
interface Context {
  look: DocumentLookups;
  tr: Translator;
}

function quoteBlocks(quotes: readonly Quote[], { look, tr }: Context): Block[] {
  return quotes.map((q) => ({ type: 'quote', text: q.text, attribution: quoteAttribution(q, look, tr) }));
}

/** A date of the document (`2026-11-30`) as the report's language writes it. */
function longDate(isoDate: string, tr: Translator): string {
  const day = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return tr.date(day, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Who took part in a session: the attendance recorded, else the speaker codes used, else nothing known. */
export function attendanceText(session: FindingsDocument['sessions'][number], tr: Translator = translator()): string {
  if (session.attendance !== null) return tr.number(session.attendance);
  if (session.participantCount > 0) return tr.t('report.speakersNotCounted', { count: session.participantCount });
  return tr.t('report.notRecorded');
}

function method(doc: FindingsDocument, c: Context): Block[] {
  const { look, tr } = c;
  const t = doc.totals;
  const people = peopleHeard(doc.sessions);
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: tr.t('report.howWeListened') },
    {
      type: 'paragraph',
      text: tr.t('report.method', {
        sessions: t.heldSessions,
        groups: groupsHeardFrom(doc.coverage.columns),
        people,
        notes: t.notes,
        themes: doc.ranking.length,
      }),
    },
    {
      type: 'table',
      headers: [
        tr.t('report.col.session'),
        tr.t('report.col.group'),
        tr.t('report.col.date'),
        tr.t('report.col.attendance'),
        tr.t('report.col.notes'),
      ],
      rows: doc.sessions.map((s) => [
        s.title,
        look.groupName(s.groupId),
        s.date ?? '',
        attendanceText(s, tr),
        tr.number(s.noteCount),
      ]),
    },
  ];
  if (doc.questions.length > 0) {
    blocks.push(
      { type: 'paragraph', text: tr.t('report.eachGroupAsked'), tone: 'strong' },
      { type: 'list', items: doc.questions.map((q) => q.text) },
    );
  }
  const waiting = doc.coverage.gaps.flatMap((g) => (g.kind === 'no-session' ? [look.groupName(g.groupId)] : []));
  if (waiting.length > 0)
    blocks.push({
      type: 'paragraph',
      text: tr.t('report.notYetHeardNoSession', { groups: waiting.join(', ') }),
      tone: 'muted',
    });
  blocks.push(
    { type: 'paragraph', text: tr.t('report.howBreadth'), tone: 'strong' },
    { type: 'paragraph', text: tr.t('report.breadthRule') },
    { type: 'paragraph', text: tr.t('report.howNotes'), tone: 'strong' },
    { type: 'paragraph', text: tr.t('report.noteRefRule') },
  );
  return blocks;
}

/** The room's ideas for action under one theme (its idea notes), each once and with its reference. */
function ideasOfTheme(
  r: FindingsDocument['ranking'][number],
  texts: ReadonlyMap<string, string>,
  look: DocumentLookups,
) {
  return uniqueTexts(r.ideaNoteIds.map((id) => ({ text: texts.get(id) ?? '', ref: look.noteRef(id) })));
}

const withRef = (idea: { text: string; ref: string }) => (idea.ref ? `${idea.text} (${idea.ref})` : idea.text);

function themes(doc: FindingsDocument, c: Context): Block[] {
  const { look, tr } = c;
  const denominator = groupsHeardFrom(doc.coverage.columns);
  const noteText = new Map(doc.notes.map((n) => [n.id, n.text]));
  const blocks: Block[] = [{ type: 'heading', level: 2, text: tr.t('report.themeByTheme') }];
  for (const r of doc.ranking) {
    blocks.push({ type: 'heading', level: 3, text: `${r.rank}. ${r.name}` });
    if (r.description) blocks.push({ type: 'paragraph', text: r.description });
    const groups = r.groupIds.map((g) => look.groupName(g));
    const breadth = describeBreadth(r.groupIds.length, r.sessionIds.length, denominator, tr);
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      text: tr.t('report.themeCounts', {
        breadth: `${breadth.charAt(0).toUpperCase()}${breadth.slice(1)}`,
        groups: groups.length ? ` (${groups.join(', ')})` : '',
        notes: r.noteCount,
        votes: r.votes,
      }),
    });
    blocks.push(...quoteBlocks(r.quotes, c));
    // Only the room's own ideas under the theme: a finding's actions are told once, with that finding.
    const ideas = ideasOfTheme(r, noteText, look).slice(0, 5).map(withRef);
    if (ideas.length)
      blocks.push(
        { type: 'paragraph', text: tr.t('report.ideasFromRoom'), tone: 'strong' },
        { type: 'list', items: ideas },
      );
  }
  return blocks;
}

function priorities(doc: FindingsDocument, tr: Translator): Block[] {
  if (doc.ranking.length === 0) return [];
  return [
    { type: 'heading', level: 2, text: tr.t('report.priorities') },
    { type: 'chart', chart: barChart(doc, tr) },
    {
      type: 'table',
      headers: [
        tr.t('report.col.rank'),
        tr.t('report.col.theme'),
        tr.t('report.col.votes'),
        tr.t('report.col.groupsOf', { count: groupsHeardFrom(doc.coverage.columns) }),
        tr.t('report.col.sessions'),
        tr.t('report.col.notes'),
      ],
      rows: doc.ranking.map((r) => [
        tr.number(r.rank),
        r.name,
        tr.number(r.votes),
        tr.number(r.groupIds.length),
        tr.number(r.sessionIds.length),
        tr.number(r.noteCount),
      ]),
    },
  ];
}

function framework(doc: FindingsDocument, c: Context): Block[] {
  const { look, tr } = c;
  const denominator = groupsHeardFrom(doc.coverage.columns);
  const byId = new Map(doc.findings.map((f) => [f.id, f]));
  const blocks: Block[] = [];
  for (const section of doc.framework) {
    if (section.findingIds.length === 0) continue;
    blocks.push({ type: 'heading', level: 3, text: section.name });
    for (const id of section.findingIds) {
      const f = byId.get(id)!;
      blocks.push({
        type: 'paragraph',
        text: f.statement || f.themeIds.map((t) => look.themeName(t)).join(', '),
        tone: 'strong',
      });
      blocks.push({
        type: 'paragraph',
        tone: 'muted',
        text: tr.t('report.evidence', {
          notes: f.noteCount,
          breadth: describeBreadth(f.groupIds.length, f.sessionCount, denominator, tr),
        }),
      });
      blocks.push(...quoteBlocks(f.quotes, c));
      const actions = uniqueTexts(f.actions.map((a) => ({ text: planWords(tr).action(a) })));
      if (actions.length)
        blocks.push({ type: 'list', items: actions.map((a) => tr.t('report.action', { text: a.text })) });
      if (f.measures.length)
        blocks.push({
          type: 'list',
          items: f.measures.map((m) => tr.t('report.measure', { text: planWords(tr).measure(m) })),
        });
    }
  }
  return blocks.length ? [{ type: 'heading', level: 2, text: tr.t('report.findings') }, ...blocks] : [];
}

/** Every idea for action once: the findings' actions first, then the room's ideas not already among them. */
function actions(doc: FindingsDocument, { look, tr }: Context): Block[] {
  const noteText = new Map(doc.notes.map((n) => [n.id, n.text]));
  const items = uniqueTexts([
    ...doc.findings.flatMap((f) => f.actions.map((a) => ({ text: a.text, ref: '' }))),
    ...doc.ranking.flatMap((r) => ideasOfTheme(r, noteText, look)),
  ]).map(withRef);
  return items.length
    ? [
        { type: 'heading', level: 2, text: tr.t('report.ideasForAction') },
        { type: 'list', items },
      ]
    : [];
}

function coverage(doc: FindingsDocument, { look, tr }: Context): Block[] {
  const { rows, columns, cells, gaps } = doc.coverage;
  if (rows.length === 0 || columns.length === 0) return [];
  const silent = gaps.flatMap((g) =>
    g.kind === 'silent'
      ? [
          tr.t('report.notRaisedBy', {
            theme: rows.find((r) => r.themeId === g.themeId)?.name ?? '',
            group: look.groupName(g.groupId),
          }),
        ]
      : [],
  );
  return [
    { type: 'heading', level: 2, text: tr.t('report.coverage') },
    { type: 'chart', chart: heatMap(doc, tr) },
    {
      type: 'paragraph',
      text: tr.t('report.coverageNote'),
      tone: 'muted',
    },
    {
      type: 'table',
      headers: [tr.t('report.col.theme'), ...columns.map((c) => c.name)],
      rows: rows.map((row, r) => [
        row.name,
        ...(cells[r] ?? []).map((cell) => (cell.state === 'no-session' ? '' : tr.number(cell.count))),
      ]),
      shades: rows.map((_, r) => [
        null,
        ...(cells[r] ?? []).map((cell) => (cell.state === 'heard' ? cell.shade : null)),
      ]),
    },
    ...(silent.length
      ? [
          { type: 'paragraph', text: tr.t('report.gaps'), tone: 'strong' } as Block,
          { type: 'list', items: silent } as Block,
        ]
      : []),
  ];
}

function privacy(doc: FindingsDocument, tr: Translator): Block[] {
  const p = doc.privacy;
  return [
    { type: 'heading', level: 2, text: tr.t('report.about') },
    {
      type: 'paragraph',
      tone: 'muted',
      text: tr.t('report.privacy', { withheld: p.notesWithheld, dropped: p.notesDropped, redactions: p.redactions }),
    },
    ...(p.sessionsPendingApproval > 0 || p.communityNotesWithheld > 0
      ? [
          {
            type: 'paragraph',
            tone: 'muted',
            text: tr.t('report.community', {
              pending: p.sessionsPendingApproval,
              counted: p.communityNotesWithheld,
            }),
          } as Block,
        ]
      : []),
  ];
}

/**
 * Order: title, the one-page summary (what a council reads first), contents, then the detail. Kept as a list of
 * sections so the order reads at a glance.
 */
export interface ReportOptions {
  /** The team's memos as a section of their own (report/memos.ts); off unless the person exporting chose it. */
  includeMemos?: boolean;
}

export function buildReport(
  doc: FindingsDocument,
  tr: Translator = translator(),
  options: ReportOptions = {},
): ReportModel {
  const look = lookups(doc);
  const c: Context = { look, tr };
  const title = tr.t('report.title', { project: doc.project.name });
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }];
  if (doc.project.description) blocks.push({ type: 'paragraph', text: doc.project.description, tone: 'lead' });
  blocks.push({
    type: 'paragraph',
    text: tr.t('report.prepared', { date: longDate(doc.generatedAt, tr), generator: doc.generator }),
    tone: 'muted',
  });
  blocks.push(
    ...summary(doc, look, tr),
    { type: 'pageBreak' },
    { type: 'contents' },
    { type: 'pageBreak' },
    ...method(doc, c),
    ...priorities(doc, tr),
    ...themes(doc, c),
    ...framework(doc, c),
    ...actions(doc, c),
    ...coverage(doc, c),
    ...(options.includeMemos ? memoBlocks(doc, look, tr) : []),
    ...privacy(doc, tr),
  );
  return {
    title,
    blocks,
    lang: tr.locale,
    contentsTitle: tr.t('report.contents'),
    description: tr.t('report.description'),
  };
}
