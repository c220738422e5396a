/**
 * The input of every derivation and export: one project's live records as plain arrays.
 * The caller (renderer query, CLI import) gathers them; `liveSnapshot` drops what must never be reported:
 * tombstones, notes of participants who withdrew consent (architecture: Domain model), and references to records that are gone.
 * It also brings findings written by older releases to today's shape (actions and measures as plain strings).
 */
import type {
  Coding,
  CodingPass,
  Finding,
  Memo,
  Note,
  NoteKind,
  Participant,
  Project,
  Question,
  Session,
  StakeholderGroup,
  Theme,
} from '../domain/schemas';
import { upgradeFindingRecord } from '../domain/actionPlan';
import { linkedThemesOf } from '../domain/noteThemes';
import { workshopSessionIds } from './workshopGroups';

/** Who mapped a session theme to a master theme, and when (from the change log; optional). */
export interface MappingRecord {
  themeId: string;
  masterThemeId: string | null;
  by: string;
  at: string;
}

export interface FindingsSnapshot {
  project: Project;
  groups: StakeholderGroup[];
  questions: Question[];
  sessions: Session[];
  participants: Participant[];
  notes: Note[];
  themes: Theme[];
  findings: Finding[];
  mappingLog?: MappingRecord[];
  /** Coders' independent theming of sessions, for the agreement report (optional: older callers have none). */
  codingPasses?: CodingPass[];
  codings?: Coding[];
  /** Analytical memos on the project, themes, notes and sessions (optional: older callers have none). */
  memos?: Memo[];
}

const live = <T extends { deleted?: boolean }>(records: readonly T[]): T[] => records.filter((r) => !r.deleted);

export function liveSnapshot(input: FindingsSnapshot): FindingsSnapshot {
  const groups = live(input.groups);
  const questions = live(input.questions);
  const sessions = live(input.sessions);
  const sessionIds = new Set(sessions.map((s) => s.id));
  const allParticipants = live(input.participants).filter((p) => sessionIds.has(p.sessionId));
  const withdrawn = new Set(allParticipants.filter((p) => p.consent === 'withdrawn').map((p) => p.id));
  const participants = allParticipants.filter((p) => !withdrawn.has(p.id));
  const themes = live(input.themes);
  const themeIds = new Set(themes.map((t) => t.id));
  const questionIds = new Set(questions.map((q) => q.id));
  const participantIds = new Set(participants.map((p) => p.id));
  const notes = live(input.notes)
    .filter((n) => sessionIds.has(n.sessionId) && !(n.participantId && withdrawn.has(n.participantId)))
    .map((n) => ({
      ...n,
      themeId: n.themeId && themeIds.has(n.themeId) ? n.themeId : null,
      // Links to themes that are gone are dropped, and so is a link to the note's own home (a merge can leave one).
      linkedThemeIds: linkedThemesOf(n).filter((id) => themeIds.has(id)),
      questionId: n.questionId && questionIds.has(n.questionId) ? n.questionId : null,
      participantId: n.participantId && participantIds.has(n.participantId) ? n.participantId : null,
    }));
  const noteIds = new Set(notes.map((n) => n.id));
  // Records from older releases (synced, bundled or stored) may hold actions and measures as plain strings.
  const findings = live(input.findings).map((f) => ({
    ...upgradeFindingRecord(f),
    themeIds: f.themeIds.filter((id) => themeIds.has(id)),
    evidenceNoteIds: f.evidenceNoteIds.filter((id) => noteIds.has(id)),
    quoteNoteIds: f.quoteNoteIds.filter((id) => noteIds.has(id)),
  }));
  return {
    project: input.project,
    groups,
    questions,
    sessions,
    participants,
    notes,
    themes: themes.map((t) => ({
      ...t,
      parentId: t.parentId && themeIds.has(t.parentId) ? t.parentId : null,
      masterThemeId: t.masterThemeId && themeIds.has(t.masterThemeId) ? t.masterThemeId : null,
    })),
    findings,
    ...(input.mappingLog ? { mappingLog: input.mappingLog } : {}),
    ...liveCodings(input, sessionIds, noteIds),
    ...liveMemos(input, { sessionIds, noteIds, themeIds }),
  };
}

/** Memos whose target is still here: a memo on a deleted note, theme or session is not reported. */
function liveMemos(
  input: FindingsSnapshot,
  ids: { sessionIds: ReadonlySet<string>; noteIds: ReadonlySet<string>; themeIds: ReadonlySet<string> },
): Pick<FindingsSnapshot, 'memos'> {
  if (!input.memos) return {};
  return { memos: live(input.memos).filter((memo) => memoTargetKept(memo, ids)) };
}

/** Whether a memo's target is among the records kept (the project always is). */
export function memoTargetKept(
  memo: Pick<Memo, 'target' | 'targetId'>,
  ids: { sessionIds: ReadonlySet<string>; noteIds: ReadonlySet<string>; themeIds: ReadonlySet<string> },
): boolean {
  if (memo.target === 'project') return true;
  if (memo.targetId === null) return false;
  const kept = { session: ids.sessionIds, note: ids.noteIds, theme: ids.themeIds }[memo.target];
  return kept.has(memo.targetId);
}

/** Passes of live sessions, and their codings of notes that may still be reported. */
function liveCodings(
  input: FindingsSnapshot,
  sessionIds: ReadonlySet<string>,
  noteIds: ReadonlySet<string>,
): Pick<FindingsSnapshot, 'codingPasses' | 'codings'> {
  if (!input.codingPasses) return {};
  const codingPasses = live(input.codingPasses).filter((p) => sessionIds.has(p.sessionId));
  const passIds = new Set(codingPasses.map((p) => p.id));
  const codings = live(input.codings ?? []).filter((c) => passIds.has(c.passId) && noteIds.has(c.noteId));
  return { codingPasses, codings };
}

export interface SnapshotIndex {
  groups: Map<string, StakeholderGroup>;
  questions: Map<string, Question>;
  sessions: Map<string, Session>;
  participants: Map<string, Participant>;
  notes: Map<string, Note>;
  themes: Map<string, Theme>;
  kinds: Map<string, NoteKind>;
  /** Notes assigned directly to each theme. */
  notesByTheme: Map<string, Note[]>;
  childrenByTheme: Map<string, Theme[]>;
  /** Sessions of council workshop groups: their notes are votes, never voices heard (workshopGroups.ts). */
  workshopSessions: Set<string>;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexSnapshot(snapshot: FindingsSnapshot): SnapshotIndex {
  const notesByTheme = new Map<string, Note[]>();
  for (const note of snapshot.notes) if (note.themeId) push(notesByTheme, note.themeId, note);
  const childrenByTheme = new Map<string, Theme[]>();
  for (const theme of snapshot.themes) if (theme.parentId) push(childrenByTheme, theme.parentId, theme);
  return {
    groups: byId(snapshot.groups),
    questions: byId(snapshot.questions),
    sessions: byId(snapshot.sessions),
    participants: byId(snapshot.participants),
    notes: byId(snapshot.notes),
    themes: byId(snapshot.themes),
    kinds: byId(snapshot.project.kinds),
    notesByTheme,
    childrenByTheme,
    workshopSessions: workshopSessionIds(snapshot.groups, snapshot.sessions),
  };
}

/** Ordering of machine strings (ISO dates, ids) by code unit: stable everywhere and far cheaper than localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sessions in date order (undated last), then by title: the order every report lists them in. */
export function sortSessions(sessions: readonly Session[]): Session[] {
  return [...sessions].sort(
    (a, b) =>
      compareCodeUnits(a.date ?? '9999', b.date ?? '9999') ||
      a.title.localeCompare(b.title) ||
      compareCodeUnits(a.id, b.id),
  );
}

export function sortGroups(groups: readonly StakeholderGroup[]): StakeholderGroup[] {
  return [...groups].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}
