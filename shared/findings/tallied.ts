/**
 * What counts-only community sessions known here by their tally alone add to coverage and breadth (architecture:
 * Community approval). Their notes stayed home, so coverage and breadth, which count notes in rows, would see
 * nothing of them; the tally says how many notes the session holds and, when its community approved themes too,
 * how many count under each master theme. One place turns the gate's `tallied` list into what both read:
 *
 * - a tallied session that holds notes has run, like a session whose notes are here (its group has been heard);
 * - at master level, each master theme's notes, their speakers, votes and kinds land on the reporting row that
 *   master theme counts in here;
 * - at session level the rows are board themes, which stayed home with the notes, so the tally adds to no row; nor
 *   does a tally without `byMasterTheme` (no approval for themes, or taken before it existed).
 */
import type { CommunityGate } from '../privacy/community';
import type { ReportLevel } from './levels';
import { isMasterTheme, reportingThemeOf } from './levels';
import type { SnapshotIndex } from './snapshot';

/** A tallied session's part of one reporting row. */
export interface TalliedShare {
  sessionId: string;
  notes: number;
  /** Its speakers there (a speaker belongs to one session, so these add to every other session's). */
  speakers: number;
  /** Votes on its notes there and on its board themes that feed the row. */
  votes: number;
  /** Its notes there per kind ('' for notes without one), as `Breadth.byKind` counts them. */
  byKind: Readonly<Record<string, number>>;
}

type Tally = CommunityGate['tallied'][number]['tally'];
type RowShare = Omit<TalliedShare, 'sessionId'>;

export interface TalliedCounts {
  /** Tallied sessions that hold notes: they have run, whatever their status says. */
  withNotes: ReadonlySet<string>;
  /** Per reporting row (theme id): each tallied session's notes counted there. */
  byRow: ReadonlyMap<string, readonly TalliedShare[]>;
}

export const NO_TALLIES: TalliedCounts = { withNotes: new Set(), byRow: new Map() };

/**
 * The rows of one tally at master level, each row once. Two of its master themes may land on one row here (one is
 * a sub-theme of the other on this computer): their counts add up, but never to more notes or speakers than the
 * session holds, nor more notes of a kind than the row has.
 */
function rowsOfTally(tally: Tally, index: SnapshotIndex): Map<string, RowShare> {
  const rows = new Map<string, RowShare>();
  for (const entry of tally.byMasterTheme ?? []) {
    // The master theme's row here; a master theme erased here (or not yet synced) has none, and an id that names
    // anything but a master theme is not one a tally can carry.
    const theme = index.themes.get(entry.masterThemeId);
    const row = theme && isMasterTheme(theme) ? reportingThemeOf(theme.id, 'master', index)?.id : undefined;
    if (!row) continue;
    const share = rows.get(row) ?? { notes: 0, speakers: 0, votes: 0, byKind: {} };
    const notes = Math.min(tally.notes, share.notes + entry.notes);
    const byKind: Record<string, number> = { ...share.byKind };
    for (const { kind, notes: ofKind } of entry.byKind) {
      byKind[kind ?? ''] = Math.min(notes, (byKind[kind ?? ''] ?? 0) + ofKind);
    }
    rows.set(row, {
      notes,
      speakers: Math.min(tally.speakers, share.speakers + entry.speakers),
      votes: share.votes + entry.votes,
      byKind,
    });
  }
  return rows;
}

export function talliedCounts(
  tallied: CommunityGate['tallied'],
  level: ReportLevel,
  index: SnapshotIndex,
): TalliedCounts {
  const withNotes = new Set<string>();
  const byRow = new Map<string, TalliedShare[]>();
  for (const { sessionId, tally } of tallied) {
    // Only a session of the document counts (a scoped export keeps its own), and a workshop is never heard.
    if (!index.sessions.has(sessionId) || index.workshopSessions.has(sessionId)) continue;
    if (tally.notes > 0) withNotes.add(sessionId);
    if (level !== 'master') continue;
    for (const [row, share] of rowsOfTally(tally, index)) {
      // Votes on a board theme of the session count on its row even when none of its notes is there.
      if (share.notes === 0 && share.votes === 0) continue;
      const shares = byRow.get(row);
      if (shares) shares.push({ sessionId, ...share });
      else byRow.set(row, [{ sessionId, ...share }]);
    }
  }
  return { withNotes, byRow };
}
