/**
 * The findings document as tables: one per workbook sheet, in sheet order. The xlsx writer renders them, the CSV
 * writer renders the Notes table, and the LibreOffice read-back test compares the workbook against them.
 * Cells are plain strings and numbers; empty is ''. Sheet names, headers and the words in cells are in the language
 * of the translator given (English when none is); what people typed and the document's dates stay as they are.
 */
import type { FindingsDocument, Quote } from '../findings/documentSchema';
import { groupsHeardFrom } from '../findings/breadth';
import type { MessageId } from '../i18n/catalogue';
import { translator, type Translator } from '../i18n/translate';
import { agreementTables } from './agreementTable';
import { lookups, type DocumentLookups } from './lookups';
import { uniqueTexts } from '../findings/ideas';
import type { Cell, Column, Table } from './tableTypes';
import { actionPlanTable } from './actionPlanTable';
import { planWords } from '../findings/planText';

export type { Cell, Column, Table } from './tableTypes';

/** The sheets every workbook has, in order (an Agreement sheet follows when coders have agreement to show). */
const SHEETS = [
  'workbook.sheet.summary',
  'workbook.sheet.sessions',
  'workbook.sheet.notes',
  'workbook.sheet.themes',
  'workbook.sheet.coverage',
  'workbook.sheet.findings',
  'workbook.sheet.actionPlan',
  'workbook.sheet.codebook',
] as const satisfies readonly MessageId[];

export function sheetNames(tr: Translator = translator()): string[] {
  return SHEETS.map((id) => tr.t(id));
}

/** What a table's cells are made with: the document's lookups and the workbook's language. */
interface Context {
  look: DocumentLookups;
  tr: Translator;
}

const lines = (items: readonly string[]): string => items.join('\n');

/** A header cell (`wrap` for long text). */
function col(tr: Translator, id: MessageId, wrap = false): Column {
  return wrap ? { header: tr.t(id), wrap: true } : { header: tr.t(id) };
}

function quoteLine(quote: Quote, { look, tr }: Context): string {
  const group = look.groupName(quote.groupId) || look.sessionTitle(quote.sessionId);
  const ref = look.noteRef(quote.noteId);
  return tr.t('workbook.quote', { text: quote.text, source: `${group}${ref ? `, ${ref}` : ''}` });
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

function summary(doc: FindingsDocument, { tr }: Context): Table {
  const noSession = doc.coverage.gaps
    .filter((g) => g.kind === 'no-session')
    .map((g) => doc.groups.find((x) => x.id === g.groupId)?.name ?? '');
  const scope = doc.privacy.scope;
  const row = (id: MessageId, value: Cell): Cell[] => [tr.t(id), value];
  const rows: Cell[][] = [
    row('workbook.summary.project', doc.project.name),
    row('workbook.summary.description', doc.project.description),
    row('workbook.summary.exported', doc.generatedAt),
    row(
      'workbook.summary.themesReported',
      tr.t(doc.level === 'master' ? 'workbook.summary.masterThemes' : 'workbook.summary.sessionThemes'),
    ),
    row('workbook.summary.sessions', doc.totals.sessions),
    row('workbook.summary.sessionsHeld', doc.totals.heldSessions),
    row('workbook.summary.groups', doc.totals.groups),
    row('workbook.summary.groupsWithoutSession', noSession.join(', ')),
    row('workbook.summary.attendance', doc.totals.attendance),
    row('workbook.summary.participants', doc.totals.participants),
    row('workbook.summary.notes', doc.totals.notes),
    row('workbook.summary.themes', doc.totals.themes),
    row('workbook.summary.findings', doc.totals.findings),
    row(
      'workbook.summary.scope',
      tr.t(scope.sessionIds || scope.groupIds ? 'workbook.summary.scopeSelected' : 'workbook.summary.scopeAll'),
    ),
    row('workbook.summary.notesWithheld', doc.privacy.notesWithheld),
    row('workbook.summary.notesDropped', doc.privacy.notesDropped),
    row('workbook.summary.sessionsPending', doc.privacy.sessionsPendingApproval),
    row('workbook.summary.communityNotesWithheld', doc.privacy.communityNotesWithheld),
    row('workbook.summary.redactions', doc.privacy.redactions),
    row('workbook.summary.groupsHeardFrom', groupsHeardFrom(doc.coverage.columns)),
    row('report.howBreadth', tr.t('report.breadthRule')),
    row('workbook.summary.noteReferences', tr.t('report.noteRefRule')),
  ];
  return {
    name: tr.t('workbook.sheet.summary'),
    columns: [col(tr, 'workbook.summary.item'), col(tr, 'workbook.summary.value', true)],
    rows,
  };
}

function sessions(doc: FindingsDocument, { look, tr }: Context): Table {
  return {
    name: tr.t('workbook.sheet.sessions'),
    columns: [
      col(tr, 'workbook.col.session', true),
      col(tr, 'workbook.col.group'),
      col(tr, 'workbook.col.date'),
      col(tr, 'workbook.col.status'),
      col(tr, 'workbook.col.attendance'),
      col(tr, 'workbook.col.participants'),
      col(tr, 'workbook.col.notes'),
    ],
    rows: doc.sessions.map((s) => [
      s.title,
      look.groupName(s.groupId),
      s.date ?? '',
      tr.t('workbook.status', { status: s.status }),
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

export function notesTable(doc: FindingsDocument, tr: Translator = translator(), look = lookups(doc)): Table {
  const yes = (flag: boolean): string => (flag ? tr.t('workbook.yes') : '');
  return {
    name: tr.t('workbook.sheet.notes'),
    columns: [
      col(tr, 'workbook.col.ref'),
      col(tr, 'workbook.col.session'),
      col(tr, 'workbook.col.group'),
      col(tr, 'workbook.col.date'),
      col(tr, 'workbook.col.question', true),
      col(tr, 'workbook.col.participant'),
      col(tr, 'workbook.col.kind'),
      col(tr, 'workbook.col.theme'),
      col(tr, 'workbook.col.alsoInThemes', true),
      col(tr, 'workbook.col.reportedUnder', true),
      col(tr, 'workbook.col.text', true),
      col(tr, 'workbook.col.votes'),
      col(tr, 'workbook.col.sensitive'),
      col(tr, 'workbook.col.doNotQuote'),
      col(tr, 'workbook.col.culturalProtocol'),
      col(tr, 'workbook.col.textWithheld'),
      // Last: the permanent identity, for joining files; people use the short reference in the first column.
      col(tr, 'workbook.col.noteId'),
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

function themes(doc: FindingsDocument, c: Context): Table {
  const { look, tr } = c;
  const ideas = new Map(doc.notes.map((n) => [n.id, n.text]));
  return {
    name: tr.t('workbook.sheet.themes'),
    columns: [
      col(tr, 'workbook.col.rank'),
      col(tr, 'workbook.col.theme'),
      col(tr, 'workbook.col.description', true),
      col(tr, 'workbook.col.votes'),
      col(tr, 'workbook.col.notes'),
      col(tr, 'workbook.col.sessions'),
      { header: tr.t('workbook.col.groupsOf', { count: groupsHeardFrom(doc.coverage.columns) }) },
      col(tr, 'workbook.col.groupsHeard', true),
      col(tr, 'workbook.col.participants'),
      col(tr, 'workbook.col.quotes', true),
      col(tr, 'workbook.col.ideas', true),
      col(tr, 'workbook.col.measures', true),
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
      lines(r.quotes.map((q) => quoteLine(q, c))),
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

function coverage(doc: FindingsDocument, { look, tr }: Context): Table {
  const { columns, cells, rows, gaps } = doc.coverage;
  return {
    name: tr.t('workbook.sheet.coverage'),
    columns: [
      col(tr, 'workbook.col.theme'),
      ...columns.map((c) => ({
        header: c.heldSessions === 0 ? tr.t('workbook.col.noSessionYet', { group: c.name }) : c.name,
      })),
      col(tr, 'workbook.col.total'),
      col(tr, 'workbook.col.groupsHeard'),
      col(tr, 'workbook.col.notHeardFrom', true),
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

function findings(doc: FindingsDocument, c: Context): Table {
  const { look, tr } = c;
  const words = planWords(tr);
  const byId = new Map(doc.findings.map((f) => [f.id, f]));
  const ordered = doc.framework.flatMap((section) =>
    section.findingIds.map((id) => ({ section: section.name, finding: byId.get(id)! })),
  );
  return {
    name: tr.t('workbook.sheet.findings'),
    columns: [
      col(tr, 'workbook.col.category'),
      col(tr, 'workbook.col.finding', true),
      col(tr, 'workbook.col.themes', true),
      col(tr, 'workbook.col.priority'),
      col(tr, 'workbook.col.notes'),
      col(tr, 'workbook.col.sessions'),
      col(tr, 'workbook.col.groups'),
      col(tr, 'workbook.col.quotes', true),
      col(tr, 'workbook.col.ideas', true),
      col(tr, 'workbook.col.measures', true),
      col(tr, 'workbook.col.response'),
      col(tr, 'workbook.col.why', true),
      col(tr, 'workbook.col.became', true),
      col(tr, 'workbook.col.recordedBy'),
      col(tr, 'workbook.col.recordedOn'),
    ],
    rows: ordered.map(({ section, finding: f }) => [
      section,
      f.statement,
      f.themeIds.map((id) => look.themeName(id)).join(', '),
      f.priority ?? '',
      f.noteCount,
      f.sessionCount,
      f.groupIds.length,
      lines(f.quotes.map((q) => quoteLine(q, c))),
      lines(f.actions.map(words.action)),
      lines(f.measures.map(words.measure)),
      f.response ? words.response(f.response.status) : '',
      f.response?.reason ?? '',
      f.response?.outcome ?? '',
      f.response?.recordedBy ?? '',
      f.response?.recordedAt.slice(0, 10) ?? '',
    ]),
  };
}

function codebook(doc: FindingsDocument, { look, tr }: Context): Table {
  return {
    name: tr.t('workbook.sheet.codebook'),
    columns: [
      col(tr, 'workbook.col.code'),
      col(tr, 'workbook.col.parent'),
      col(tr, 'workbook.col.level'),
      col(tr, 'workbook.col.session'),
      col(tr, 'workbook.col.mapsTo'),
      col(tr, 'workbook.col.description', true),
      col(tr, 'workbook.col.colour'),
      col(tr, 'workbook.col.notes'),
    ],
    rows: doc.themes.map((t) => [
      t.name,
      look.themeName(t.parentId),
      tr.t(t.isMaster ? 'workbook.level.master' : 'workbook.level.session'),
      t.sessionId ? look.sessionTitle(t.sessionId) : '',
      look.themeName(t.masterThemeId),
      t.description,
      t.color,
      t.noteCount,
    ]),
  };
}

/** Every sheet of the workbook, in order, in the language of `tr`. */
export function workbookTables(doc: FindingsDocument, tr: Translator = translator()): Table[] {
  const c: Context = { look: lookups(doc), tr };
  return [
    summary(doc, c),
    sessions(doc, c),
    notesTable(doc, tr, c.look),
    themes(doc, c),
    coverage(doc, c),
    findings(doc, c),
    actionPlanTable(doc, c.look, tr),
    codebook(doc, c),
    ...agreementTables(doc, c.look, tr),
  ];
}
