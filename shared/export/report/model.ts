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
import { BREADTH_RULE, describeBreadth, groupsHeardFrom } from '../../findings/breadth';
import { NOTE_REF_RULE } from '../../findings/noteRefs';
import { plural } from '../../i18n/plural';
import { barChart, heatMap } from './charts';
import type { Block, ReportModel } from './types';
import { uniqueTexts } from '../../findings/ideas';
import { peopleHeard, summary } from './summary';
import { lookups, quoteAttribution, type DocumentLookups } from '../lookups';

export type { Block, ReportModel } from './types';

function quoteBlocks(quotes: readonly Quote[], look: DocumentLookups): Block[] {
  return quotes.map((q) => ({ type: 'quote', text: q.text, attribution: quoteAttribution(q, look) }));
}

const count = (n: number, one: string, other: string) => plural(n, { one: `# ${one}`, other: `# ${other}` });

/** Who took part in a session: the attendance recorded, else the speaker codes used, else nothing known. */
export function attendanceText(session: FindingsDocument['sessions'][number]): string {
  if (session.attendance !== null) return String(session.attendance);
  if (session.participantCount > 0) return `${count(session.participantCount, 'speaker', 'speakers')} (not counted)`;
  return 'not recorded';
}

function method(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const t = doc.totals;
  const people = peopleHeard(doc.sessions);
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'How we listened' },
    {
      type: 'paragraph',
      text:
        `We held ${count(t.heldSessions, 'focus group', 'focus groups')} with ` +
        `${count(groupsHeardFrom(doc.coverage.columns), 'stakeholder group', 'stakeholder groups')}` +
        `${people > 0 ? `; ${count(people, 'person', 'people')} took part` : ''}. ` +
        `Note-takers recorded ${count(t.notes, 'note', 'notes')}, which were sorted into ${count(doc.ranking.length, 'theme', 'themes')}.`,
    },
    {
      type: 'table',
      headers: ['Session', 'Stakeholder group', 'Date', 'Attendance', 'Notes'],
      rows: doc.sessions.map((s) => [
        s.title,
        look.groupName(s.groupId),
        s.date ?? '',
        attendanceText(s),
        String(s.noteCount),
      ]),
    },
  ];
  if (doc.questions.length > 0) {
    blocks.push(
      { type: 'paragraph', text: 'Each group was asked:', tone: 'strong' },
      { type: 'list', items: doc.questions.map((q) => q.text) },
    );
  }
  const waiting = doc.coverage.gaps.flatMap((g) => (g.kind === 'no-session' ? [look.groupName(g.groupId)] : []));
  if (waiting.length > 0)
    blocks.push({
      type: 'paragraph',
      text: `Not yet heard from (no session held): ${waiting.join(', ')}.`,
      tone: 'muted',
    });
  blocks.push(
    { type: 'paragraph', text: 'How breadth is counted', tone: 'strong' },
    { type: 'paragraph', text: BREADTH_RULE },
    { type: 'paragraph', text: 'How notes are referred to', tone: 'strong' },
    { type: 'paragraph', text: NOTE_REF_RULE },
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

function themes(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const denominator = groupsHeardFrom(doc.coverage.columns);
  const noteText = new Map(doc.notes.map((n) => [n.id, n.text]));
  const blocks: Block[] = [{ type: 'heading', level: 2, text: 'What we heard, theme by theme' }];
  for (const r of doc.ranking) {
    blocks.push({ type: 'heading', level: 3, text: `${r.rank}. ${r.name}` });
    if (r.description) blocks.push({ type: 'paragraph', text: r.description });
    const groups = r.groupIds.map((g) => look.groupName(g));
    const breadth = describeBreadth(r.groupIds.length, r.sessionIds.length, denominator);
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      text:
        `${breadth.charAt(0).toUpperCase()}${breadth.slice(1)}${groups.length ? ` (${groups.join(', ')})` : ''}; ` +
        `${count(r.noteCount, 'note', 'notes')}; ${count(r.votes, 'vote', 'votes')}.`,
    });
    blocks.push(...quoteBlocks(r.quotes, look));
    // Only the room's own ideas under the theme: a finding's actions are told once, with that finding.
    const ideas = ideasOfTheme(r, noteText, look).slice(0, 5).map(withRef);
    if (ideas.length)
      blocks.push({ type: 'paragraph', text: 'Ideas from the room', tone: 'strong' }, { type: 'list', items: ideas });
  }
  return blocks;
}

function priorities(doc: FindingsDocument): Block[] {
  if (doc.ranking.length === 0) return [];
  return [
    { type: 'heading', level: 2, text: 'Priorities' },
    { type: 'chart', chart: barChart(doc) },
    {
      type: 'table',
      headers: ['Rank', 'Theme', 'Votes', `Groups (of ${groupsHeardFrom(doc.coverage.columns)})`, 'Sessions', 'Notes'],
      rows: doc.ranking.map((r) => [
        String(r.rank),
        r.name,
        String(r.votes),
        String(r.groupIds.length),
        String(r.sessionIds.length),
        String(r.noteCount),
      ]),
    },
  ];
}

function framework(doc: FindingsDocument, look: DocumentLookups): Block[] {
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
        text: `Evidence: ${count(f.noteCount, 'note', 'notes')}, ${describeBreadth(f.groupIds.length, f.sessionCount, denominator)}.`,
      });
      blocks.push(...quoteBlocks(f.quotes, look));
      const actions = uniqueTexts(f.actions.map((text) => ({ text })));
      if (actions.length) blocks.push({ type: 'list', items: actions.map((a) => `Action: ${a.text}`) });
      if (f.measures.length) blocks.push({ type: 'list', items: f.measures.map((m) => `Measure: ${m}`) });
    }
  }
  return blocks.length ? [{ type: 'heading', level: 2, text: 'Findings' }, ...blocks] : [];
}

/** Every idea for action once: the findings' actions first, then the room's ideas not already among them. */
function actions(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const noteText = new Map(doc.notes.map((n) => [n.id, n.text]));
  const items = uniqueTexts([
    ...doc.findings.flatMap((f) => f.actions.map((text) => ({ text, ref: '' }))),
    ...doc.ranking.flatMap((r) => ideasOfTheme(r, noteText, look)),
  ]).map(withRef);
  return items.length
    ? [
        { type: 'heading', level: 2, text: 'Ideas for action' },
        { type: 'list', items },
      ]
    : [];
}

function coverage(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const { rows, columns, cells, gaps } = doc.coverage;
  if (rows.length === 0 || columns.length === 0) return [];
  const silent = gaps.flatMap((g) =>
    g.kind === 'silent'
      ? [`${rows.find((r) => r.themeId === g.themeId)?.name ?? ''}: not raised by ${look.groupName(g.groupId)}`]
      : [],
  );
  return [
    { type: 'heading', level: 2, text: 'Coverage' },
    { type: 'chart', chart: heatMap(doc) },
    {
      type: 'paragraph',
      text: 'Notes per theme and stakeholder group. A blank cell means the group has had no session yet.',
      tone: 'muted',
    },
    {
      type: 'table',
      headers: ['Theme', ...columns.map((c) => c.name)],
      rows: rows.map((row, r) => [
        row.name,
        ...(cells[r] ?? []).map((cell) => (cell.state === 'no-session' ? '' : String(cell.count))),
      ]),
      shades: rows.map((_, r) => [
        null,
        ...(cells[r] ?? []).map((cell) => (cell.state === 'heard' ? cell.shade : null)),
      ]),
    },
    ...(silent.length
      ? [{ type: 'paragraph', text: 'Gaps', tone: 'strong' } as Block, { type: 'list', items: silent } as Block]
      : []),
  ];
}

function privacy(doc: FindingsDocument): Block[] {
  const p = doc.privacy;
  return [
    { type: 'heading', level: 2, text: 'About this report' },
    {
      type: 'paragraph',
      tone: 'muted',
      text:
        `Speakers are identified only by stakeholder group. Notes flagged do-not-quote, sensitive or ` +
        `cultural protocol are never quoted. ${count(p.notesWithheld, 'flagged note', 'flagged notes')} counted without text, ` +
        `${count(p.notesDropped, 'flagged note', 'flagged notes')} left out, ${count(p.redactions, 'piece', 'pieces')} of personal information removed.`,
    },
  ];
}

/**
 * Order: title, the one-page summary (what a council reads first), contents, then the detail. Kept as a list of
 * sections so the order reads at a glance.
 */
export function buildReport(doc: FindingsDocument): ReportModel {
  const look = lookups(doc);
  const title = `What we heard: ${doc.project.name}`;
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }];
  if (doc.project.description) blocks.push({ type: 'paragraph', text: doc.project.description, tone: 'lead' });
  blocks.push({
    type: 'paragraph',
    text: `Prepared ${doc.generatedAt.slice(0, 10)} with ${doc.generator}.`,
    tone: 'muted',
  });
  blocks.push(
    ...summary(doc, look),
    { type: 'pageBreak' },
    { type: 'contents' },
    { type: 'pageBreak' },
    ...method(doc, look),
    ...priorities(doc),
    ...themes(doc, look),
    ...framework(doc, look),
    ...actions(doc, look),
    ...coverage(doc, look),
    ...privacy(doc),
  );
  return { title, blocks };
}
