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

/** The notes a theme holds: those at home in it, and those linked to it from elsewhere. */
export interface ThemeMembers<N> {
  home: N[];
  linked: N[];
}

/**
 * Each theme's notes, as a board counts them: a note is at home in one theme and also counts, once, in each theme
 * it is linked to. Only the themes in `themeIds` hold notes (a theme that is gone, or not on this board, holds
 * none); a note whose home is not among them is at home under `null` ("no theme"), and still counts in the
 * themes it is linked to. Every theme in `themeIds` has an entry, empty when it holds nothing.
 */
export function membersByTheme<N extends NoteThemes>(
  notes: readonly N[],
  themeIds: Iterable<string>,
): Map<string | null, ThemeMembers<N>> {
  const members = new Map<string | null, ThemeMembers<N>>([[null, { home: [], linked: [] }]]);
  for (const id of themeIds) members.set(id, { home: [], linked: [] });
  for (const note of notes) {
    const home = note.themeId && members.has(note.themeId) ? note.themeId : null;
    members.get(home)!.home.push(note);
    for (const id of linkedThemesOf(note)) members.get(id)?.linked.push(note);
  }
  return members;
}

/** How many notes a theme holds: its own and those linked to it, each once. */
export function memberCount(members: ThemeMembers<unknown> | undefined): number {
  return members ? members.home.length + members.linked.length : 0;
}
