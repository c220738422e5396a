/**
 * The privacy gate: one pure function from the project snapshot and the user's choices to
 * exactly what will leave. Every export is written from a plan (buildFindingsDocument accepts nothing else), so no
 * serialiser can skip the gate.
 *
 * Steps, in order: live records only (no tombstones, nothing from a participant who withdrew consent) → community
 * approval (a community's session leaves only as far as it approved: community.ts) → scope
 * (sessions, groups) → flag policy (drop or withhold flagged notes) → personal-information
 * matches, each redacted unless the user chose to keep it → the user's own marked spans → staff unnamed (who
 * recorded a finding's response leaves as "recorder 1": recorders.ts).
 * Re-planning with new choices is cheap when the caller passes the matches of an earlier scan (`matches`), since the
 * name tagger is the slow part.
 */
import type { Finding, Note, NoteFlags } from '../domain/schemas';
import { liveSnapshot, type FindingsSnapshot } from '../findings/snapshot';
import { noteRefs } from '../findings/noteRefs';
import type { FlagPolicy } from './flags';
import { DEFAULT_FLAG_POLICY, actionForNote, withheldText } from './flags';
import { redactText, type Span } from './redact';
import { exportedTexts, locationKey, scanSnapshot, type ScanOptions } from './scan';
import { applyCommunityGate, onScreenGate, talliedTotals, type CommunityGate } from './community';
import type { ExportScope } from './scope';
import { scopeSnapshot } from './scope';
import { withNumberedRecorders } from './recorders';
import type { PiiMatch, TextLocation } from './types';
import { memosThatLeave } from './memos';

declare const planBrand: unique symbol;

export interface ExportOptions {
  scope?: ExportScope;
  flags?: Partial<FlagPolicy>;
  /** Matches from an earlier `scanSnapshot` of this snapshot; when absent the plan scans. */
  matches?: readonly PiiMatch[];
  scan?: ScanOptions;
  /** Ids of matches the user let leave as they are; every other match is redacted. */
  keep?: Iterable<string>;
  /** Spans the user marked by hand. */
  manual?: readonly { location: TextLocation; start: number; end: number }[];
  /**
   * The facilitator's own screen, where nothing leaves (the findings screen): community sessions are shown whole.
   * Never set for anything written to a file or handed on; the every-format test checks exports without it.
   */
  onScreenOnly?: boolean;
  /**
   * "Return to community": the plan of one community session for its own community. The gate is lifted for that
   * session only and the scope is that session alone, so nothing of any other session or community can ride along.
   */
  communityReturn?: string;
}

export interface PlannedMatch extends PiiMatch {
  redacted: boolean;
}

export interface ExportPlan {
  /** Exactly what will leave: scoped, flag policy applied, redactions made. */
  snapshot: FindingsSnapshot;
  scope: { sessionIds: string[] | null; groupIds: string[] | null };
  flagPolicy: FlagPolicy;
  dropped: { noteId: string; flag: keyof NoteFlags }[];
  withheld: { noteId: string; flag: keyof NoteFlags }[];
  /** What community approval held back: sessions pending approval, and what approved sessions' scope left out. */
  community: CommunityGate;
  matches: PlannedMatch[];
  redactions: number;
  /** What the document counts: the records that leave, and the notes and speakers of tallied community sessions. */
  counts: {
    sessions: number;
    groups: number;
    participants: number;
    notes: number;
    themes: number;
    findings: number;
    /** Memos that leave in the findings data and REFI-QDA files (and in a report, when the user includes them). */
    memos: number;
  };
  /** Short references ("S2-N14") numbered over the whole project before scoping, so they never shift per export. */
  noteRefs: Record<string, string>;
  readonly [planBrand]: true;
}

function applyFlags(snapshot: FindingsSnapshot, policy: FlagPolicy) {
  const dropped: ExportPlan['dropped'] = [];
  const withheld: ExportPlan['withheld'] = [];
  const notes: Note[] = [];
  for (const note of snapshot.notes) {
    const { action, flag } = actionForNote(note, policy);
    if (action === 'drop' && flag) dropped.push({ noteId: note.id, flag });
    else if (action === 'withhold' && flag) {
      withheld.push({ noteId: note.id, flag });
      notes.push({ ...note, text: withheldText(flag) });
    } else notes.push(note);
  }
  const gone = new Set(dropped.map((d) => d.noteId));
  const findings = snapshot.findings.map((f) => ({
    ...f,
    evidenceNoteIds: f.evidenceNoteIds.filter((id) => !gone.has(id)),
    quoteNoteIds: f.quoteNoteIds.filter((id) => !gone.has(id)),
  }));
  return { snapshot: { ...snapshot, notes, findings }, dropped, withheld };
}

function redactSnapshot(snapshot: FindingsSnapshot, spans: ReadonlyMap<string, Span[]>): FindingsSnapshot {
  if (spans.size === 0) return snapshot;
  const fix = (location: TextLocation, text: string): string => {
    const list = spans.get(locationKey(location));
    return list ? redactText(text, list) : text;
  };
  return {
    ...snapshot,
    notes: snapshot.notes.map((n) => ({ ...n, text: fix({ table: 'notes', id: n.id, field: 'text' }, n.text) })),
    themes: snapshot.themes.map((t) => ({
      ...t,
      name: fix({ table: 'themes', id: t.id, field: 'name' }, t.name),
      description: fix({ table: 'themes', id: t.id, field: 'description' }, t.description),
    })),
    findings: snapshot.findings.map((f) => ({
      ...f,
      statement: fix({ table: 'findings', id: f.id, field: 'statement' }, f.statement),
      ...redactPlanParts(f, fix),
    })),
    sessions: snapshot.sessions.map((s) => ({
      ...s,
      title: fix({ table: 'sessions', id: s.id, field: 'title' }, s.title),
      location: fix({ table: 'sessions', id: s.id, field: 'location' }, s.location),
    })),
    ...(snapshot.memos
      ? {
          memos: snapshot.memos.map((m) => ({
            ...m,
            title: fix({ table: 'memos', id: m.id, field: 'title' }, m.title),
            text: fix({ table: 'memos', id: m.id, field: 'text' }, m.text),
          })),
        }
      : {}),
  };
}

/** The gate's account, narrowed to the sessions the user chose: a scoped export reports only what it concerns. */
function scopedGate(
  gate: CommunityGate,
  live: FindingsSnapshot,
  scope: ExportScope,
  leaving: FindingsSnapshot,
): CommunityGate {
  const leavingNotes = new Set(leaving.notes.map((n) => n.id));
  gate = { ...gate, textWithheld: gate.textWithheld.filter((id) => leavingNotes.has(id)) };
  if (!scope.sessionIds && !scope.groupIds) return gate;
  const inScope = new Set(
    scopeSnapshot({ ...live, notes: [], themes: [], findings: [] }, scope).sessions.map((s) => s.id),
  );
  return {
    ...gate,
    pending: gate.pending.filter((p) => inScope.has(p.sessionId)),
    limited: gate.limited.filter((l) => inScope.has(l.sessionId)),
    tallied: gate.tallied.filter((t) => inScope.has(t.sessionId)),
  };
}

type Fix = (location: TextLocation, text: string) => string;

/** A finding's actions, measures and response with the same redactions as its statement (scan.ts lists the parts). */
function redactPlanParts(f: Finding, fix: Fix): Pick<Finding, 'actions' | 'measures' | 'response'> {
  const at = (field: TextLocation['field'], index: number | undefined, part: string): TextLocation => ({
    table: 'findings',
    id: f.id,
    field,
    ...(index === undefined ? {} : { index }),
    part,
  });
  return {
    actions: f.actions.map((a, index) => ({
      ...a,
      text: fix(at('actions', index, 'text'), a.text),
      lead: fix(at('actions', index, 'lead'), a.lead),
      partners: a.partners.map((p, i) => fix(at('actions', index, `partner${i}`), p)),
    })),
    measures: f.measures.map((m, index) => ({
      text: fix(at('measures', index, 'text'), m.text),
      baseline: fix(at('measures', index, 'baseline'), m.baseline),
      target: fix(at('measures', index, 'target'), m.target),
      dataSource: fix(at('measures', index, 'dataSource'), m.dataSource),
    })),
    response: f.response
      ? {
          ...f.response,
          reason: fix(at('response', undefined, 'reason'), f.response.reason),
          outcome: fix(at('response', undefined, 'outcome'), f.response.outcome),
        }
      : null,
  };
}

export function planExport(snapshot: FindingsSnapshot, options: ExportOptions = {}): ExportPlan {
  const flagPolicy: FlagPolicy = { ...DEFAULT_FLAG_POLICY, ...options.flags };
  // Tombstones and the notes of participants who withdrew consent go first, whether or not the caller did it.
  const live = liveSnapshot(snapshot);
  const refs = noteRefs(live.sessions, live.notes);
  const gated = options.onScreenOnly
    ? { snapshot: live, gate: onScreenGate(live) }
    : applyCommunityGate(live, options.communityReturn);
  const scope = options.communityReturn ? { sessionIds: [options.communityReturn] } : (options.scope ?? {});
  const scoped = scopeSnapshot(gated.snapshot, scope);
  const flagged = applyFlags(scoped, flagPolicy);
  flagged.snapshot = memosThatLeave(flagged.snapshot, [
    ...flagged.withheld.map((w) => w.noteId),
    ...gated.gate.textWithheld,
  ]);

  // Only matches that still point at the same characters of a text that will leave are used: a stale scan
  // (the note was edited since) must not cut the wrong words.
  const texts = new Map<string, string>();
  for (const [location, text] of exportedTexts(flagged.snapshot)) texts.set(locationKey(location), text);
  const candidates = options.matches ?? scanSnapshot(flagged.snapshot, options.scan);
  const keep = new Set(options.keep ?? []);
  const matches: PlannedMatch[] = [];
  const spans = new Map<string, Span[]>();
  const addSpan = (key: string, span: Span): void => {
    const list = spans.get(key);
    if (list) list.push(span);
    else spans.set(key, [span]);
  };
  for (const match of candidates) {
    const key = locationKey(match.location);
    if (texts.get(key)?.slice(match.start, match.end) !== match.text) continue;
    const redacted = !keep.has(match.id);
    matches.push({ ...match, redacted });
    if (redacted) addSpan(key, match);
  }
  for (const mark of options.manual ?? []) {
    const key = locationKey(mark.location);
    const text = texts.get(key);
    if (text !== undefined && mark.start >= 0 && mark.end <= text.length && mark.start < mark.end) {
      addSpan(key, { start: mark.start, end: mark.end, kind: 'other' });
    }
  }
  const redacted = redactSnapshot(flagged.snapshot, spans);
  // No export names staff: who recorded a response leaves numbered; the facilitator's own screen shows the name.
  const out = options.onScreenOnly ? redacted : { ...redacted, findings: withNumberedRecorders(redacted.findings) };
  let redactions = 0;
  for (const list of spans.values()) redactions += list.length;
  const community = scopedGate(gated.gate, live, scope, flagged.snapshot);
  // A session known here by its community's tally counts its notes and speakers as the document does.
  const tallied = talliedTotals(community);
  return {
    snapshot: out,
    noteRefs: Object.fromEntries(out.notes.map((n) => [n.id, refs.get(n.id) ?? ''])),
    scope: {
      sessionIds: scope.sessionIds ? [...scope.sessionIds] : null,
      groupIds: scope.groupIds ? [...scope.groupIds] : null,
    },
    flagPolicy,
    dropped: flagged.dropped,
    withheld: flagged.withheld,
    community,
    matches,
    redactions,
    counts: {
      sessions: out.sessions.length,
      groups: out.groups.length,
      participants: out.participants.length + tallied.speakers,
      notes: out.notes.length + tallied.notes,
      themes: out.themes.length,
      findings: out.findings.length,
      memos: out.memos?.length ?? 0,
    },
  } as ExportPlan;
}
