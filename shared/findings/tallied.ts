/**
 * What counts-only community sessions known here by their tally alone add to coverage and breadth (architecture:
 * Community approval). Their notes stayed home, so coverage and breadth, which count notes in rows, would see
 * nothing of them; the tally says how many notes the session holds and, when its community approved themes too,
 * how many count under each master theme. One place turns the gate's `tallied` list into what both read:
 *
 * - a tallied session that holds notes has run, like a session whose notes are here (its group has been heard);
 * - at master level, each master theme's count lands on the reporting row that master theme counts in here;
 * - at session level the rows are board themes, which stayed home with the notes, so the tally adds to no row; nor
 *   does a tally without `byMasterTheme` (no approval for themes, or taken before it existed).
 */
import type { CommunityGate } from '../privacy/community';
import type { ReportLevel } from './levels';
import { isMasterTheme, reportingThemeOf } from './levels';
import type { SnapshotIndex } from './snapshot';

/** A tallied session's notes in one reporting row. */
export interface TalliedShare {
  sessionId: string;
  notes: number;
}

export interface TalliedCounts {
  /** Tallied sessions that hold notes: they have run, whatever their status says. */
  withNotes: ReadonlySet<string>;
  /** Per reporting row (theme id): each tallied session's notes counted there. */
  byRow: ReadonlyMap<string, readonly TalliedShare[]>;
}

export const NO_TALLIES: TalliedCounts = { withNotes: new Set(), byRow: new Map() };

/** The rows of one tally at master level, each row once, never counting more notes than the session holds. */
function rowsOfTally(tally: CommunityGate['tallied'][number]['tally'], index: SnapshotIndex): Map<string, number> {
  const rows = new Map<string, number>();
  for (const { masterThemeId, notes } of tally.byMasterTheme ?? []) {
    // The master theme's row here; a master theme erased here (or not yet synced) has none, and an id that names
    // anything but a master theme is not one a tally can carry.
    const theme = index.themes.get(masterThemeId);
    const row = theme && isMasterTheme(theme) ? reportingThemeOf(theme.id, 'master', index)?.id : undefined;
    if (row) rows.set(row, Math.min(tally.notes, (rows.get(row) ?? 0) + notes));
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
    for (const [row, notes] of rowsOfTally(tally, index)) {
      if (notes === 0) continue;
      const shares = byRow.get(row);
      if (shares) shares.push({ sessionId, notes });
      else byRow.set(row, [{ sessionId, notes }]);
    }
  }
  return { withNotes, byRow };
}
