/**
 * A note in several themes. `themeId` is the note's home (the frame it sits in on the board); `linkedThemeIds`
 * are further themes it also counts in. The two fields sync independently, so a merge of edits from two devices
 * can leave the home theme among the links (one device moved the note, the other linked it): every reader goes
 * through `themesOfNote`, which reads such a record as it was meant, and every command writes links through
 * `linksWithout` / `linksAdding`, which keep the stored field clean.
 */
import { MAX_LINKED_THEMES } from './limits';
import type { Note } from './schemas';

type NoteThemes = Pick<Note, 'themeId'> & { linkedThemeIds?: readonly string[] | undefined };

/** The further themes of a note: without its home, without repeats, in the order they were linked. */
export function linkedThemesOf(note: NoteThemes): string[] {
  const out: string[] = [];
  for (const id of note.linkedThemeIds ?? []) if (id !== note.themeId && !out.includes(id)) out.push(id);
  return out;
}

/** Every theme a note counts in: its home first (when it has one), then its links. */
export function themesOfNote(note: NoteThemes): string[] {
  const links = linkedThemesOf(note);
  return note.themeId ? [note.themeId, ...links] : links;
}

/** Whether a note counts in this theme, as its home or through a link. */
export function noteIsInTheme(note: NoteThemes, themeId: string): boolean {
  return note.themeId === themeId || linkedThemesOf(note).includes(themeId);
}

/** The note's links with `themeIds` removed (and, for a note whose home is one of them, nothing else changed). */
export function linksWithout(note: NoteThemes, themeIds: Iterable<string>): string[] {
  const gone = new Set(themeIds);
  return linkedThemesOf(note).filter((id) => !gone.has(id));
}

/**
 * The note's links after linking it to `themeId`; null when there is nothing to do (it is its home or already
 * linked). Refuses past the cap, in words a facilitator can act on.
 */
export function linksAdding(note: NoteThemes, themeId: string): string[] | null {
  if (noteIsInTheme(note, themeId)) return null;
  const links = linkedThemesOf(note);
  if (links.length >= MAX_LINKED_THEMES)
    throw new RangeError(`A note can be linked to at most ${MAX_LINKED_THEMES} themes besides its own.`);
  return [...links, themeId];
}

/** The links a note keeps when its home becomes `home` (a theme it was linked to becomes its home instead). */
export function linksForHome(note: NoteThemes, home: string | null): string[] {
  return linkedThemesOf({ themeId: home, linkedThemeIds: linkedThemesOf(note) });
}
