/**
 * Community approval (architecture: Community approval): a session held with a community whose data it is leaves
 * only as far as the community approved. One rule, used by the export plan and by every bundle:
 *
 * - no approval recorded: nothing of the session leaves — not its title, notes, speakers, themes or codings — and
 *   the export says how many sessions are withheld pending approval;
 * - approval with `quotes`: its notes' words may leave (note flags still apply on top);
 * - approval with `counts` but not `quotes`: its notes are counted (coverage, breadth) with their text withheld;
 * - neither `quotes` nor `counts`: its notes and speakers stay home; the session is listed;
 * - `themes`: the themes made on its board leave by name; without it they stay home and its notes leave unthemed.
 * Speakers' attributes (age band, nation) are their words about themselves: they leave only with `quotes`.
 * A counts-only session whose notes are not here (it came by bundle, which leaves them home) is counted from the tally
 * that travelled on its session record (communityTally.ts): the gate lists it, and the document adds its counts
 * (sessions list, totals, coverage and breadth: findings/tallied.ts).
 */
import type { ApprovalScope, CommunityTally, Session } from '../domain/schemas';
import type { FindingsSnapshot } from '../findings/snapshot';
import { liveSnapshot } from '../findings/snapshot';

export type CommunityStatus =
  | { kind: 'open' }
  | { kind: 'pending'; community: string }
  | { kind: 'approved'; community: string; scope: ApprovalScope };

export function communityStatus(session: Pick<Session, 'community' | 'communityApproval'>): CommunityStatus {
  if (!session.community) return { kind: 'open' };
  if (!session.communityApproval) return { kind: 'pending', community: session.community.name };
  return { kind: 'approved', community: session.community.name, scope: session.communityApproval.scope };
}

/**
 * Whether a session's counts travel as a tally: its community approved counts but not its words. A session
 * approved for quotes carries its notes themselves, so a tally there would only be a second, staler copy of them;
 * every other session keeps its counts home with its notes.
 */
export function sharesCountsOnly(session: Pick<Session, 'community' | 'communityApproval'>): boolean {
  const status = communityStatus(session);
  return status.kind === 'approved' && status.scope.counts && !status.scope.quotes;
}

export const COMMUNITY_WITHHELD_TEXT = '[withheld: community approval]';

export interface CommunityGate {
  /** Sessions left out entirely until their community approves. */
  pending: { sessionId: string; community: string }[];
  /** Approved sessions whose approval leaves something out. */
  limited: { sessionId: string; community: string; scope: ApprovalScope }[];
  /** Notes counted with their text withheld (approval for counts, not quotes). */
  textWithheld: string[];
  /** Notes of approved sessions that stay home (approval for neither quotes nor counts). */
  notesLeftOut: number;
  /**
   * Counts-only sessions known here by their tally alone (none of their notes are here): their counts stand in for
   * the notes, whose text is withheld like that of the notes in `textWithheld`.
   */
  tallied: { sessionId: string; tally: CommunityTally }[];
}

export const NO_GATE: CommunityGate = { pending: [], limited: [], textWithheld: [], notesLeftOut: 0, tallied: [] };

/** Notes and speakers of the sessions known by their tally alone (their notes and speakers stayed home). */
export function talliedTotals(gate: Pick<CommunityGate, 'tallied'>): { notes: number; speakers: number } {
  return gate.tallied.reduce(
    (sum, { tally }) => ({ notes: sum.notes + tally.notes, speakers: sum.speakers + tally.speakers }),
    { notes: 0, speakers: 0 },
  );
}

/** Notes counted with their text withheld: the notes here, and those a tally counts for a session whose notes are not. */
export function notesCountedWithoutText(gate: Pick<CommunityGate, 'textWithheld' | 'tallied'>): number {
  return gate.textWithheld.length + talliedTotals(gate).notes;
}

/** The names of the communities whose sessions are pending, each once, in the order first met. */
export function pendingCommunities(gate: Pick<CommunityGate, 'pending'>): string[] {
  return [...new Set(gate.pending.map((p) => p.community))];
}

interface SessionRule {
  community: string;
  scope: ApprovalScope;
}

/** Approved sessions' rules, and the ids of sessions still pending. */
function rulesOf(sessions: readonly Session[], returning: string | undefined) {
  const pending: CommunityGate['pending'] = [];
  const rules = new Map<string, SessionRule>();
  for (const session of sessions) {
    const status = session.id === returning ? ({ kind: 'open' } as const) : communityStatus(session);
    if (status.kind === 'pending') pending.push({ sessionId: session.id, community: status.community });
    if (status.kind === 'approved') rules.set(session.id, { community: status.community, scope: status.scope });
  }
  return { pending, rules };
}

/**
 * Counts-only sessions with a tally and none of their notes: the importing side of a bundle. Where the notes are
 * here (the device that took the tally), they are counted themselves and the tally is not needed.
 */
function talliesStandingIn(snapshot: FindingsSnapshot, returning: string | undefined): CommunityGate['tallied'] {
  const withNotes = new Set(snapshot.notes.map((n) => n.sessionId));
  return snapshot.sessions.flatMap((session) => {
    const tally = session.communityTally;
    const standsIn = tally && session.id !== returning && sharesCountsOnly(session) && !withNotes.has(session.id);
    return standsIn ? [{ sessionId: session.id, tally }] : [];
  });
}

/**
 * The gate of the findings screen, which is local and shows every session whole: nothing is cut, but a session
 * known here by its community's tally alone still counts (its notes are not here to count), so the screen agrees
 * with the exports about it.
 */
export function onScreenGate(snapshot: FindingsSnapshot): CommunityGate {
  return { ...NO_GATE, tallied: talliesStandingIn(snapshot, undefined) };
}

/**
 * Applies the rule to a live snapshot; `returning` names a session whose data goes back to its own community
 * (exempt: it is theirs). Returns the snapshot with pending sessions gone and approved sessions cut
 * to their scope, then cleaned again by `liveSnapshot` so nothing still points at what was removed (a finding's
 * evidence, a note's theme, a sub-theme's parent).
 */
export function applyCommunityGate(
  snapshot: FindingsSnapshot,
  returning?: string,
): { snapshot: FindingsSnapshot; gate: CommunityGate } {
  const { pending, rules } = rulesOf(snapshot.sessions, returning);
  const gate: CommunityGate = { pending, limited: [], textWithheld: [], notesLeftOut: 0, tallied: [] };
  if (pending.length === 0 && rules.size === 0) return { snapshot, gate };
  gate.tallied = talliesStandingIn(snapshot, returning);
  for (const [sessionId, rule] of rules) {
    const { quotes, counts, themes } = rule.scope;
    if (!(quotes && counts && themes)) gate.limited.push({ sessionId, ...rule });
  }
  const gone = new Set(pending.map((p) => p.sessionId));
  const themeless = new Set([...rules].filter(([, r]) => !r.scope.themes).map(([id]) => id));
  const notes = [];
  for (const note of snapshot.notes) {
    if (gone.has(note.sessionId)) continue;
    const rule = rules.get(note.sessionId);
    if (rule && !rule.scope.quotes && !rule.scope.counts) {
      gate.notesLeftOut++;
      continue;
    }
    let out = note;
    if (rule && !rule.scope.quotes) {
      gate.textWithheld.push(note.id);
      out = { ...out, text: COMMUNITY_WITHHELD_TEXT };
    }
    if (rule && !rule.scope.themes) out = { ...out, themeId: null, linkedThemeIds: [] };
    notes.push(out);
  }
  const speakersStay = new Set([...rules].filter(([, r]) => !r.scope.quotes && !r.scope.counts).map(([id]) => id));
  const cut: FindingsSnapshot = {
    ...snapshot,
    sessions: snapshot.sessions.filter((s) => !gone.has(s.id)),
    // Speakers are counted by code; what they told about themselves (attributes) leaves only with their words.
    participants: snapshot.participants
      .filter((p) => !gone.has(p.sessionId) && !speakersStay.has(p.sessionId))
      .map((p) => (rules.get(p.sessionId)?.scope.quotes === false ? { ...p, attributes: {} } : p)),
    notes,
    themes: snapshot.themes.filter(
      (t) => t.sessionId === null || (!gone.has(t.sessionId) && !themeless.has(t.sessionId)),
    ),
    // A coder's theming says which theme a note is in: it follows the themes rule.
    ...(snapshot.codingPasses
      ? {
          codingPasses: snapshot.codingPasses.filter((p) => !gone.has(p.sessionId) && !themeless.has(p.sessionId)),
          codings: (snapshot.codings ?? []).filter((c) => !gone.has(c.sessionId) && !themeless.has(c.sessionId)),
        }
      : {}),
    // A memo about a community's session may repeat its words: it leaves only once the community approved quotes.
    ...(snapshot.memos
      ? {
          memos: snapshot.memos.filter(
            (m) => m.sessionId === null || (!gone.has(m.sessionId) && rules.get(m.sessionId)?.scope.quotes !== false),
          ),
        }
      : {}),
  };
  if (cut.mappingLog) {
    const kept = new Set(cut.themes.map((t) => t.id));
    cut.mappingLog = cut.mappingLog.filter((m) => kept.has(m.themeId));
  }
  return { snapshot: liveSnapshot(cut), gate };
}
