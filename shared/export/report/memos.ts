/**
 * The report's "Memos" section, written only when the person exporting chose to include memos: the team's own
 * analysis, set apart from what participants said and never shown as a quote. Project memos first, then those on
 * themes, sessions and notes, each under what it is about, with its numbered author and date.
 */
import type { DocumentMemo, FindingsDocument } from '../../findings/documentSchema';
import type { Translator } from '../../i18n/translate';
import type { DocumentLookups } from '../lookups';
import type { Block } from './types';

const ORDER: Record<DocumentMemo['target'], number> = { project: 0, theme: 1, session: 2, note: 3 };

function aboutLine(memo: DocumentMemo, look: DocumentLookups, tr: Translator): string {
  const id = memo.targetId ?? '';
  switch (memo.target) {
    case 'project':
      return tr.t('report.memos.onProject');
    case 'theme':
      return tr.t('report.memos.onTheme', { name: look.themeName(id) });
    case 'session':
      return tr.t('report.memos.onSession', { title: look.sessionTitle(id) });
    case 'note':
      return tr.t('report.memos.onNote', { ref: look.noteRef(id) });
  }
}

export function memoBlocks(doc: FindingsDocument, look: DocumentLookups, tr: Translator): Block[] {
  const memos = [...(doc.memos ?? [])].sort((a, b) => ORDER[a.target] - ORDER[b.target]);
  if (!memos.length) return [];
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: tr.t('report.memos.heading') },
    { type: 'paragraph', tone: 'muted', text: tr.t('report.memos.intro') },
  ];
  for (const memo of memos) {
    const day = new Date(memo.createdAt);
    const date = tr.date(day, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const heading = [memo.title, aboutLine(memo, look, tr)].filter(Boolean).join(' · ');
    blocks.push(
      { type: 'paragraph', tone: 'strong', text: heading },
      { type: 'paragraph', tone: 'muted', text: tr.t('report.memos.byline', { author: memo.author, date }) },
      ...memo.text
        .split(/\n{2,}/)
        .filter((part) => part.trim())
        .map((part): Block => ({ type: 'paragraph', text: part })),
    );
  }
  return blocks;
}
