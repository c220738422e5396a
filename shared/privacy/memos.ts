/**
 * Which memos leave with an export. A memo is the facilitator's own analysis, but one on a note may repeat what
 * the speaker said, so it follows its target through the privacy gate: a memo leaves only when what it is about
 * leaves (its session in scope and approved by its community, its note not dropped), and a memo on a note whose
 * text is withheld (a flag the policy withholds, a community that approved counts but not quotes) stays home, since
 * it could give away the withheld words. A do-not-quote note's memo leaves when the note does: the flag forbids
 * quoting the note, and a memo is never a quote.
 */
import { memoTargetKept, type FindingsSnapshot } from '../findings/snapshot';

export function memosThatLeave(snapshot: FindingsSnapshot, textWithheldNoteIds: Iterable<string>): FindingsSnapshot {
  if (!snapshot.memos) return snapshot;
  const withheld = new Set(textWithheldNoteIds);
  const ids = {
    sessionIds: new Set(snapshot.sessions.map((s) => s.id)),
    noteIds: new Set(snapshot.notes.filter((n) => !withheld.has(n.id)).map((n) => n.id)),
    themeIds: new Set(snapshot.themes.map((t) => t.id)),
  };
  return { ...snapshot, memos: snapshot.memos.filter((memo) => memoTargetKept(memo, ids)) };
}
