/**
 * Builds the findings document from an export plan: the one structure every serialiser writes from, so the
 * workbook, JSON, CSV, report and REFI-QDA files can never disagree with each other or skip the privacy gate.
 */
import { linkedThemesOf, themesOfNote } from '../domain/noteThemes';
import type { Note, Theme } from '../domain/schemas';
import type { ExportPlan } from '../privacy/plan';
import { notesCountedWithoutText, talliedTotals } from '../privacy/community';
import { breadthOf, type Breadth } from './breadth';
import { buildCoverage, heldSessionsByGroup } from './coverage';
import { isWorkshopGroupName } from './workshopGroups';
import { FINDINGS_FORMAT, FINDINGS_VERSION, type FindingsDocument, type Quote } from './documentSchema';
import { dominantKind, roleOfKind } from './framework';
import {
  assignNoteRows,
  assignNotes,
  isMasterTheme,
  reportingThemeOf,
  reportingThemes,
  type ReportLevel,
} from './levels';
import { isQuotable, pickQuotes } from './quotes';
import { talliedCounts, type TalliedCounts } from './tallied';
import { rankThemes } from './ranking';
import {
  compareCodeUnits,
  indexSnapshot,
  sortGroups,
  sortSessions,
  type FindingsSnapshot,
  type SnapshotIndex,
} from './snapshot';
import { agreementReport } from '../agreement/report';
import { memosPart } from './memos';

export interface DocumentOptions {
  /** ISO date-time of the export; passed in so the builder stays pure and repeatable. */
  now: string;
  level?: ReportLevel;
  quotesPerTheme?: number;
  generator?: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toQuote(note: Note, index: SnapshotIndex): Quote {
  return {
    noteId: note.id,
    text: note.text,
    sessionId: note.sessionId,
    groupId: index.sessions.get(note.sessionId)?.groupId ?? null,
    participantCode: note.participantId ? (index.participants.get(note.participantId)?.code ?? null) : null,
  };
}

/** What every part of the document is built from: the notes and themes that feed each reported row. */
interface Rows {
  snapshot: FindingsSnapshot;
  index: SnapshotIndex;
  level: ReportLevel;
  /** Each note's reported row (a theme id) through its home theme, at this level. */
  assigned: Map<string, string>;
  /** Every row each note counts in: its home's, then its linked themes' (each once). */
  assignedRows: Map<string, string[]>;
  rows: Theme[];
  notesOfRow: Map<string, Note[]>;
  /** Every theme that feeds a row: the row itself, its sub-themes and (master level) the board themes mapped to it. */
  feeders: Map<string, Theme[]>;
  findingsOfRow: Map<string, FindingsSnapshot['findings']>;
  groupOfSession(sessionId: string): string | null;
  /** Notes whose text is withheld (a community approved counts, not quotes): never quoted nor offered as ideas. */
  textWithheld: ReadonlySet<string>;
  /** What sessions known by their community's tally alone add to coverage and breadth (their notes stayed home). */
  tallied: TalliedCounts;
}

function rowsOf(snapshot: FindingsSnapshot, level: ReportLevel, community: ExportPlan['community']): Rows {
  const index = indexSnapshot(snapshot);
  const assigned = assignNotes(snapshot, level, index);
  const assignedRows = assignNoteRows(snapshot, level, index);
  const notesOfRow = new Map<string, Note[]>();
  for (const note of snapshot.notes) for (const row of assignedRows.get(note.id) ?? []) push(notesOfRow, row, note);
  const feeders = new Map<string, Theme[]>();
  for (const theme of snapshot.themes) {
    const row = reportingThemeOf(theme.id, level, index);
    if (row) push(feeders, row.id, theme);
  }
  const findingsOfRow = new Map<string, FindingsSnapshot['findings']>();
  for (const finding of snapshot.findings) {
    const targets = new Set(finding.themeIds.map((id) => reportingThemeOf(id, level, index)?.id).filter(Boolean));
    for (const target of targets) push(findingsOfRow, target as string, finding);
  }
  return {
    snapshot,
    index,
    level,
    assigned,
    assignedRows,
    rows: reportingThemes(snapshot, level, assignedRows),
    notesOfRow,
    feeders,
    findingsOfRow,
    groupOfSession: (sessionId) => index.sessions.get(sessionId)?.groupId ?? null,
    textWithheld: new Set(community.textWithheld),
    tallied: talliedCounts(community.tallied, level, index),
  };
}

function rankRows({ rows, feeders, notesOfRow, index, tallied }: Rows) {
  return rankThemes(
    rows.map((theme) => {
      const themeVotes = (feeders.get(theme.id) ?? []).reduce((sum, t) => sum + t.votes, 0);
      return {
        id: theme.id,
        name: theme.name,
        theme,
        breadth: breadthOf(notesOfRow.get(theme.id) ?? [], themeVotes, index, tallied.byRow.get(theme.id)),
      };
    }),
  );
}

function buildRanking(
  source: Rows,
  ranked: ReturnType<typeof rankRows>,
  quotesPerTheme: number,
): FindingsDocument['ranking'] {
  const { snapshot, index, notesOfRow, findingsOfRow, feeders, groupOfSession, textWithheld } = source;
  const roles = new Map(snapshot.project.kinds.map((k) => [k.id, roleOfKind(k)]));
  return ranked.map(({ theme, breadth, rank }) => {
    const notes = notesOfRow.get(theme.id) ?? [];
    const speakable = notes.filter((n) => !textWithheld.has(n.id));
    const findings = findingsOfRow.get(theme.id) ?? [];
    const quotes = pickQuotes(speakable, {
      max: quotesPerTheme,
      preferred: findings.flatMap((f) => f.quoteNoteIds),
      groupOfSession,
    });
    return {
      themeId: theme.id,
      rank,
      name: theme.name,
      description: theme.description,
      votes: breadth.votes,
      noteCount: breadth.noteCount,
      sessionIds: breadth.sessionIds,
      groupIds: breadth.groupIds,
      participantCount: breadth.participantCount,
      byKind: breadth.byKind,
      quotes: quotes.map((n) => toQuote(n, index)),
      evidenceNoteIds: notes.map((n) => n.id),
      subThemeIds: (index.childrenByTheme.get(theme.id) ?? []).map((t) => t.id),
      feederThemeIds: (feeders.get(theme.id) ?? [])
        .filter((t) => t.id !== theme.id && !isMasterTheme(t))
        .map((t) => t.id),
      actions: findings.flatMap((f) => f.actions.map((a) => a.text)),
      measures: findings.flatMap((f) => f.measures.map((m) => m.text)),
      ideaNoteIds: speakable.filter((n) => n.kind && roles.get(n.kind) === 'action' && isQuotable(n)).map((n) => n.id),
    };
  });
}

function buildFindings({ snapshot, index, groupOfSession, textWithheld }: Rows): FindingsDocument['findings'] {
  return snapshot.findings.map((finding) => {
    const evidence = finding.evidenceNoteIds.map((id) => index.notes.get(id)).filter((n): n is Note => !!n);
    const breadth: Breadth = breadthOf(evidence, 0, index);
    const kind =
      finding.kind && index.kinds.has(finding.kind) ? finding.kind : dominantKind(evidence, snapshot.project.kinds);
    return {
      id: finding.id,
      statement: finding.statement,
      kind,
      themeIds: finding.themeIds,
      evidenceNoteIds: evidence.map((n) => n.id),
      quotes: pickQuotes(
        evidence.filter((n) => !textWithheld.has(n.id)),
        { max: 3, preferred: finding.quoteNoteIds, groupOfSession },
      ).map((n) => toQuote(n, index)),
      priority: finding.priority,
      actions: finding.actions.map((a) => ({ ...a, partners: [...a.partners] })),
      measures: finding.measures.map((m) => ({ ...m })),
      response: finding.response ? { ...finding.response } : null,
      noteCount: breadth.noteCount,
      sessionCount: breadth.sessionIds.length,
      groupIds: breadth.groupIds,
    };
  });
}

function buildFramework(
  snapshot: FindingsSnapshot,
  findings: FindingsDocument['findings'],
): FindingsDocument['framework'] {
  return [
    ...snapshot.project.kinds.map((k) => ({
      kind: k.id,
      name: k.name,
      findingIds: findings.filter((f) => f.kind === k.id).map((f) => f.id),
    })),
    { kind: null, name: 'Not classified', findingIds: findings.filter((f) => f.kind === null).map((f) => f.id) },
  ];
}

/** Notes in reading order: by session (in the sessions' order), then as written. */
function notesInOrder(snapshot: FindingsSnapshot): Note[] {
  const sessionOrder = new Map(sortSessions(snapshot.sessions).map((s, i) => [s.id, i]));
  return [...snapshot.notes].sort(
    (a, b) =>
      (sessionOrder.get(a.sessionId) ?? 0) - (sessionOrder.get(b.sessionId) ?? 0) ||
      compareCodeUnits(a.createdAt, b.createdAt) ||
      compareCodeUnits(a.id, b.id),
  );
}

/** The records as they leave: sessions, participants, themes and notes, each with what a reader needs beside it. */
function listRecords(plan: ExportPlan, source: Rows, notes: Note[]) {
  const { snapshot, assigned, assignedRows } = source;
  const notesPerSession = new Map<string, number>();
  for (const note of notes) notesPerSession.set(note.sessionId, (notesPerSession.get(note.sessionId) ?? 0) + 1);
  const directCount = new Map<string, number>();
  // A theme's own notes: those whose home it is and those linked to it.
  for (const note of notes)
    for (const themeId of themesOfNote(note)) directCount.set(themeId, (directCount.get(themeId) ?? 0) + 1);
  const withheld = new Set([...plan.withheld.map((w) => w.noteId), ...plan.community.textWithheld]);
  // A counts-only session that came by bundle has its tally, not its notes or speakers: the tally counts for them.
  const tallies = new Map(plan.community.tallied.map((t) => [t.sessionId, t.tally]));
  return {
    questions: [...snapshot.questions]
      .sort((a, b) => a.order - b.order)
      .map((q) => ({ id: q.id, text: q.text, order: q.order })),
    sessions: sortSessions(snapshot.sessions).map((s) => ({
      id: s.id,
      title: s.title,
      groupId: s.groupId,
      date: s.date,
      status: s.status,
      attendance: s.attendance,
      noteCount: tallies.get(s.id)?.notes ?? notesPerSession.get(s.id) ?? 0,
      participantCount: tallies.get(s.id)?.speakers ?? snapshot.participants.filter((p) => p.sessionId === s.id).length,
    })),
    participants: snapshot.participants.map((p) => ({
      id: p.id,
      code: p.code,
      sessionId: p.sessionId,
      attributes: { ...p.attributes },
    })),
    themes: snapshot.themes.map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      color: t.color,
      parentId: t.parentId,
      masterThemeId: t.masterThemeId,
      sessionId: t.sessionId,
      isMaster: isMasterTheme(t),
      noteCount: directCount.get(t.id) ?? 0,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      ref: plan.noteRefs[n.id] ?? '',
      text: n.text,
      sessionId: n.sessionId,
      questionId: n.questionId,
      participantId: n.participantId,
      kind: n.kind,
      themeId: n.themeId,
      reportingThemeId: assigned.get(n.id) ?? null,
      ...linksOfNote(n, assignedRows.get(n.id) ?? []),
      votes: n.votes,
      flags: { ...n.flags },
      withheld: withheld.has(n.id),
    })),
  };
}

/**
 * A linked note's further themes and every row it counts in; left out for a note in one theme, so a document of
 * notes without links reads exactly as before.
 */
function linksOfNote(note: Note, rows: readonly string[]): { linkedThemeIds?: string[]; reportingThemeIds?: string[] } {
  const linkedThemeIds = linkedThemesOf(note);
  return linkedThemeIds.length ? { linkedThemeIds, reportingThemeIds: [...rows] } : {};
}

export function buildFindingsDocument(plan: ExportPlan, options: DocumentOptions): FindingsDocument {
  const snapshot = plan.snapshot;
  const level = options.level ?? 'session';
  const source = rowsOf(snapshot, level, plan.community);
  const { index } = source;
  const ranked = rankRows(source);
  const findings = buildFindings(source);
  const coverage = buildCoverage(
    snapshot,
    index,
    ranked.map((r) => r.theme),
    source.notesOfRow,
    source.tallied,
  );
  const notes = notesInOrder(snapshot);
  const tallied = talliedTotals(plan.community);
  // Sessions and groups heard: the coverage columns, which leave a council workshop's group out.
  const heldSessions = coverage.columns.reduce((sum, c) => sum + c.heldSessions, 0);
  const heldByGroup = heldSessionsByGroup(snapshot, index, source.tallied);
  const attendance = (groupId: string | null) =>
    snapshot.sessions
      .filter((s) => groupId === null || s.groupId === groupId)
      .reduce((sum, s) => sum + (s.attendance ?? 0), 0);

  return {
    format: FINDINGS_FORMAT,
    version: FINDINGS_VERSION,
    generatedAt: options.now,
    generator: options.generator ?? 'Fieldnotes',
    level,
    project: {
      id: snapshot.project.id,
      name: snapshot.project.name,
      description: snapshot.project.description,
      kinds: snapshot.project.kinds.map((k) => ({
        id: k.id,
        name: k.name,
        color: k.color,
        description: k.description,
      })),
    },
    privacy: {
      scope: plan.scope,
      flagPolicy: plan.flagPolicy,
      notesDropped: plan.dropped.length,
      notesWithheld: plan.withheld.length,
      redactions: plan.redactions,
      sessionsPendingApproval: plan.community.pending.length,
      communityNotesWithheld: notesCountedWithoutText(plan.community),
    },
    totals: {
      sessions: snapshot.sessions.length,
      heldSessions,
      groups: snapshot.groups.filter((g) => !isWorkshopGroupName(g.name)).length,
      attendance: attendance(null),
      participants: snapshot.participants.length + tallied.speakers,
      notes: notes.length + tallied.notes,
      themes: snapshot.themes.length,
      findings: findings.length,
    },
    groups: sortGroups(snapshot.groups).map((g) => ({
      id: g.id,
      name: g.name,
      color: g.color,
      heldSessions: heldByGroup.get(g.id) ?? 0,
      attendance: attendance(g.id),
    })),
    ...listRecords(plan, source, notes),
    ranking: buildRanking(source, ranked, options.quotesPerTheme ?? 3),
    findings,
    framework: buildFramework(snapshot, findings),
    coverage,
    mappings: (snapshot.mappingLog ?? []).map((m) => ({ ...m })),
    unmappedThemeIds:
      level === 'master'
        ? snapshot.themes
            .filter((t) => !isMasterTheme(t) && !t.parentId && reportingThemeOf(t.id, 'master', index) === null)
            .map((t) => t.id)
        : [],
    ...agreementPart(snapshot),
    ...memosPart(snapshot),
  };
}

/** Agreement between coders, only when some session has it (so documents without coding stay as they were). */
function agreementPart(snapshot: FindingsSnapshot): Pick<FindingsDocument, 'agreement'> {
  const agreement = agreementReport(snapshot);
  return agreement.length ? { agreement } : {};
}
