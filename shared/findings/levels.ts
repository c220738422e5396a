/**
 * Which themes a report is about, and which of them each note counts towards.
 *
 * Two levels: `session` reports the themes facilitators made on their boards; `master` (the PMT's consolidated
 * view) reports the project's master themes, reaching them through each session theme's `masterThemeId`.
 * Reports are about top-level themes: a note on a sub-theme counts towards its root, so counts never double up;
 * the codebook keeps the full tree. A note linked to further themes counts in each of their rows too (once a row).
 */
import { themesOfNote } from '../domain/noteThemes';
import type { Theme } from '../domain/schemas';
import { indexSnapshot, type FindingsSnapshot, type SnapshotIndex } from './snapshot';

export type ReportLevel = 'session' | 'master';

/** A master theme is project-wide: it belongs to no session board. */
export function isMasterTheme(theme: Theme): boolean {
  return theme.sessionId === null;
}

function rootOf(theme: Theme, index: SnapshotIndex): Theme {
  let current = theme;
  const seen = new Set<string>([current.id]);
  while (current.parentId) {
    const parent = index.themes.get(current.parentId);
    // A cycle or a dangling parent (merged edits can make either) ends the walk where it is.
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    current = parent;
  }
  return current;
}

/** The reporting theme a note counts towards at this level, or null (unthemed, or not yet mapped). */
export function reportingThemeOf(themeId: string | null, level: ReportLevel, index: SnapshotIndex): Theme | null {
  if (!themeId) return null;
  const theme = index.themes.get(themeId);
  if (!theme) return null;
  if (level === 'session') return rootOf(theme, index);
  let current: Theme | undefined = theme;
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (isMasterTheme(current)) return rootOf(current, index);
    if (current.masterThemeId) {
      const master = index.themes.get(current.masterThemeId);
      return master ? rootOf(master, index) : null;
    }
    current = current.parentId ? index.themes.get(current.parentId) : undefined;
  }
  return null;
}

/** Map of note id to the reporting theme of its home theme at this level (where it sits on the board). */
export function assignNotes(snapshot: FindingsSnapshot, level: ReportLevel, index: SnapshotIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const [noteId, rows] of assignNoteRows(snapshot, level, index)) {
    const note = index.notes.get(noteId);
    const home = note?.themeId ? reportingThemeOf(note.themeId, level, index)?.id : undefined;
    if (home && rows[0] === home) out.set(noteId, home);
  }
  return out;
}

/**
 * Map of note id to every reporting theme it counts in at this level: its home theme's first, then those of the
 * themes it is linked to. Each row once: a note linked to a sub-theme of its own root, or to two themes mapped to
 * the same master theme, counts once there.
 */
export function assignNoteRows(
  snapshot: FindingsSnapshot,
  level: ReportLevel,
  index: SnapshotIndex,
): Map<string, string[]> {
  const cache = new Map<string, string | null>();
  const rowOf = (themeId: string): string | null => {
    let target = cache.get(themeId);
    if (target === undefined) {
      target = reportingThemeOf(themeId, level, index)?.id ?? null;
      cache.set(themeId, target);
    }
    return target;
  };
  const out = new Map<string, string[]>();
  for (const note of snapshot.notes) {
    let rows: string[] | undefined;
    for (const themeId of themesOfNote(note)) {
      const row = rowOf(themeId);
      if (!row) continue;
      if (!rows) rows = [row];
      else if (!rows.includes(row)) rows.push(row);
    }
    if (rows) out.set(note.id, rows);
  }
  return out;
}

/**
 * The rows of a report. Session level: top-level board themes, plus any other top-level theme that holds notes.
 * Master level: the top-level master themes, whether or not anything maps to them yet (a gap is news too).
 */
export function reportingThemes(
  snapshot: FindingsSnapshot,
  level: ReportLevel,
  assigned: ReadonlyMap<string, string | readonly string[]>,
): Theme[] {
  const used = new Set([...assigned.values()].flat());
  return snapshot.themes.filter((theme) => {
    if (used.has(theme.id)) return true;
    if (theme.parentId) return false;
    if (level === 'master') return isMasterTheme(theme);
    return !isMasterTheme(theme) || used.has(theme.id);
  });
}

export interface LevelCounts {
  sessionThemes: number;
  masterThemes: number;
  /** Session themes mapped to a master theme. */
  mapped: number;
  /** Notes that count towards a master theme (through a mapping or placed on it directly). */
  notesUnderMasters: number;
}

export function levelCounts(snapshot: FindingsSnapshot): LevelCounts {
  const masters = snapshot.themes.filter(isMasterTheme);
  const sessionThemes = snapshot.themes.filter((t) => !isMasterTheme(t));
  return {
    sessionThemes: sessionThemes.length,
    masterThemes: masters.length,
    mapped: sessionThemes.filter((t) => t.masterThemeId).length,
    notesUnderMasters: masters.length ? assignNoteRows(snapshot, 'master', indexSnapshot(snapshot)).size : 0,
  };
}

/**
 * What "Report on" starts at: the level that has something to report. Master themes once notes count towards
 * them (session themes mapped, or notes placed on a master theme); until then the session themes, even where the
 * project's template brought a list of master themes that nothing maps to yet.
 */
export function defaultLevel(counts: LevelCounts): ReportLevel {
  return counts.notesUnderMasters > 0 ? 'master' : 'session';
}
