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
import { lookups, type DocumentLookups } from '../lookups';

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; tone?: 'lead' | 'muted' | 'strong' }
  | { type: 'quote'; text: string; attribution: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; headers: string[]; rows: string[][]; shades?: (number | null)[][] };

export interface ReportModel {
  title: string;
  blocks: Block[];
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function attribution(quote: Quote, look: DocumentLookups): string {
  const group = look.groupName(quote.groupId);
  return group ? `${group} focus group` : look.sessionTitle(quote.sessionId);
}

function quoteBlocks(quotes: readonly Quote[], look: DocumentLookups): Block[] {
  return quotes.map((q) => ({ type: 'quote', text: q.text, attribution: attribution(q, look) }));
}

function method(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const t = doc.totals;
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'How we listened' },
    {
      type: 'paragraph',
      text:
        `We held ${plural(t.heldSessions, 'focus group')} with ${plural(doc.groups.filter((g) => g.heldSessions > 0).length, 'stakeholder group')}` +
        `${t.attendance > 0 ? `; ${plural(t.attendance, 'person', 'people')} took part` : ''}. ` +
        `Note-takers recorded ${plural(t.notes, 'note')}, which were sorted into ${plural(doc.ranking.length, 'theme')}.`,
    },
    {
      type: 'table',
      headers: ['Session', 'Stakeholder group', 'Date', 'Attendance', 'Notes'],
      rows: doc.sessions.map((s) => [
        s.title,
        look.groupName(s.groupId),
        s.date ?? '',
        s.attendance === null ? '' : String(s.attendance),
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
  return blocks;
}

function themes(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const groupCount = doc.coverage.columns.filter((c) => c.heldSessions > 0 && c.groupId !== '').length;
  const noteText = new Map(doc.notes.map((n) => [n.id, n.text]));
  const blocks: Block[] = [{ type: 'heading', level: 2, text: 'What we heard, theme by theme' }];
  for (const r of doc.ranking) {
    blocks.push({ type: 'heading', level: 3, text: `${r.rank}. ${r.name}` });
    if (r.description) blocks.push({ type: 'paragraph', text: r.description });
    const groups = r.groupIds.map((g) => look.groupName(g));
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      text:
        `Heard in ${r.groupIds.length} of ${groupCount} stakeholder groups${groups.length ? ` (${groups.join(', ')})` : ''}, ` +
        `across ${plural(r.sessionIds.length, 'session')}; ${plural(r.noteCount, 'note')}; ${plural(r.votes, 'vote')}.`,
    });
    blocks.push(...quoteBlocks(r.quotes, look));
    const ideas = [...r.actions, ...r.ideaNoteIds.slice(0, 5).map((id) => noteText.get(id) ?? '')].filter(Boolean);
    if (ideas.length)
      blocks.push({ type: 'paragraph', text: 'Ideas for action', tone: 'strong' }, { type: 'list', items: ideas });
    if (r.measures.length)
      blocks.push(
        { type: 'paragraph', text: 'Measures of progress', tone: 'strong' },
        { type: 'list', items: r.measures },
      );
  }
  return blocks;
}

function priorities(doc: FindingsDocument): Block[] {
  return [
    { type: 'heading', level: 2, text: 'Priorities' },
    {
      type: 'table',
      headers: ['Rank', 'Theme', 'Votes', 'Stakeholder groups', 'Sessions', 'Notes'],
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
        text: `Evidence: ${plural(f.noteCount, 'note')} from ${plural(f.sessionCount, 'session')} and ${plural(f.groupIds.length, 'stakeholder group')}.`,
      });
      blocks.push(...quoteBlocks(f.quotes, look));
      if (f.actions.length) blocks.push({ type: 'list', items: f.actions.map((a) => `Action: ${a}`) });
      if (f.measures.length) blocks.push({ type: 'list', items: f.measures.map((m) => `Measure: ${m}`) });
    }
  }
  return blocks.length ? [{ type: 'heading', level: 2, text: 'Findings' }, ...blocks] : [];
}

function actions(doc: FindingsDocument): Block[] {
  const noteText = new Map(doc.notes.map((n) => [n.id, n.text]));
  const items = [
    ...new Set([
      ...doc.findings.flatMap((f) => f.actions),
      ...doc.ranking.flatMap((r) => [...r.actions, ...r.ideaNoteIds.map((id) => noteText.get(id) ?? '')]),
    ]),
  ].filter(Boolean);
  return items.length
    ? [
        { type: 'heading', level: 2, text: 'Ideas for action' },
        { type: 'list', items },
      ]
    : [];
}

function coverage(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const { rows, columns, cells, gaps } = doc.coverage;
  const silent = gaps.flatMap((g) =>
    g.kind === 'silent'
      ? [`${rows.find((r) => r.themeId === g.themeId)?.name ?? ''}: not raised by ${look.groupName(g.groupId)}`]
      : [],
  );
  return [
    { type: 'heading', level: 2, text: 'Coverage' },
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
    {
      type: 'paragraph',
      tone: 'muted',
      text:
        `About this report: speakers are identified only by stakeholder group. Notes flagged do-not-quote, sensitive or ` +
        `cultural protocol are never quoted. ${plural(p.notesWithheld, 'flagged note')} counted without text, ` +
        `${plural(p.notesDropped, 'flagged note')} left out, ${plural(p.redactions, 'piece')} of personal information removed.`,
    },
  ];
}

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
    ...method(doc, look),
    ...themes(doc, look),
    ...priorities(doc),
    ...framework(doc, look),
    ...actions(doc),
    ...coverage(doc, look),
    ...privacy(doc),
  );
  return { title, blocks };
}
