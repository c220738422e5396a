/**
 * The coverage matrix: reporting themes × stakeholder groups, with note counts, a shade for the heat map and the
 * gaps a PMT must see before it reports: a group that was heard but never on a theme ("silent"), and a group that
 * has had no session yet (its whole column is unknown, not zero). A council workshop's group is not a column.
 */
import type { Note, Theme } from '../domain/schemas';
import type { FindingsSnapshot, SnapshotIndex } from './snapshot';
import { sortGroups } from './snapshot';
import { NO_TALLIES, type TalliedCounts } from './tallied';
import { isWorkshopGroupName } from './workshopGroups';

/** The column for sessions that were not tagged with a stakeholder group. */
export const NO_GROUP_ID = '';
export const NO_GROUP_NAME = 'No group';

export type CellState = 'heard' | 'silent' | 'no-session';

export interface CoverageColumn {
  groupId: string;
  name: string;
  /** Sessions that have run (or hold notes): a planned session has not heard anyone yet. */
  heldSessions: number;
}

export interface CoverageCell {
  count: number;
  state: CellState;
  /** 0..1 share of the largest count in the matrix, for shading. */
  shade: number;
}

export type CoverageGap =
  { kind: 'silent'; themeId: string; groupId: string } | { kind: 'no-session'; groupId: string };

export interface CoverageMatrix {
  rows: { themeId: string; name: string }[];
  columns: CoverageColumn[];
  /** cells[row][column] */
  cells: CoverageCell[][];
  gaps: CoverageGap[];
}

function sessionHasRun(status: string, hasNotes: boolean): boolean {
  return status !== 'planned' || hasNotes;
}

/**
 * Sessions that have run, per group id (NO_GROUP_ID for sessions of no known group). A session known by its tally
 * alone holds notes that stayed home: the tally says it has some.
 */
export function heldSessionsByGroup(
  snapshot: FindingsSnapshot,
  index: SnapshotIndex,
  tallied: TalliedCounts = NO_TALLIES,
): Map<string, number> {
  const sessionsWithNotes = new Set([...snapshot.notes.map((n) => n.sessionId), ...tallied.withNotes]);
  const held = new Map<string, number>();
  for (const session of snapshot.sessions) {
    const key = session.groupId && index.groups.has(session.groupId) ? session.groupId : NO_GROUP_ID;
    const ran = sessionHasRun(session.status, sessionsWithNotes.has(session.id));
    held.set(key, (held.get(key) ?? 0) + (ran ? 1 : 0));
  }
  return held;
}

export function buildCoverage(
  snapshot: FindingsSnapshot,
  index: SnapshotIndex,
  rows: readonly Theme[],
  notesOfRow: ReadonlyMap<string, readonly Note[]>,
  tallied: TalliedCounts = NO_TALLIES,
): CoverageMatrix {
  const held = heldSessionsByGroup(snapshot, index, tallied);
  const ungrouped = snapshot.sessions.some((s) => !s.groupId || !index.groups.has(s.groupId));
  // A council workshop's group has no column: it voted, it was not consulted (workshopGroups.ts).
  const consulted = snapshot.groups.filter((g) => !isWorkshopGroupName(g.name));
  const columns: CoverageColumn[] = sortGroups(consulted).map((g) => ({
    groupId: g.id,
    name: g.name,
    heldSessions: held.get(g.id) ?? 0,
  }));
  if (ungrouped) columns.push({ groupId: NO_GROUP_ID, name: NO_GROUP_NAME, heldSessions: held.get(NO_GROUP_ID) ?? 0 });
  const columnIndex = new Map(columns.map((c, i) => [c.groupId, i]));

  const columnOf = (sessionId: string) =>
    columnIndex.get(index.sessions.get(sessionId)?.groupId ?? NO_GROUP_ID) ?? columnIndex.get(NO_GROUP_ID);
  const counts = rows.map((row) => {
    const line = columns.map(() => 0);
    for (const note of notesOfRow.get(row.id) ?? []) {
      if (index.workshopSessions.has(note.sessionId)) continue;
      const at = columnOf(note.sessionId);
      if (at !== undefined) line[at]!++;
    }
    // The notes of a session known by its tally alone count in its group's column like notes that are here.
    for (const share of tallied.byRow.get(row.id) ?? []) {
      const at = columnOf(share.sessionId);
      if (at !== undefined) line[at]! += share.notes;
    }
    return line;
  });
  const max = Math.max(0, ...counts.flat());
  const gaps: CoverageGap[] = [];
  for (const column of columns) {
    if (column.heldSessions === 0 && column.groupId !== NO_GROUP_ID)
      gaps.push({ kind: 'no-session', groupId: column.groupId });
  }
  const cells = counts.map((line, r) =>
    line.map((count, c): CoverageCell => {
      const column = columns[c]!;
      const state: CellState = count > 0 ? 'heard' : column.heldSessions === 0 ? 'no-session' : 'silent';
      if (state === 'silent' && column.groupId !== NO_GROUP_ID) {
        gaps.push({ kind: 'silent', themeId: rows[r]!.id, groupId: column.groupId });
      }
      return { count, state, shade: max === 0 ? 0 : count / max };
    }),
  );
  return { rows: rows.map((t) => ({ themeId: t.id, name: t.name })), columns, cells, gaps };
}
