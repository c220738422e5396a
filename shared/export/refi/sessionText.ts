/**
 * One plain-text source per session: a short header, then the notes in the order they were taken, a line each,
 * with the question they answered as a sub-heading and the speaker code in front. Each note's own words are a
 * span (0-based Unicode code points, end exclusive, as QDA tools count them), so the speaker code and headings are
 * never part of a coded selection.
 */
import type { FindingsDocument } from '../../findings/documentSchema';
import { translator, type Translator } from '../../i18n/translate';
import type { DocumentLookups } from '../lookups';
import { xmlSafe } from '../text';

export interface NoteSpan {
  noteId: string;
  start: number;
  end: number;
}

export interface SessionText {
  text: string;
  spans: NoteSpan[];
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}

export function sessionText(
  session: FindingsDocument['sessions'][number],
  notes: readonly FindingsDocument['notes'][number][],
  look: DocumentLookups,
  tr: Translator = translator(),
): SessionText {
  const parts: string[] = [];
  const spans: NoteSpan[] = [];
  let at = 0;
  const add = (text: string): void => {
    parts.push(text);
    at += codePoints(text);
  };
  add(`${xmlSafe(session.title)}\n`);
  const group = look.groupName(session.groupId);
  if (group) add(`${tr.t('refi.sessionGroup', { group: xmlSafe(group) })}\n`);
  if (session.date) add(`${tr.t('refi.sessionDate', { date: session.date })}\n`);
  let question: string | null | undefined;
  for (const note of notes) {
    if (note.questionId !== question) {
      question = note.questionId;
      add(`\n${question ? xmlSafe(look.questionText(question)) : tr.t('refi.otherNotes')}\n\n`);
    }
    const speaker = look.participantCode(note.participantId);
    if (speaker) add(`${speaker}: `);
    const start = at;
    add(xmlSafe(note.text));
    spans.push({ noteId: note.id, start, end: at });
    add('\n');
  }
  return { text: parts.join(''), spans };
}
