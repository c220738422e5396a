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
import { noteIsInTheme, themesOfNote } from '../domain/noteThemes';
import type { Note } from '../domain/schemas';
import { planWords } from '../findings/planText';
import { translator, type Translator } from '../i18n/translate';
import { dayText } from '../i18n/dayText';
import { communityStatus } from '../privacy/community';
import type { ExportPlan } from '../privacy/plan';
import type { Block, ReportModel } from './report/types';

export const RETURN_FLAG_POLICY = { sensitive: 'withhold', doNotQuote: 'keep', culturalProtocol: 'keep' } as const;

function noteMarks(note: Note, tr: Translator): string[] {
  return [
    note.flags.culturalProtocol && tr.t('communityReturn.mark.culturalProtocol'),
    note.flags.sensitive && tr.t('communityReturn.mark.sensitive'),
    note.flags.doNotQuote && tr.t('communityReturn.mark.doNotQuote'),
  ].filter((mark): mark is string => Boolean(mark));
}

function approvalText(plan: ExportPlan, sessionId: string, tr: Translator): string {
  const session = plan.snapshot.sessions.find((s) => s.id === sessionId);
  const approval = session?.communityApproval;
  if (!session || !approval) return tr.t('communityReturn.noApproval');
  const parts = [
    approval.scope.quotes && tr.t('communityReturn.scope.quotes'),
    approval.scope.counts && tr.t('communityReturn.scope.counts'),
    approval.scope.themes && tr.t('communityReturn.scope.themes'),
  ].filter(Boolean);
  return tr.t('communityReturn.approved', {
    approvedBy: approval.approvedBy,
    date: dayText(approval.approvedOn, tr),
    scope: parts.length ? parts.join(', ') : tr.t('communityReturn.scope.nothing'),
  });
}

/**
 * The report, in the language of `tr` (its words; never the notes, themes or names people typed); the plan must
 * have been made with `communityReturn: sessionId`.
 */
export function buildCommunityReturn(plan: ExportPlan, sessionId: string, tr: Translator = translator()): ReportModel {
  const { snapshot } = plan;
  const session = snapshot.sessions.find((s) => s.id === sessionId);
  if (!session || plan.scope.sessionIds?.join() !== sessionId) {
    throw new Error('The return plan must be made for this one session.');
  }
  const status = communityStatus(session);
  const community = status.kind === 'open' ? tr.t('communityReturn.theCommunity') : status.community;
  const notes = snapshot.notes.filter((n) => n.sessionId === sessionId);
  const noteIds = new Set(notes.map((n) => n.id));
  const ref = (id: string) => plan.noteRefs[id] || '';
  const findings = snapshot.findings.filter((f) => f.evidenceNoteIds.some((id) => noteIds.has(id)));
  const quoted = new Set(findings.flatMap((f) => f.quoteNoteIds).filter((id) => noteIds.has(id)));

  const title = tr.t('communityReturn.title', { community, session: session.title });
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: title },
    {
      type: 'paragraph',
      tone: 'lead',
      text: tr.t('communityReturn.lead', {
        community,
        session: session.title,
        project: snapshot.project.name,
        hasDate: session.date ? 'yes' : 'no',
        date: session.date ? dayText(session.date, tr) : '',
      }),
    },
    { type: 'heading', level: 2, text: tr.t('communityReturn.yourApproval') },
    { type: 'paragraph', text: approvalText(plan, sessionId, tr) },
    { type: 'paragraph', tone: 'muted', text: tr.t('communityReturn.howToRead') },
    { type: 'heading', level: 2, text: tr.t('communityReturn.whatShared', { count: notes.length }) },
    // A list, not a table: a note is a sentence or a paragraph and reads best at full width.
    { type: 'list', items: notes.map((note) => noteLine(note, plan, quoted, tr)) },
    ...themeBlocks(plan, sessionId, notes, tr),
    { type: 'heading', level: 2, text: tr.t('communityReturn.doneHeading') },
  ];
  if (!findings.length) blocks.push({ type: 'paragraph', text: tr.t('communityReturn.noFindings') });
  for (const finding of findings) {
    const own = finding.evidenceNoteIds.filter((id) => noteIds.has(id));
    const statement = finding.statement || tr.t('communityReturn.findingWithoutStatement');
    blocks.push({ type: 'heading', level: 3, text: statement });
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      text: tr.t('communityReturn.drawsOn', { refs: own.map(ref).join(', ') }),
    });
    for (const id of finding.quoteNoteIds.filter((q) => noteIds.has(q))) {
      const note = notes.find((n) => n.id === id);
      if (note && !note.flags.sensitive) blocks.push({ type: 'quote', text: note.text, attribution: ref(id) });
    }
    if (finding.actions.length) {
      blocks.push({ type: 'list', items: finding.actions.map((a) => tr.t('report.action', { text: a.text })) });
    }
    if (finding.measures.length) {
      blocks.push({
        type: 'list',
        items: finding.measures.map((m) => tr.t('report.measure', { text: planWords(tr).measure(m) })),
      });
    }
  }
  return {
    title,
    blocks,
    lang: tr.locale,
    contentsTitle: tr.t('report.contents'),
    description: tr.t('communityReturn.description'),
  };
}

/** One note as the community reads it: its reference, its words, then who said it, its kind, theme and marks. */
function noteLine(note: Note, plan: ExportPlan, quoted: ReadonlySet<string>, tr: Translator): string {
  const { snapshot } = plan;
  const speaker = note.participantId ? snapshot.participants.find((p) => p.id === note.participantId)?.code : '';
  const kind = note.kind ? snapshot.project.kinds.find((k) => k.id === note.kind)?.name : '';
  // Its home theme first, then those it is linked to.
  const themes = themesOfNote(note).flatMap((id) => snapshot.themes.filter((t) => t.id === id));
  const details = [
    speaker ?? '',
    kind ?? '',
    ...themes.map((theme) => tr.t('communityReturn.noteTheme', { name: theme.name })),
    ...noteMarks(note, tr),
    quoted.has(note.id) ? tr.t('communityReturn.chosenAsQuote') : '',
  ].filter(Boolean);
  const ref = plan.noteRefs[note.id] || '';
  return details.length
    ? tr.t('communityReturn.noteWithDetails', {
        ref,
        text: note.text,
        details: details.join(tr.t('communityReturn.detailSeparator')),
      })
    : tr.t('communityReturn.note', { ref, text: note.text });
}

/** The themes made on the session's board, each with its count and the project theme it belongs to. */
function themeBlocks(plan: ExportPlan, sessionId: string, notes: readonly Note[], tr: Translator): Block[] {
  const themes = new Map(plan.snapshot.themes.map((t) => [t.id, t]));
  const own = plan.snapshot.themes.filter((t) => t.sessionId === sessionId);
  const heading: Block = { type: 'heading', level: 2, text: tr.t('communityReturn.themesHeading') };
  if (!own.length) return [heading, { type: 'paragraph', text: tr.t('communityReturn.noThemes') }];
  const items = own.map((theme) => {
    const count = notes.filter((n) => noteIsInTheme(n, theme.id)).length;
    const master = theme.masterThemeId ? themes.get(theme.masterThemeId)?.name : undefined;
    return master
      ? tr.t('communityReturn.themeInMaster', { name: theme.name, count, master })
      : tr.t('communityReturn.theme', { name: theme.name, count });
  });
  return [heading, { type: 'list', items }];
}

/** File names, in the report's language: the community and the session, never anything else. */
export function communityReturnBaseName(plan: ExportPlan, sessionId: string, tr: Translator = translator()): string {
  const session = plan.snapshot.sessions.find((s) => s.id === sessionId);
  const community = session?.community?.name ?? tr.t('communityReturn.theCommunity');
  const name = tr.t('communityReturn.fileName', { community, session: session?.title ?? '' });
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  return printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}
