/**
 * The report's first page, for the reader who reads nothing else: what we did in one sentence, the top themes in
 * one sentence each with how widely they were heard, and who was heard and who not yet.
 */
import { describeBreadth, groupsHeardFrom } from '../../findings/breadth';
import type { FindingsDocument } from '../../findings/documentSchema';
import { plural } from '../../i18n/plural';
import type { DocumentLookups } from '../lookups';
import type { Block } from './types';

const TOP_THEMES = 5;

const count = (n: number, one: string, other: string) => plural(n, { one: `# ${one}`, other: `# ${other}` });

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
): string {
  // The theme's own finding in the user's words: one not yet used for a higher theme, fewest themes first.
  const themeIds = new Set([r.themeId, ...r.feederThemeIds, ...r.subThemeIds]);
  const finding = doc.findings
    .filter((f) => f.statement.trim() && !used.has(f.id) && f.themeIds.some((id) => themeIds.has(id)))
    .sort((a, b) => a.themeIds.length - b.themeIds.length)[0];
  if (finding) used.add(finding.id);
  const said = firstSentence(finding?.statement || r.description);
  const breadth = describeBreadth(r.groupIds.length, r.sessionIds.length, denominator);
  return `${r.name}${said && said !== r.name ? `: ${said}` : ''} (${breadth}).`;
}

/** People who took part: attendance where recorded, a session's speaker codes where it was not. */
export function peopleHeard(sessions: FindingsDocument['sessions']): number {
  return sessions.reduce((sum, s) => sum + (s.attendance ?? s.participantCount), 0);
}

export function summary(doc: FindingsDocument, look: DocumentLookups): Block[] {
  const denominator = groupsHeardFrom(doc.coverage.columns);
  const heard = doc.groups.filter((g) => g.heldSessions > 0);
  const notYet = doc.groups.filter((g) => g.heldSessions === 0).map((g) => g.name);
  const people = peopleHeard(doc.sessions);
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'Summary' },
    {
      type: 'paragraph',
      tone: 'lead',
      text:
        `We have heard from ${heard.length} of the ${count(doc.groups.length, 'stakeholder group', 'stakeholder groups')} ` +
        `in ${count(doc.totals.heldSessions, 'focus group', 'focus groups')}` +
        `${people > 0 ? `; ${count(people, 'person', 'people')} took part` : ''}. ` +
        `Their ${count(doc.totals.notes, 'note', 'notes')} were sorted into ${count(doc.ranking.length, 'theme', 'themes')}.`,
    },
  ];
  if (doc.ranking.length > 0) {
    const top = doc.ranking.slice(0, TOP_THEMES);
    const used = new Set<string>();
    blocks.push(
      {
        type: 'paragraph',
        tone: 'strong',
        text: doc.ranking.length > TOP_THEMES ? `The top ${top.length} themes` : 'The themes',
      },
      { type: 'list', items: top.map((r) => themeSentence(doc, r, denominator, used)) },
    );
  }
  blocks.push({ type: 'paragraph', tone: 'strong', text: 'Who we heard' });
  blocks.push(
    heard.length
      ? {
          type: 'list',
          items: heard.map((g) => {
            const sessions = doc.sessions.filter((s) => s.groupId === g.id);
            const groupPeople = peopleHeard(sessions);
            return `${look.groupName(g.id)}: ${count(g.heldSessions, 'session', 'sessions')}${groupPeople ? `, ${count(groupPeople, 'person', 'people')}` : ''}`;
          }),
        }
      : { type: 'paragraph', text: 'No stakeholder group has had a session yet.' },
  );
  blocks.push({
    type: 'paragraph',
    text: notYet.length ? `Not yet heard from: ${notYet.join(', ')}.` : 'Every stakeholder group has been heard from.',
  });
  return blocks;
}
