/**
 * From a read table and the user's column mapping to exactly what the import will write, or to every row that
 * cannot be imported and why. Pure: the dialog shows the result as a preview, and the command writes the plan in
 * one transaction only when no row has a problem (all or nothing).
 *
 * Rows are matched to what the project already has, case-insensitively: a session by title (a new one is made for
 * a title the project lacks), a question by its text or its number in the guide (3, Q3), a kind by name or id, a
 * speaker code within its session (new codes become participants). Cell text is taken literally: a cell that
 * looks like a formula ("=SUM(A1)") is a note like any other and is never calculated.
 */
import { newId } from '../../shared/domain/ids';
import { MAX_NOTE_LENGTH } from '../../shared/domain/limits';
import type { Participant, Project, Question, Session, StakeholderGroup } from '../../shared/domain/schemas';
import { NO_FLAGS } from '../../shared/domain/schemas';
import type { NoteImportPlan } from '../data/commands/findings';
import type { ColumnMapping } from './columns';
import type { ImportTable } from './importTable';

export interface ImportContext {
  project: Project;
  sessions: Session[];
  groups: StakeholderGroup[];
  questions: Question[];
  participants: Participant[];
}

/** Where rows without a session cell go. */
export type DefaultSession = { sessionId: string } | { newTitle: string };

export interface RowProblem {
  /** The row's line (CSV) or row number (xlsx) in the file. */
  line: number;
  message: string;
}

export interface ImportPreview {
  plan: NoteImportPlan;
  problems: RowProblem[];
  /** Rows with no text at all, skipped. */
  blankRows: number;
  /** Notes whose text starts like a formula: imported as text, reported so nobody is surprised. */
  formulaLike: number;
}

const key = (text: string) => text.trim().toLowerCase();
const FORMULA_START = /^[=+\-@]/;
const MAX_CODE = 16;

export function questionFinder(questions: readonly Question[]): (cell: string) => Question | undefined {
  const ordered = [...questions].sort((a, b) => a.order - b.order);
  const byText = new Map(ordered.map((q) => [key(q.text), q]));
  return (cell) => {
    const number = /^(?:q(?:uestion)?\s*)?(\d{1,3})\.?$/i.exec(cell.trim());
    if (number) return ordered[Number(number[1]) - 1];
    return byText.get(key(cell));
  };
}

export function planImport(
  table: ImportTable,
  mapping: ColumnMapping,
  context: ImportContext,
  defaultSession: DefaultSession,
): ImportPreview {
  const problems: RowProblem[] = [];
  const plan: NoteImportPlan = { projectId: context.project.id, sessions: [], participants: [], notes: [] };
  const cell = (row: string[], column: number | null) => (column === null ? '' : (row[column] ?? '').trim());
  const findQuestion = questionFinder(context.questions);
  const kinds = new Map<string, string>();
  for (const k of context.project.kinds) {
    kinds.set(key(k.name), k.id);
    kinds.set(key(k.id), k.id);
  }
  const groups = new Map(context.groups.map((g) => [key(g.name), g]));
  const groupName = new Map(context.groups.map((g) => [g.id, g.name]));
  const sessionsByTitle = new Map<string, Session[]>();
  for (const s of context.sessions)
    sessionsByTitle.set(key(s.title), [...(sessionsByTitle.get(key(s.title)) ?? []), s]);
  const newSessions = new Map<string, NoteImportPlan['sessions'][number]>();
  const participants = new Map<string, string>();
  for (const p of context.participants) participants.set(`${p.sessionId}/${key(p.code)}`, p.id);
  const withdrawn = new Set(context.participants.filter((p) => p.consent === 'withdrawn').map((p) => p.id));
  let blankRows = 0;
  let formulaLike = 0;

  const newSession = (title: string, groupId: string | null) => {
    let made = newSessions.get(key(title));
    if (!made) {
      made = { id: newId(), title, groupId };
      newSessions.set(key(title), made);
      plan.sessions.push(made);
    }
    return made;
  };

  if (mapping.text === null) {
    return {
      plan,
      problems: [{ line: 1, message: 'choose the column that holds the note text' }],
      blankRows,
      formulaLike,
    };
  }
  table.rows.forEach((row, index) => {
    const line = table.lines[index] ?? index + 2;
    if (row.every((c) => !c.trim())) {
      blankRows++;
      return;
    }
    const fail = (message: string) => problems.push({ line, message });
    const text = (row[mapping.text!] ?? '').replace(/^\s+|\s+$/g, '');
    if (!text) return fail('the note text is empty');
    if (text.length > MAX_NOTE_LENGTH) {
      return fail(
        `the note is ${text.length.toLocaleString('en')} characters; a note holds at most ${MAX_NOTE_LENGTH.toLocaleString('en')}`,
      );
    }
    if (FORMULA_START.test(text)) formulaLike++;

    const groupCell = cell(row, mapping.group);
    const group = groupCell ? groups.get(key(groupCell)) : undefined;
    if (groupCell && !group) {
      return fail(`there is no stakeholder group “${groupCell}” in this project (add it in Setup, or fix the cell)`);
    }
    const title = cell(row, mapping.session);
    let sessionId: string;
    if (title) {
      const existing = sessionsByTitle.get(key(title)) ?? [];
      if (existing.length > 1) return fail(`${existing.length} sessions are called “${title}”; rename one first`);
      if (existing[0]) {
        const session = existing[0];
        if (group && session.groupId !== group.id) {
          const current = session.groupId ? groupName.get(session.groupId) : 'no group';
          return fail(`session “${title}” belongs to ${current}, not ${group.name}`);
        }
        sessionId = session.id;
      } else {
        const made = newSession(title, group?.id ?? null);
        if (group && made.groupId !== group.id) {
          return fail(`session “${title}” is given two different stakeholder groups in this file`);
        }
        sessionId = made.id;
      }
    } else if ('sessionId' in defaultSession) {
      sessionId = defaultSession.sessionId;
    } else {
      sessionId = newSession(defaultSession.newTitle, group?.id ?? null).id;
    }

    const questionCell = cell(row, mapping.question);
    const question = questionCell ? findQuestion(questionCell) : undefined;
    if (questionCell && !question) return fail(`question “${questionCell}” is not in the discussion guide`);

    const kindCell = cell(row, mapping.kind);
    const kind = kindCell ? kinds.get(key(kindCell)) : undefined;
    if (kindCell && !kind) {
      const names = context.project.kinds.map((k) => k.name).join(', ');
      return fail(`“${kindCell}” is not one of the project’s kinds (${names || 'none defined'})`);
    }

    const code = cell(row, mapping.speaker);
    let participantId: string | null = null;
    if (code) {
      if (code.length > MAX_CODE)
        return fail(`speaker code “${code.slice(0, 20)}…” is longer than ${MAX_CODE} characters`);
      const speakerKey = `${sessionId}/${key(code)}`;
      participantId = participants.get(speakerKey) ?? null;
      if (participantId && withdrawn.has(participantId)) {
        return fail(`speaker ${code} withdrew consent; their notes cannot be imported`);
      }
      if (!participantId) {
        participantId = newId();
        participants.set(speakerKey, participantId);
        plan.participants.push({ id: participantId, sessionId, code });
      }
    }
    plan.notes.push({
      sessionId,
      questionId: question?.id ?? null,
      participantId,
      kind: kind ?? null,
      text,
      flags: { ...NO_FLAGS },
    });
  });
  return { plan, problems, blankRows, formulaLike };
}
