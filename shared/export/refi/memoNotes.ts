/**
 * Memos as REFI-QDA notes (Project-mrt2019.xsd): each memo is a <Note> in the project's <Notes> (its text inline as
 * PlainTextContent, its author a <User> named only "author 1", "author 2", as the findings document numbers them),
 * and what it is about points at it with a <NoteRef>: the theme's <Code>, the note's <PlainTextSelection>, the
 * session's <TextSource>, or the <Project> itself. The codebook schema (.qdc) has no notes, so there a theme's memos
 * are added to its code's <Description>, the one place the schema offers.
 */
import type { DocumentMemo, FindingsDocument } from '../../findings/documentSchema';
import { translator, type Translator } from '../../i18n/translate';
import { refiGuid } from './guid';
import { element, textElement } from './xml';

export interface RefiMemos {
  /** <NoteRef> elements for the memos on a theme, note or session (by its id). */
  refsOf(targetId: string): string[];
  /** <NoteRef> elements for the project's own memos. */
  projectRefs: string[];
  /** The <Users> element (omitted when there are no memos). */
  users: string[];
  /** The <Notes> element (omitted when there are no memos). */
  notes: string[];
}

const authorGuid = (author: string) => refiGuid(author, 'memo-author');

function memoName(memo: DocumentMemo, doc: FindingsDocument, tr: Translator): string {
  if (memo.title) return memo.title;
  const label = {
    project: () => doc.project.name,
    theme: () => doc.themes.find((t) => t.id === memo.targetId)?.name ?? '',
    note: () => doc.notes.find((n) => n.id === memo.targetId)?.ref ?? '',
    session: () => doc.sessions.find((s) => s.id === memo.targetId)?.title ?? '',
  }[memo.target]();
  return tr.t('refi.memoOn', { target: memo.target, hasLabel: label ? 'yes' : 'no', label });
}

export function refiMemos(doc: FindingsDocument, tr: Translator = translator()): RefiMemos {
  const memos = doc.memos ?? [];
  const byTarget = new Map<string, string[]>();
  const projectRefs: string[] = [];
  for (const memo of memos) {
    const ref = element('NoteRef', { targetGUID: refiGuid(memo.id) });
    if (memo.target === 'project' || memo.targetId === null) projectRefs.push(ref);
    else byTarget.set(memo.targetId, [...(byTarget.get(memo.targetId) ?? []), ref]);
  }
  const authors = [...new Set(memos.map((m) => m.author))];
  return {
    refsOf: (targetId) => byTarget.get(targetId) ?? [],
    projectRefs,
    users: authors.length
      ? [
          element(
            'Users',
            {},
            authors.map((name) => element('User', { guid: authorGuid(name), name })),
          ),
        ]
      : [],
    notes: memos.length
      ? [
          element(
            'Notes',
            {},
            memos.map((memo) =>
              element(
                'Note',
                {
                  guid: refiGuid(memo.id),
                  name: memoName(memo, doc, tr),
                  creatingUser: authorGuid(memo.author),
                  creationDateTime: memo.createdAt,
                  modifiedDateTime: memo.updatedAt,
                },
                [textElement('PlainTextContent', memo.text)],
              ),
            ),
          ),
        ]
      : [],
  };
}

/** A theme's memos as text for its codebook <Description>: one paragraph each, with author and date. */
export function memoDescription(doc: FindingsDocument, themeId: string, tr: Translator = translator()): string {
  return (doc.memos ?? [])
    .filter((m) => m.target === 'theme' && m.targetId === themeId)
    .map((m) => {
      const heading = tr.t('refi.memoDescription', {
        author: m.author,
        date: m.createdAt.slice(0, 10),
        hasTitle: m.title ? 'yes' : 'no',
        title: m.title ?? '',
      });
      return `${heading}\n${m.text}`;
    })
    .join('\n\n');
}
