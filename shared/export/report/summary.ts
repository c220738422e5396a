/**
 * The report's first page, for the reader who reads nothing else: what we did in one sentence, the top themes in
 * one sentence each with how widely they were heard, and who was heard and who not yet.
 */
import { describeBreadth, groupsHeardFrom } from '../../findings/breadth';
import type { FindingsDocument } from '../../findings/documentSchema';
import type { Translator } from '../../i18n/translate';
import type { DocumentLookups } from '../lookups';
import type { Block } from './types';

const TOP_THEMES = 5;

/** The first sentence of a text, without its final stop (the caller adds the breadth and the stop). */
export function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const end = /[.!?](\s|$)/.exec(trimmed);
  return (end ? trimmed.slice(0, end.index) : trimmed).replace(/[.!?\s]+$/, '');
}

function themeSentence(
  doc: FindingsDocument,
  r: FindingsDocument['ranking'][number],
  denominator: number,
  used: Set<string>,
  tr: Translator,
): string {
  // The theme's own finding in the user's words: one not yet used for a higher theme, fewest themes first.
  const themeIds = new Set([r.themeId, ...r.feederThemeIds, ...r.subThemeIds]);
  const finding = doc.findings
    .filter((f) => f.statement.trim() && !used.has(f.id) && f.themeIds.some((id) => themeIds.has(id)))
    .sort((a, b) => a.themeIds.length - b.themeIds.length)[0];
  if (finding) used.add(finding.id);
  const said = firstSentence(finding?.statement || r.description);
  const breadth = describeBreadth(r.groupIds.length, r.sessionIds.length, denominator, tr);
  // The statement follows the theme's name after a colon, spaced as the language spaces a colon.
  const colon = tr.locale.startsWith('fr') ? '\u00a0: ' : ': ';
  return tr.t('report.themeSentence', {
    theme: r.name,
    said: said && said !== r.name ? `${colon}${said}` : '',
    breadth,
  });
}

/** People who took part: attendance where recorded, a session's speaker codes where it was not. */
export function peopleHeard(sessions: FindingsDocument['sessions']): number {
  return sessions.reduce((sum, s) => sum + (s.attendance ?? s.participantCount), 0);
}

export function summary(doc: FindingsDocument, look: DocumentLookups, tr: Translator): Block[] {
  const denominator = groupsHeardFrom(doc.coverage.columns);
  // The stakeholder groups are the coverage's columns: a council workshop's group voted, it was not consulted.
  const consulted = new Set(doc.coverage.columns.map((c) => c.groupId));
  const groups = doc.groups.filter((g) => consulted.has(g.id));
  const heard = groups.filter((g) => g.heldSessions > 0);
  const notYet = groups.filter((g) => g.heldSessions === 0).map((g) => g.name);
  const people = peopleHeard(doc.sessions);
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: tr.t('report.summary') },
    {
      type: 'paragraph',
      tone: 'lead',
      text: tr.t('report.summaryText', {
        heard: heard.length,
        groups: groups.length,
        sessions: doc.totals.heldSessions,
        people,
        notes: doc.totals.notes,
        themes: doc.ranking.length,
      }),
    },
  ];
  if (doc.ranking.length > 0) {
    const top = doc.ranking.slice(0, TOP_THEMES);
    const used = new Set<string>();
    blocks.push(
      {
        type: 'paragraph',
        tone: 'strong',
        text:
          doc.ranking.length > TOP_THEMES ? tr.t('report.topThemes', { count: top.length }) : tr.t('report.theThemes'),
      },
      { type: 'list', items: top.map((r) => themeSentence(doc, r, denominator, used, tr)) },
    );
  }
  blocks.push({ type: 'paragraph', tone: 'strong', text: tr.t('report.whoWeHeard') });
  blocks.push(
    heard.length
      ? {
          type: 'list',
          items: heard.map((g) => {
            const sessions = doc.sessions.filter((s) => s.groupId === g.id);
            const groupPeople = peopleHeard(sessions);
            return tr.t('report.groupHeard', {
              group: look.groupName(g.id),
              sessions: g.heldSessions,
              people: groupPeople,
            });
          }),
        }
      : { type: 'paragraph', text: tr.t('report.noGroupYet') },
  );
  blocks.push({
    type: 'paragraph',
    text: notYet.length ? tr.t('report.notYetHeard', { groups: notYet.join(', ') }) : tr.t('report.everyGroupHeard'),
  });
  return blocks;
}
