/**
 * Short human references for notes, "S2-N14": the session's number and the note's number within it, so a reader
 * can point at a quote in a meeting ("see S2-N14") where a UUID is unreadable. Sessions are numbered in the order
 * they were created and notes in the order they were written, over the whole project (before any export scope or
 * flag policy), so a note keeps its reference whichever sessions or flagged notes an export leaves out, and every
 * format of one export names it the same way. The UUID stays the identity; the reference is for people.
 */
import { translator } from '../i18n/translate';
import type { Note, Session } from '../domain/schemas';
import { compareCodeUnits } from './snapshot';

const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id);

/** How references are made, in words, for the method notes of the workbook and report. */
export const NOTE_REF_RULE = translator().t('report.noteRefRule');

export function formatNoteRef(sessionNumber: number, noteNumber: number): string {
  return `S${sessionNumber}-N${noteNumber}`;
}

/** note id → "S<session>-N<note>", for every note whose session is among the sessions given. */
export function noteRefs(sessions: readonly Session[], notes: readonly Note[]): Map<string, string> {
  const sessionNumber = new Map([...sessions].sort(byCreation).map((s, i) => [s.id, i + 1]));
  const next = new Map<string, number>();
  const refs = new Map<string, string>();
  for (const note of [...notes].sort(byCreation)) {
    const session = sessionNumber.get(note.sessionId);
    if (session === undefined) continue;
    const number = (next.get(note.sessionId) ?? 0) + 1;
    next.set(note.sessionId, number);
    refs.set(note.id, formatNoteRef(session, number));
  }
  return refs;
}
