/**
 * "Return to community" (architecture: Community approval): the readable half of what a community gets back of a
 * session held with it — everything it said (notes), the themes made of it, which of its words were chosen as
 * quotes, and what the project did with them (findings, actions, measures) — from the privacy plan made for that
 * return (`planExport(…, { communityReturn })`), so consent withdrawals, erasures and redaction of personal
 * information still apply.
 *
 * Cultural-protocol notes are included and marked: the knowledge is the community's own, and a return that left it
 * out would take it away from the people it belongs to; the mark tells the keeper that it was shared on terms and
 * is not for passing on. Sensitive notes keep the plan's treatment (counted, words withheld): they may be one
 * person's disclosure, which a copy kept by a whole organisation should not expose.
 */
import type { Note } from '../domain/schemas';
import { plural } from '../i18n/plural';
import { communityStatus } from '../privacy/community';
import type { ExportPlan } from '../privacy/plan';
import type { Block, ReportModel } from './report/types';

export const RETURN_FLAG_POLICY = { sensitive: 'withhold', doNotQuote: 'keep', culturalProtocol: 'keep' } as const;

function noteMarks(note: Note): string {
  const marks = [];
  if (note.flags.culturalProtocol) marks.push('Cultural protocol: shared on your terms, not for passing on');
  if (note.flags.sensitive) marks.push('Sensitive: words kept back');
  if (note.flags.doNotQuote) marks.push('Not to be quoted');
  return marks.join('; ');
}

function approvalText(plan: ExportPlan, sessionId: string): string {
  const session = plan.snapshot.sessions.find((s) => s.id === sessionId);
  const approval = session?.communityApproval;
  if (!session || !approval) {
    return 'No approval has been recorded: nothing of this session has been included in any report, workbook or file the project shares.';
  }
  const parts = [
    approval.scope.quotes && 'your words as quotes',
    approval.scope.counts && 'counts of your notes',
    approval.scope.themes && 'the themes named from them',
  ].filter(Boolean);
  return (
    `Approved by ${approval.approvedBy} on ${approval.approvedOn} for ${parts.length ? parts.join(', ') : 'nothing to leave'}. ` +
    'Only what this approval covers appears in what the project shares.'
  );
}

/** The report; the plan must have been made with `communityReturn: sessionId`. */
export function buildCommunityReturn(plan: ExportPlan, sessionId: string): ReportModel {
  const { snapshot } = plan;
  const session = snapshot.sessions.find((s) => s.id === sessionId);
  if (!session || plan.scope.sessionIds?.join() !== sessionId) {
    throw new Error('The return plan must be made for this one session.');
  }
  const status = communityStatus(session);
  const community = status.kind === 'open' ? 'the community' : status.community;
  const themes = new Map(snapshot.themes.map((t) => [t.id, t]));
  const speakers = new Map(snapshot.participants.map((p) => [p.id, p.code]));
  const kinds = new Map(snapshot.project.kinds.map((k) => [k.id, k.name]));
  const notes = snapshot.notes.filter((n) => n.sessionId === sessionId);
  const noteIds = new Set(notes.map((n) => n.id));
  const ref = (id: string) => plan.noteRefs[id] || '';
  const findings = snapshot.findings.filter((f) => f.evidenceNoteIds.some((id) => noteIds.has(id)));
  const quoted = new Set(findings.flatMap((f) => f.quoteNoteIds).filter((id) => noteIds.has(id)));

  const title = `Returned to ${community}: ${session.title}`;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: title },
    {
      type: 'paragraph',
      tone: 'lead',
      text:
        `This is ${community}'s own record of what was shared at ${session.title}` +
        `${session.date ? ` on ${session.date}` : ''}, for ${snapshot.project.name}. It belongs to ${community}.`,
    },
    { type: 'heading', level: 2, text: 'Your approval' },
    { type: 'paragraph', text: approvalText(plan, sessionId) },
    {
      type: 'paragraph',
      tone: 'muted',
      text:
        'Speakers appear only by code. Notes of anyone who withdrew consent are not here. ' +
        'A bundle file beside this report holds the same records for the Fieldnotes app.',
    },
    {
      type: 'heading',
      level: 2,
      text: `What was shared (${plural(notes.length, { one: '# note', other: '# notes' })})`,
    },
    // A list, not a table: a note is a sentence or a paragraph and reads best at full width.
    {
      type: 'list',
      items: notes.map((n) => {
        const details = [
          (n.participantId && speakers.get(n.participantId)) || '',
          (n.kind && kinds.get(n.kind)) || '',
          n.themeId && themes.get(n.themeId) ? `theme “${themes.get(n.themeId)!.name}”` : '',
          noteMarks(n),
          quoted.has(n.id) ? 'Chosen as a quote' : '',
        ].filter(Boolean);
        return `${ref(n.id)}: ${n.text}${details.length ? ` (${details.join('; ')})` : ''}`;
      }),
    },
  ];
  const sessionThemes = snapshot.themes.filter((t) => t.sessionId === sessionId);
  blocks.push({ type: 'heading', level: 2, text: 'Themes made from your words' });
  blocks.push(
    sessionThemes.length
      ? {
          type: 'list',
          items: sessionThemes.map((t) => {
            const count = notes.filter((n) => n.themeId === t.id).length;
            const master = t.masterThemeId ? themes.get(t.masterThemeId)?.name : undefined;
            return `${t.name} (${plural(count, { one: '# note', other: '# notes' })})${master ? ` — part of the project theme “${master}”` : ''}`;
          }),
        }
      : { type: 'paragraph', text: 'No themes were made from this session.' },
  );
  blocks.push({ type: 'heading', level: 2, text: 'What was done with them' });
  if (!findings.length) blocks.push({ type: 'paragraph', text: 'No finding draws on this session yet.' });
  for (const finding of findings) {
    const own = finding.evidenceNoteIds.filter((id) => noteIds.has(id));
    blocks.push({ type: 'heading', level: 3, text: finding.statement || 'Finding (no statement yet)' });
    blocks.push({ type: 'paragraph', tone: 'muted', text: `Draws on your notes ${own.map(ref).join(', ')}.` });
    for (const id of finding.quoteNoteIds.filter((q) => noteIds.has(q))) {
      const note = notes.find((n) => n.id === id);
      if (note && !note.flags.sensitive) blocks.push({ type: 'quote', text: note.text, attribution: ref(id) });
    }
    if (finding.actions.length) blocks.push({ type: 'list', items: finding.actions.map((a) => `Action: ${a}`) });
    if (finding.measures.length) blocks.push({ type: 'list', items: finding.measures.map((m) => `Measure: ${m}`) });
  }
  return {
    title,
    blocks,
    // The return report is written in English for now; the findings report's language choice is not offered here yet.
    lang: 'en',
    contentsTitle: 'Contents',
    description: 'Return to community: the words a community shared, and what was done with them',
  };
}

/** File names: the community and the session, never anything else. */
export function communityReturnBaseName(plan: ExportPlan, sessionId: string): string {
  const session = plan.snapshot.sessions.find((s) => s.id === sessionId);
  const community = session?.community?.name ?? 'community';
  const printable = [...`Returned to ${community} - ${session?.title ?? 'session'}`]
    .map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('');
  return printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}
