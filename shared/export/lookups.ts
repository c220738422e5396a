/** Names for the ids in a findings document, shared by every table and report writer. */
import type { FindingsDocument, Quote } from '../findings/documentSchema';
import { translator, type Translator } from '../i18n/translate';

export interface DocumentLookups {
  sessionTitle(id: string): string;
  sessionDate(id: string): string;
  groupOfSession(id: string): string | null;
  groupName(id: string | null): string;
  questionText(id: string | null): string;
  participantCode(id: string | null): string;
  kindName(id: string | null): string;
  themeName(id: string | null): string;
  /** The note's short reference ("S2-N14"), or '' for a note the document does not hold. */
  noteRef(id: string): string;
}

export function lookups(doc: FindingsDocument): DocumentLookups {
  const sessions = new Map(doc.sessions.map((s) => [s.id, s]));
  const groups = new Map(doc.groups.map((g) => [g.id, g.name]));
  const questions = new Map(doc.questions.map((q) => [q.id, q.text]));
  const participants = new Map(doc.participants.map((p) => [p.id, p.code]));
  const kinds = new Map(doc.project.kinds.map((k) => [k.id, k.name]));
  const themes = new Map(doc.themes.map((t) => [t.id, t.name]));
  const refs = new Map(doc.notes.map((n) => [n.id, n.ref ?? '']));
  return {
    sessionTitle: (id) => sessions.get(id)?.title ?? '',
    sessionDate: (id) => sessions.get(id)?.date ?? '',
    groupOfSession: (id) => sessions.get(id)?.groupId ?? null,
    groupName: (id) => (id ? (groups.get(id) ?? '') : ''),
    questionText: (id) => (id ? (questions.get(id) ?? '') : ''),
    participantCode: (id) => (id ? (participants.get(id) ?? '') : ''),
    kindName: (id) => (id ? (kinds.get(id) ?? id) : ''),
    themeName: (id) => (id ? (themes.get(id) ?? '') : ''),
    noteRef: (id) => refs.get(id) ?? '',
  };
}

/** Who said it, as every report and slide shows it: the group (or session) and the note's reference, never a speaker. */
export function quoteAttribution(quote: Quote, look: DocumentLookups, tr: Translator = translator()): string {
  const group = look.groupName(quote.groupId);
  const ref = look.noteRef(quote.noteId);
  return `${group ? tr.t('report.focusGroupOf', { group }) : look.sessionTitle(quote.sessionId)}${ref ? `, ${ref}` : ''}`;
}
