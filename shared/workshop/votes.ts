/**
 * How a council workshop's dot votes are kept (architecture: Workshop). The workshop is a real session of a group
 * of its own ("Council workshop", shared/findings/workshopGroups.ts); each theme the room votes for gets one note in
 * that session, themed to the theme, whose `votes` is the room's tally. So the votes are evidence like any other:
 * they count in the theme's votes and ranking, sync, undo and export as notes do, though the group never counts as
 * one that was heard. The note is marked do-not-quote because it is a record of a vote, not anyone's words, and
 * must never be shown as a quotation.
 */

/** The vote note's text: says what it records, so a reader of the notes table or the board understands it. */
export function voteNoteText(themeName: string): string {
  return `Dot votes at the council workshop for “${themeName}”`;
}

/** Most dots one theme can get in one workshop: a typing slip (a held key) must not write thousands. */
export const MAX_WORKSHOP_VOTES = 999;
