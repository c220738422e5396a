/**
 * The note-import planner: from the rows of a notes file (CSV or a sheet) and a column mapping (columns.ts) to
 * exactly what the import will write, or to every row that cannot be imported and why. One planner for the app's
 * import dialog and `fieldnotes import-csv`, so one file imports the same way in both. Pure apart from fresh ids.
 *
 * Rows are fed one at a time (`createNotePlanner(...).add(cells, line)`), so a caller can stream a large file and
 * write each planned note as it goes; `planNoteImport` feeds a whole table and collects the plan. Either way the
 * import is all or nothing: the caller writes only when no row had a problem.
 *
 * Rules, matched case-insensitively against what the project already has (live records only):
 * - an empty row is skipped and counted; a row with other cells but no note text is a problem, as is a note longer
 *   than a note can hold. Cell text is taken literally: "=SUM(A1)" is a note like any other, never calculated
 *   (counted, so nobody is surprised);
 * - session: by the row's title, else the default session (an existing one, or a title); a title the project
 *   lacks becomes one new session (status closed: it took place), in the row's stakeholder group or else the
 *   default group for new sessions. Two existing sessions with the row's title, a session of another group than
 *   the row's, or one new title given two groups are problems;
 * - group: one of the project's stakeholder groups by name; an unknown name is a problem;
 * - question: by its text or its number in the guide (3, Q3, Question 3); one not in the guide is a problem;
 * - kind: one of the project's kinds by name or id; an unknown kind is a problem;
 * - speaker: a code of at most 16 characters, matched within the row's session; a code new to the session becomes
 *   a participant; the notes of a speaker who withdrew consent are refused (a problem), never imported;
 * - flags: yes or no words (columns.ts); any other word is a problem.
 */
import { newId } from '../domain/ids';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../domain/limits';
import type { NoteFlags, Participant, Project, Question, Session, StakeholderGroup } from '../domain/schemas';
import { translator as translatorFor, type Translator } from '../i18n/translate';
import { COLUMN_WORDS, FLAG_FIELDS, readFlag, type ColumnMapping, type ImportField } from './columns';

/** What the project has, live records only: sessions, groups, questions and participants of this project. */
export interface ImportContext {
  project: Project;
  sessions: readonly Session[];
  groups: readonly StakeholderGroup[];
  questions: readonly Question[];
  participants: readonly Participant[];
}

/** Where rows without a session cell go: an existing session, or a title (an existing session's, or a new one). */
export type DefaultSession = { sessionId: string } | { title: string };

export interface PlanOptions {
  defaultSession: DefaultSession;
  /** The stakeholder group of new sessions whose rows name none. */
  newSessionGroupId?: string | null;
  /** The language of the problems' words; English when not given (the command line's). */
  translator?: Translator;
}

export interface PlannedSession {
  id: string;
  title: string;
  groupId: string | null;
}

export interface PlannedParticipant {
  id: string;
  sessionId: string;
  code: string;
}

export interface PlannedNote {
  sessionId: string;
  questionId: string | null;
  participantId: string | null;
  kind: string | null;
  text: string;
  flags: NoteFlags;
}

/** Everything an import writes, for a caller that collects the whole file (the app writes it in one transaction). */
export interface NoteImportPlan {
  projectId: string;
  /** Sessions the file names that the project does not have yet. */
  sessions: PlannedSession[];
  /** Speaker codes new to their session. */
  participants: PlannedParticipant[];
  notes: PlannedNote[];
}

export interface RowProblem {
  /** The row's line (CSV) or row number (sheet) in the file; 1 for a problem with the file as a whole. */
  line: number;
  message: string;
}

/** One planned row: its note, and the session or participant it brings in first (write those before the note). */
export interface PlannedRow {
  note: PlannedNote;
  newSession: PlannedSession | null;
  newParticipant: PlannedParticipant | null;
}

export interface PlanTotals {
  notes: number;
  sessions: PlannedSession[];
  participants: PlannedParticipant[];
  /** The first MAX_PROBLEMS_KEPT problems, in file order. */
  problems: RowProblem[];
  /** Every problem, kept or not. */
  problemCount: number;
  blankRows: number;
  /** Notes whose text starts like a formula (=, +, -, @): imported as text. */
  formulaLike: number;
}

export interface NotePlanner {
  /** Plans one row; null when the row is skipped (empty) or has a problem (see `totals().problems`). */
  add(cells: readonly string[], line: number): PlannedRow | null;
  totals(): PlanTotals;
}

/** A file can have a problem on every row; the first ones say what is wrong, and memory stays bounded. */
export const MAX_PROBLEMS_KEPT = 1000;
export const MAX_SPEAKER_CODE = 16;
const FORMULA_START = /^[=+\-@]/;

const key = (text: string) => text.trim().toLowerCase();

export function questionFinder(questions: readonly Question[]): (cell: string) => Question | undefined {
  const ordered = [...questions].sort((a, b) => a.order - b.order);
  const byText = new Map(ordered.map((q) => [key(q.text), q]));
  return (cell) => {
    const number = /^(?:q(?:uestion)?\s*)?(\d{1,3})\.?$/i.exec(cell.trim());
    if (number) return ordered[Number(number[1]) - 1];
    return byText.get(key(cell));
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}

/** The session a row goes into, or why it cannot: an existing one, or a title to make (or already made). */
type SessionChoice = { sessionId: string } | { newTitle: string; groupId: string | null } | { problem: string };

function sessionChooser(context: ImportContext, options: PlanOptions, planned: Map<string, PlannedSession>) {
  const byTitle = groupBy(context.sessions, (s) => key(s.title));
  const groupName = new Map(context.groups.map((g) => [g.id, g.name]));
  const defaultGroupId = options.newSessionGroupId ?? null;
  const { t } = options.translator ?? translatorFor();
  return (title: string, group: StakeholderGroup | undefined): SessionChoice => {
    const existing = byTitle.get(key(title)) ?? [];
    if (existing.length > 1) return { problem: t('importPlan.sameTitle', { count: existing.length, title }) };
    const session = existing[0];
    if (session) {
      if (group && session.groupId !== group.id) {
        const current = (session.groupId && groupName.get(session.groupId)) || t('importPlan.noGroupName');
        return { problem: t('importPlan.otherGroup', { title, current, group: group.name }) };
      }
      return { sessionId: session.id };
    }
    if (title.length > MAX_NAME_LENGTH) {
      return { problem: t('importPlan.longTitle', { max: MAX_NAME_LENGTH }) };
    }
    const groupId = group?.id ?? defaultGroupId;
    const made = planned.get(key(title));
    if (made && group && made.groupId !== group.id) {
      return { problem: t('importPlan.twoGroups', { title }) };
    }
    return made ? { sessionId: made.id } : { newTitle: title, groupId };
  };
}

// One function for the whole chain of row checks, in the order a person would fix them; splitting it would only
// pass the same dozen lookups around.
export function createNotePlanner(context: ImportContext, mapping: ColumnMapping, options: PlanOptions): NotePlanner {
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let blankRows = 0;
  let formulaLike = 0;
  let notes = 0;
  const sessions: PlannedSession[] = [];
  const participants: PlannedParticipant[] = [];
  const plannedSessions = new Map<string, PlannedSession>();
  const chooseSession = sessionChooser(context, options, plannedSessions);
  const findQuestion = questionFinder(context.questions);
  const kinds = new Map<string, string>();
  for (const k of context.project.kinds) {
    kinds.set(key(k.name), k.id);
    kinds.set(key(k.id), k.id);
  }
  const groups = new Map(context.groups.map((g) => [key(g.name), g]));
  const speakers = new Map(context.participants.map((p) => [`${p.sessionId}/${key(p.code)}`, p]));
  const plannedSpeakers = new Map<string, PlannedParticipant>();
  const defaultTitle = 'title' in options.defaultSession ? options.defaultSession.title : null;
  const { t } = options.translator ?? translatorFor();

  const report = (line: number, message: string): null => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS_KEPT) problems.push({ line, message });
    return null;
  };
  if (mapping.text === null) report(1, t('importPlan.chooseText'));

  const add = (cells: readonly string[], line: number): PlannedRow | null => {
    if (mapping.text === null) return null;
    const cell = (field: ImportField) => {
      const column = mapping[field];
      return column === null ? '' : (cells[column] ?? '').trim();
    };
    if (cells.every((c) => !c.trim())) {
      blankRows++;
      return null;
    }
    const fail = (message: string) => report(line, message);
    const text = (cells[mapping.text] ?? '').replace(/^\s+|\s+$/g, '');
    if (!text) return fail(t('importPlan.emptyText'));
    if (text.length > MAX_NOTE_LENGTH)
      return fail(t('importPlan.tooLong', { length: text.length, max: MAX_NOTE_LENGTH }));

    const groupCell = cell('group');
    const group = groupCell ? groups.get(key(groupCell)) : undefined;
    if (groupCell && !group) {
      return fail(t('importPlan.noGroup', { group: groupCell }));
    }
    const title = cell('session') || defaultTitle;
    const choice: SessionChoice = title
      ? chooseSession(title, group)
      : { sessionId: (options.defaultSession as { sessionId: string }).sessionId };
    if ('problem' in choice) return fail(choice.problem);

    const questionCell = cell('question');
    const question = questionCell ? findQuestion(questionCell) : undefined;
    if (questionCell && !question) return fail(t('importPlan.noQuestion', { question: questionCell }));

    const kindCell = cell('kind');
    const kind = kindCell ? kinds.get(key(kindCell)) : undefined;
    if (kindCell && !kind) {
      const names = context.project.kinds.map((k) => k.name).join(', ');
      return fail(t('importPlan.noKind', { kind: kindCell, kinds: names || t('importPlan.noKinds') }));
    }

    const code = cell('speaker');
    if (code.length > MAX_SPEAKER_CODE) {
      return fail(t('importPlan.longCode', { code: code.slice(0, 20), max: MAX_SPEAKER_CODE }));
    }
    const known = code && 'sessionId' in choice ? speakers.get(`${choice.sessionId}/${key(code)}`) : undefined;
    if (known?.consent === 'withdrawn') return fail(t('importPlan.withdrawn', { code }));

    const flags = {} as NoteFlags;
    for (const field of FLAG_FIELDS) {
      const value = readFlag(cell(field));
      if (value === null) {
        return fail(t('importPlan.notYesNo', { cell: cell(field), column: t(COLUMN_WORDS[field].heading) }));
      }
      flags[field] = value;
    }

    // Every check passed: only now does the row bring in a session or a participant.
    let newSession: PlannedSession | null = null;
    let sessionId: string;
    if ('sessionId' in choice) sessionId = choice.sessionId;
    else {
      newSession = { id: newId(), title: choice.newTitle, groupId: choice.groupId };
      plannedSessions.set(key(choice.newTitle), newSession);
      sessions.push(newSession);
      sessionId = newSession.id;
    }
    let newParticipant: PlannedParticipant | null = null;
    let participantId: string | null = known?.id ?? null;
    if (code && !participantId) {
      const speakerKey = `${sessionId}/${key(code)}`;
      const planned = plannedSpeakers.get(speakerKey);
      if (planned) participantId = planned.id;
      else {
        newParticipant = { id: newId(), sessionId, code };
        plannedSpeakers.set(speakerKey, newParticipant);
        participants.push(newParticipant);
        participantId = newParticipant.id;
      }
    }
    if (FORMULA_START.test(text)) formulaLike++;
    notes++;
    return {
      note: { sessionId, questionId: question?.id ?? null, participantId, kind: kind ?? null, text, flags },
      newSession,
      newParticipant,
    };
  };

  return {
    add,
    totals: () => ({ notes, sessions, participants, problems, problemCount, blankRows, formulaLike }),
  };
}

export interface ImportPreview extends PlanTotals {
  plan: NoteImportPlan;
  /** What the person should know before importing, in words (empty rows skipped, formula-like notes). */
  warnings: string[];
}

/** Plans a whole table: the app's preview and write, and any caller that can hold the file. */
export function planNoteImport(
  table: { rows: readonly (readonly string[])[]; lines: readonly number[] },
  mapping: ColumnMapping,
  context: ImportContext,
  options: PlanOptions,
): ImportPreview {
  const planner = createNotePlanner(context, mapping, options);
  const notes: PlannedNote[] = [];
  table.rows.forEach((row, index) => {
    const planned = planner.add(row, table.lines[index] ?? index + 2);
    if (planned) notes.push(planned.note);
  });
  const totals = planner.totals();
  return {
    ...totals,
    plan: { projectId: context.project.id, sessions: totals.sessions, participants: totals.participants, notes },
    warnings: importWarnings(totals, options.translator),
  };
}

/** What to know before importing, in the translator's language (English when none is given). */
export function importWarnings(
  totals: Pick<PlanTotals, 'blankRows' | 'formulaLike'>,
  { t }: Translator = translatorFor(),
): string[] {
  const warnings: string[] = [];
  const { blankRows, formulaLike } = totals;
  if (blankRows) warnings.push(t('importPlan.blankRows', { count: blankRows }));
  if (formulaLike) warnings.push(t('importPlan.formulaLike', { count: formulaLike }));
  return warnings;
}
