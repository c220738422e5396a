/**
 * The notes listed under reporting themes on the findings screen (a finding's evidence, the quotes offered for it, a
 * theme's top quote). A note linked to further themes counts in each of their rows (levels.ts: `assignNoteRows`), so
 * it is listed under each of them, once, and says where else it counts ("also in …"), as the board's sticky does.
 */
import type { Note } from '../domain/schemas';
import type { FindingsDocument } from './documentSchema';
import { assignNoteRows, type ReportLevel } from './levels';
import { indexSnapshot, type FindingsSnapshot } from './snapshot';

export interface ListedNote {
  note: Note;
  /** The other reporting themes the note counts in at this level (its home's first); empty for a note in one. */
  alsoIn: string[];
}

/** The rows a note counts in that are not among those it is listed under, in the order the note has them. */
export function alsoInOf(rows: readonly string[] | undefined, listedUnder: Iterable<string>): string[] {
  const listed = new Set(listedUnder);
  return (rows ?? []).filter((row) => !listed.has(row));
}

/**
 * Every note that counts in one of these reporting themes at this level, through its home theme or a link, each
 * once and in the snapshot's order, with where else it counts.
 */
export function notesUnderThemes(
  snapshot: FindingsSnapshot,
  level: ReportLevel,
  themeIds: readonly string[],
): ListedNote[] {
  const wanted = new Set(themeIds);
  const rowsOf = assignNoteRows(snapshot, level, indexSnapshot(snapshot));
  const listed: ListedNote[] = [];
  for (const note of snapshot.notes) {
    const rows = rowsOf.get(note.id);
    if (rows?.some((row) => wanted.has(row))) listed.push({ note, alsoIn: alsoInOf(rows, wanted) });
  }
  return listed;
}

/**
 * Every row each linked note of a findings document counts in (the document keeps them only for notes in more
 * than one theme): what a screen drawing from the document reads "also in …" from.
 */
export function linkedRowsOf(doc: Pick<FindingsDocument, 'notes'>): ReadonlyMap<string, readonly string[]> {
  const rows = new Map<string, readonly string[]>();
  for (const note of doc.notes) if (note.reportingThemeIds) rows.set(note.id, note.reportingThemeIds);
  return rows;
}
