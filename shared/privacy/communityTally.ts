/**
 * The tally of a counts-only community session (architecture: Community approval). A report counts such a
 * session's notes with their text withheld, but a bundle carries whole records and so leaves the notes home
 * (communityBundle.ts). The tally is what travels instead: how many notes, speakers, notes per question, per kind
 * and (when the community approved themes too) per theme by name and per master theme. Numbers and names the
 * community approved to leave, never a word of a note, and nothing that points at a record that stays home: board
 * themes by name, master themes (project-wide, they travel) by id, so whoever imports the bundle can count the
 * session in coverage and breadth.
 *
 * It is taken from the same live records as every export (`liveSnapshot`: no tombstones, nothing of a participant
 * who withdrew consent), so an erased or withdrawn speaker's notes stop counting at the next refresh.
 */
import type { CommunityTally } from '../domain/schemas';
import { MAX_TALLY_ROWS } from '../domain/schemas';
import { themesOfNote } from '../domain/noteThemes';
import { assignNoteRows, reportingThemeOf } from '../findings/levels';
import { indexSnapshot, liveSnapshot, type FindingsSnapshot } from '../findings/snapshot';
import { sharesCountsOnly } from './community';

/** Counts per key, as rows sorted by key so the same notes always give the same tally. */
function rowsOf<K extends string>(counts: Map<string | null, number>, key: K) {
  return [...counts]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1))
    .slice(0, MAX_TALLY_ROWS)
    .map(([value, notes]) => ({ [key]: value, notes }) as { [P in K]: string | null } & { notes: number });
}

function bump(counts: Map<string | null, number>, key: string | null): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** What one master theme's row holds of a session: its notes, their distinct speakers, votes and kinds. */
interface MasterRow {
  notes: number;
  speakers: Set<string>;
  votes: number;
  byKind: Map<string | null, number>;
}

function masterRow(rows: Map<string, MasterRow>, id: string): MasterRow {
  let row = rows.get(id);
  if (!row) rows.set(id, (row = { notes: 0, speakers: new Set(), votes: 0, byKind: new Map() }));
  return row;
}

/**
 * The tally of every counts-only session of the snapshot, taken `at` the given time. Sessions whose approval
 * allows no tally are not in the map.
 */
export function communityTallies(input: FindingsSnapshot, at: string): Map<string, CommunityTally> {
  const snapshot = liveSnapshot(input);
  const kinds = new Set(snapshot.project.kinds.map((k) => k.id));
  const themeNames = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  // The rows a note counts in at master level, as coverage and breadth count it: the same mapping, not a second one.
  const index = indexSnapshot(snapshot);
  const masterRows = assignNoteRows(snapshot, 'master', index);
  const out = new Map<string, CommunityTally>();
  for (const session of snapshot.sessions) {
    if (!sharesCountsOnly(session)) continue;
    const withThemes = session.communityApproval?.scope.themes === true;
    const byQuestion = new Map<string | null, number>();
    const byKind = new Map<string | null, number>();
    const byTheme = new Map<string | null, number>();
    const byMasterTheme = new Map<string, MasterRow>();
    let notes = 0;
    for (const note of snapshot.notes) {
      if (note.sessionId !== session.id) continue;
      notes++;
      bump(byQuestion, note.questionId);
      // A kind the project does not list could not be named where the tally is read.
      const kind = note.kind !== null && kinds.has(note.kind) ? note.kind : null;
      bump(byKind, kind);
      if (!withThemes) continue;
      // A note counts once under each theme it counts in, as in every report (two themes may share a name).
      const names = new Set(themesOfNote(note).flatMap((id) => themeNames.get(id) ?? []));
      for (const name of names) bump(byTheme, name);
      // Each master theme once per note (assignNoteRows lists each row once).
      for (const id of masterRows.get(note.id) ?? []) {
        const row = masterRow(byMasterTheme, id);
        row.notes++;
        if (note.participantId) row.speakers.add(note.participantId);
        row.votes += note.votes;
        bump(row.byKind, kind);
      }
    }
    // The votes on the session's own board themes count where the report counts them: on the row each feeds.
    if (withThemes) {
      for (const theme of snapshot.themes) {
        if (theme.sessionId !== session.id || theme.votes === 0) continue;
        const row = reportingThemeOf(theme.id, 'master', index);
        if (row) masterRow(byMasterTheme, row.id).votes += theme.votes;
      }
    }
    out.set(session.id, {
      at,
      notes,
      speakers: snapshot.participants.filter((p) => p.sessionId === session.id).length,
      byQuestion: rowsOf(byQuestion, 'questionId'),
      byKind: rowsOf(byKind, 'kind'),
      ...(withThemes
        ? {
            byTheme: rowsOf(byTheme, 'name') as { name: string; notes: number }[],
            byMasterTheme: [...byMasterTheme]
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .slice(0, MAX_TALLY_ROWS)
              .map(([masterThemeId, row]) => ({
                masterThemeId,
                notes: row.notes,
                speakers: row.speakers.size,
                votes: row.votes,
                byKind: rowsOf(row.byKind, 'kind'),
              })),
          }
        : {}),
    });
  }
  return out;
}

/** The counts of a tally in a fixed form, whenever it was taken and in whatever order its fields were written. */
function countsKey(tally: CommunityTally): string {
  return JSON.stringify([
    tally.notes,
    tally.speakers,
    tally.byQuestion.map((r) => [r.questionId, r.notes]),
    tally.byKind.map((r) => [r.kind, r.notes]),
    tally.byTheme?.map((r) => [r.name, r.notes]) ?? null,
    // A board theme newly mapped to a master theme changes this alone: the session is written again.
    tally.byMasterTheme?.map((r) => [
      r.masterThemeId,
      r.notes,
      r.speakers,
      r.votes,
      r.byKind.map((k) => [k.kind, k.notes]),
    ]) ?? null,
  ]);
}

/** Whether two tallies hold the same counts, whenever each was taken (so an unchanged session is not rewritten). */
export function sameTally(a: CommunityTally | null | undefined, b: CommunityTally | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return countsKey(a) === countsKey(b);
}
