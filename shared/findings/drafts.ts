/**
 * Draft findings for themes that have none yet: a starting point the facilitator edits, never a record written
 * behind their back. The caller's command layer creates the findings the user accepts.
 */
import type { Note } from '../domain/schemas';
import { breadthOf } from './breadth';
import { dominantKind } from './framework';
import { assignNoteRows, reportingThemeOf, reportingThemes, type ReportLevel } from './levels';
import { pickQuotes } from './quotes';
import { rankThemes } from './ranking';
import { indexSnapshot, type FindingsSnapshot } from './snapshot';

export interface FindingDraft {
  themeIds: string[];
  /** The theme's own words (its description, else its name); breadth is never written into it. */
  statement: string;
  evidenceNoteIds: string[];
  quoteNoteIds: string[];
  kind: string | null;
  priority: number;
  groupIds: string[];
  sessionIds: string[];
}

export function draftFindings(snapshot: FindingsSnapshot, level: ReportLevel = 'session'): FindingDraft[] {
  const index = indexSnapshot(snapshot);
  // A note linked to further themes is evidence for each of their drafts, as it counts in each of their rows.
  const assigned = assignNoteRows(snapshot, level, index);
  const covered = new Set(
    snapshot.findings.flatMap((f) => f.themeIds.map((id) => reportingThemeOf(id, level, index)?.id ?? id)),
  );
  const notesOf = new Map<string, Note[]>();
  for (const note of snapshot.notes) {
    for (const row of assigned.get(note.id) ?? []) {
      const list = notesOf.get(row);
      if (list) list.push(note);
      else notesOf.set(row, [note]);
    }
  }
  const ranked = rankThemes(
    reportingThemes(snapshot, level, assigned).map((theme) => ({
      id: theme.id,
      name: theme.name,
      theme,
      breadth: breadthOf(notesOf.get(theme.id) ?? [], theme.votes, index),
    })),
  );
  return ranked
    .filter((r) => !covered.has(r.id) && r.breadth.noteCount > 0)
    .map((r) => {
      const notes = notesOf.get(r.id) ?? [];
      return {
        themeIds: [r.id],
        // The user's own words only: breadth changes as sessions are added, so screens compute it beside the text.
        statement: r.theme.description.trim() || r.theme.name,
        evidenceNoteIds: notes.map((n) => n.id),
        quoteNoteIds: pickQuotes(notes, { groupOfSession: (s) => index.sessions.get(s)?.groupId ?? null }).map(
          (n) => n.id,
        ),
        kind: dominantKind(notes, snapshot.project.kinds),
        priority: r.rank,
        groupIds: r.breadth.groupIds,
        sessionIds: r.breadth.sessionIds,
      };
    });
}
