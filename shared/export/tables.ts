/**
 * The findings document as tables: one per workbook sheet, in sheet order. The xlsx writer renders them, the CSV
 * writer renders the Notes table, and the LibreOffice read-back test compares the workbook against them.
 * Cells are plain strings and numbers; empty is ''.
 */
import type { FindingsDocument, Quote } from '../findings/documentSchema';
import { BREADTH_RULE, groupsHeardFrom } from '../findings/breadth';
import { NOTE_REF_RULE } from '../findings/noteRefs';
import { agreementTables } from './agreementTable';
import { lookups, type DocumentLookups } from './lookups';
import { uniqueTexts } from '../findings/ideas';
import type { Cell, Table } from './tableTypes';
import { actionPlanTable } from './actionPlanTable';
import { actionLine, measureLine, responseLabel } from '../findings/planText';

export type { Cell, Column, Table } from './tableTypes';

export const SHEET_NAMES = [
  'Summary',
  'Sessions',
  'Notes',
  'Themes',
  'Coverage',
  'Findings',
  'Action plan',
  'Codebook',
] as const;

const yes = (flag: boolean): string => (flag ? 'yes' : '');
const lines = (items: readonly string[]): string => items.join('\n');

function quoteLine(quote: Quote, look: DocumentLookups): string {
  const group = look.groupName(quote.groupId) || look.sessionTitle(quote.sessionId);
  const ref = look.noteRef(quote.noteId);
  return `“${quote.text}” (${group}${ref ? `, ${ref}` : ''})`;
}

/** A theme's ideas for action from the room (its idea notes), each once, with the note's reference. */
function ideasOfTheme(
  r: FindingsDocument['ranking'][number],
  texts: ReadonlyMap<string, string>,
  look: DocumentLookups,
): string[] {
  return uniqueTexts(r.ideaNoteIds.map((id) => ({ text: texts.get(id) ?? '', ref: look.noteRef(id) }))).map((idea) =>
    idea.ref ? `${idea.text} (${idea.ref})` : idea.text,
  );
}

function summary(doc: FindingsDocument): Table {
  const noSession = doc.coverage.gaps
    .filter((g) => g.kind === 'no-session')
    .map((g) => doc.groups.find((x) => x.id === g.groupId)?.name ?? '');
  const scope = doc.privacy.scope;
  const rows: Cell[][] = [
    ['Project', doc.project.name],
    ['Description', doc.project.description],
    ['Exported', doc.generatedAt],
    ['Themes reported', doc.level === 'master' ? 'Master themes (consolidated)' : 'Session themes'],
    ['Sessions', doc.totals.sessions],
    ['Sessions held', doc.totals.heldSessions],
    ['Stakeholder groups', doc.totals.groups],
    ['Groups with no session yet', noSession.join(', ')],
    ['Attendance', doc.totals.attendance],
    ['Participants (speaker codes)', doc.totals.participants],
    ['Notes', doc.totals.notes],
    ['Themes', doc.totals.themes],
    ['Findings', doc.totals.findings],
    ['Scope', scope.sessionIds || scope.groupIds ? 'Selected sessions and groups' : 'All sessions'],
    ['Notes withheld (flagged)', doc.privacy.notesWithheld],
    ['Notes left out (flagged)', doc.privacy.notesDropped],
    ['Sessions withheld pending community approval', doc.privacy.sessionsPendingApproval],
    ['Notes withheld (community approved counts only)', doc.privacy.communityNotesWithheld],
    ['Personal information removed', doc.privacy.redactions],
    ['Stakeholder groups heard from', groupsHeardFrom(doc.coverage.columns)],
    ['How breadth is counted', BREADTH_RULE],
    ['Note references', NOTE_REF_RULE],
  ];
  return { name: 'Summary', columns: [{ header: 'Item' }, { header: 'Value', wrap: true }], rows };
}

function sessions(doc: FindingsDocument, look: DocumentLookups): Table {
  return {
    name: 'Sessions',
    columns: [
      { header: 'Session', wrap: true },
      { header: 'Stakeholder group' },
      { header: 'Date' },
      { header: 'Status' },
      { header: 'Attendance' },
      { header: 'Participants' },
      { header: 'Notes' },
    ],
    rows: doc.sessions.map((s) => [
      s.title,
      look.groupName(s.groupId),
      s.date ?? '',
      s.status,
      s.attendance ?? '',
      s.participantCount,
      s.noteCount,
    ]),
  };
}

/**
 * A note's further themes, and every theme it is reported under (one a line): a note linked to several themes
 * counts in each. Files from before links carry only `reportingThemeId`.
 */
function noteThemeCells(note: FindingsDocument['notes'][number], look: DocumentLookups): [string, string] {
  const reported = note.reportingThemeIds ?? (note.reportingThemeId ? [note.reportingThemeId] : []);
  return [
    lines((note.linkedThemeIds ?? []).map((id) => look.themeName(id))),
    lines(reported.map((id) => look.themeName(id))),
  ];
}

export function notesTable(doc: FindingsDocument, look: DocumentLookups = lookups(doc)): Table {
  return {
    name: 'Notes',
    columns: [
      { header: 'Ref' },
      { header: 'Session' },
      { header: 'Stakeholder group' },
      { header: 'Date' },
      { header: 'Question', wrap: true },
      { header: 'Participant' },
      { header: 'Kind' },
      { header: 'Theme' },
      { header: 'Also in themes', wrap: true },
      { header: 'Reported under', wrap: true },
      { header: 'Text', wrap: true },
      { header: 'Votes' },
      { header: 'Sensitive' },
      { header: 'Do not quote' },
      { header: 'Cultural protocol' },
      { header: 'Text withheld' },
      // Last: the permanent identity, for joining files; people use the short reference in the first column.
      { header: 'Note ID' },
    ],
    rows: doc.notes.map((n) => [
      n.ref ?? '',
      look.sessionTitle(n.sessionId),
      look.groupName(look.groupOfSession(n.sessionId)),
      look.sessionDate(n.sessionId),
      look.questionText(n.questionId),
      look.participantCode(n.participantId),
      look.kindName(n.kind),
      look.themeName(n.themeId),
      ...noteThemeCells(n, look),
      n.text,
      n.votes,
      yes(n.flags.sensitive),
      yes(n.flags.doNotQuote),
      yes(n.flags.culturalProtocol),
      yes(n.withheld),
      n.id,
    ]),
  };
}

function themes(doc: FindingsDocument, look: DocumentLookups): Table {
  const ideas = new Map(doc.notes.map((n) => [n.id, n.text]));
  return {
    name: 'Themes',
    columns: [
      { header: 'Rank' },
      { header: 'Theme' },
      { header: 'Description', wrap: true },
      { header: 'Votes' },
      { header: 'Notes' },
      { header: 'Sessions' },
      { header: `Stakeholder groups (of ${groupsHeardFrom(doc.coverage.columns)} heard from)` },
      { header: 'Groups heard', wrap: true },
      { header: 'Participants' },
      { header: 'Representative quotes', wrap: true },
      { header: 'Ideas for action', wrap: true },
      { header: 'Measures of progress', wrap: true },
    ],
    rows: doc.ranking.map((r) => [
      r.rank,
      r.name,
      r.description,
      r.votes,
      r.noteCount,
      r.sessionIds.length,
      r.groupIds.length,
      r.groupIds.map((g) => look.groupName(g)).join(', '),
      r.participantCount,
      lines(r.quotes.map((q) => quoteLine(q, look))),
      lines(ideasOfTheme(r, ideas, look)),
      lines(r.measures),
    ]),
  };
}

/** Heat-map colours: white to a deep teal by share of the largest count; gaps in light red, unknown in grey. */
function fillFor(state: string, shade: number): string | null {
  if (state === 'silent') return '#FDE2E1';
  if (state === 'no-session') return '#E5E7EB';
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.15 + 0.85 * shade));
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return `#${hex(mix(255, 17))}${hex(mix(255, 94))}${hex(mix(255, 89))}`.toUpperCase();
}

function coverage(doc: FindingsDocument, look: DocumentLookups): Table {
  const { columns, cells, rows, gaps } = doc.coverage;
  return {
    name: 'Coverage',
    columns: [
      { header: 'Theme' },
      ...columns.map((c) => ({ header: c.heldSessions === 0 ? `${c.name} (no session yet)` : c.name })),
      { header: 'Total' },
      { header: 'Groups heard' },
      { header: 'Not heard from', wrap: true },
    ],
    rows: rows.map((row, r) => {
      const line = cells[r] ?? [];
      const silent = gaps
        .filter((g) => g.kind === 'silent' && g.themeId === row.themeId)
        .map((g) => look.groupName(g.groupId));
      return [
        row.name,
        ...line.map((cell) => cell.count),
        line.reduce((sum, cell) => sum + cell.count, 0),
        line.filter((cell) => cell.count > 0).length,
        silent.join(', '),
      ];
    }),
    fills: rows.map((_, r) => [
      null,
      ...(cells[r] ?? []).map((cell) => fillFor(cell.state, cell.shade)),
      null,
      null,
      null,
    ]),
  };
}

function findings(doc: FindingsDocument, look: DocumentLookups): Table {
  const byId = new Map(doc.findings.map((f) => [f.id, f]));
  const ordered = doc.framework.flatMap((section) =>
    section.findingIds.map((id) => ({ section: section.name, finding: byId.get(id)! })),
  );
  return {
    name: 'Findings',
    columns: [
      { header: 'Framework category' },
      { header: 'Finding', wrap: true },
      { header: 'Themes', wrap: true },
      { header: 'Priority' },
      { header: 'Notes' },
      { header: 'Sessions' },
      { header: 'Stakeholder groups' },
      { header: 'Representative quotes', wrap: true },
      { header: 'Ideas for action', wrap: true },
      { header: 'Measures of progress', wrap: true },
      { header: 'Response' },
      { header: 'Why', wrap: true },
      { header: 'What it became', wrap: true },
      { header: 'Response recorded by' },
      { header: 'Response recorded on' },
    ],
    rows: ordered.map(({ section, finding: f }) => [
      section,
      f.statement,
      f.themeIds.map((id) => look.themeName(id)).join(', '),
      f.priority ?? '',
      f.noteCount,
      f.sessionCount,
      f.groupIds.length,
      lines(f.quotes.map((q) => quoteLine(q, look))),
      lines(f.actions.map(actionLine)),
      lines(f.measures.map(measureLine)),
      f.response ? responseLabel(f.response.status) : '',
      f.response?.reason ?? '',
      f.response?.outcome ?? '',
      f.response?.recordedBy ?? '',
      f.response?.recordedAt.slice(0, 10) ?? '',
    ]),
  };
}

function codebook(doc: FindingsDocument, look: DocumentLookups): Table {
  return {
    name: 'Codebook',
    columns: [
      { header: 'Code' },
      { header: 'Parent' },
      { header: 'Level' },
      { header: 'Session' },
      { header: 'Maps to master theme' },
      { header: 'Description', wrap: true },
      { header: 'Colour' },
      { header: 'Notes' },
    ],
    rows: doc.themes.map((t) => [
      t.name,
      look.themeName(t.parentId),
      t.isMaster ? 'Master' : 'Session',
      t.sessionId ? look.sessionTitle(t.sessionId) : '',
      look.themeName(t.masterThemeId),
      t.description,
      t.color,
      t.noteCount,
    ]),
  };
}

export function workbookTables(doc: FindingsDocument): Table[] {
  const look = lookups(doc);
  return [
    summary(doc),
    sessions(doc, look),
    notesTable(doc, look),
    themes(doc, look),
    coverage(doc, look),
    findings(doc, look),
    actionPlanTable(doc, look),
    codebook(doc, look),
    ...agreementTables(doc, look),
  ];
}
