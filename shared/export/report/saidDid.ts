/**
 * The "You said, we did" report as report blocks, for the people who took part: what we heard from them, finding
 * by finding, and what was done with it (the response recorded on each finding: its status, the reason in plain
 * words, the action or measure it became, the plan's actions and how progress will be measured). Rendered by the
 * same Word and HTML writers as "What we heard" (docx.ts, html.ts).
 *
 * It is written from the findings document, so it has passed the privacy gate: quotes are only notes that may be
 * quoted, attributed to a stakeholder group, never a speaker; flagged notes follow the export's flag policy. When
 * the export is scoped to some stakeholder groups it is that groups' report: only findings their notes support.
 * The response's recorder is named in the workbook and the JSON for the team; this report, for the public, gives
 * only the date.
 */
import type { DocumentFinding, FindingsDocument } from '../../findings/documentSchema';
import { groupsHeardFrom } from '../../findings/breadth';
import type { MessageId } from '../../i18n/catalogue';
import { translator, type Translator } from '../../i18n/translate';
import type { PlanAction, PlanMeasure, ResponseStatus, Timeframe } from '../../domain/actionPlan';
import { findingsInPlanOrder } from '../actionPlanTable';
import { lookups, type DocumentLookups } from '../lookups';
import { firstSentence, peopleHeard } from './summary';
import type { Block, ReportModel } from './types';

type Status = ResponseStatus | 'undecided';

/** What we did, said to a resident. */
const WE_DID: Record<Status, MessageId> = {
  adopted: 'saidDid.weDid.adopted',
  'in-progress': 'saidDid.weDid.inProgress',
  'not-adopted': 'saidDid.weDid.notAdopted',
  'out-of-scope': 'saidDid.weDid.outOfScope',
  undecided: 'saidDid.weDid.undecided',
};

/** The at-a-glance counts, in the order a reader wants them. */
const AT_A_GLANCE: [Status, MessageId][] = [
  ['adopted', 'saidDid.glance.adopted'],
  ['in-progress', 'saidDid.glance.inProgress'],
  ['not-adopted', 'saidDid.glance.notAdopted'],
  ['out-of-scope', 'saidDid.glance.outOfScope'],
  ['undecided', 'saidDid.glance.undecided'],
];

const WHEN: Record<Timeframe, MessageId> = {
  short: 'saidDid.when.short',
  medium: 'saidDid.when.medium',
  long: 'saidDid.when.long',
};

/** What the report is written with: the document's lookups and the report's language. */
interface Context {
  look: DocumentLookups;
  tr: Translator;
}

const statusOf = (f: DocumentFinding): Status => f.response?.status ?? 'undecided';

function actionSentence(action: PlanAction, tr: Translator): string {
  const partners = joinWords(action.partners, tr);
  const who = action.lead
    ? action.partners.length
      ? tr.t('saidDid.ledByWith', { lead: action.lead, partners })
      : tr.t('saidDid.ledBy', { lead: action.lead })
    : action.partners.length
      ? tr.t('saidDid.with', { partners })
      : '';
  const when = action.timeframe ? tr.t('saidDid.when', { when: tr.t(WHEN[action.timeframe]) }) : '';
  return [withStop(action.text), who, when].filter(Boolean).join(' ');
}

function measureSentence(measure: PlanMeasure, tr: Translator): string {
  const parts = [
    measure.baseline && tr.t('saidDid.now', { value: measure.baseline }),
    measure.target && tr.t('saidDid.goal', { value: measure.target }),
    measure.dataSource && tr.t('saidDid.from', { value: measure.dataSource }),
  ].filter(Boolean);
  return parts.length
    ? tr.t('plan.withDetails', { text: measure.text, details: parts.join(tr.t('plan.detailSeparator')) })
    : measure.text;
}

/**
 * A date as people write it, the same on every machine: "12 November 2026" in English (day first, as plain-language
 * writing in Canada has it), "12 novembre 2026" in French.
 */
function longDate(iso: string, tr: Translator): string {
  return new Date(iso).toLocaleDateString(tr.locale === 'en' ? 'en-GB' : tr.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const withStop = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function joinWords(items: readonly string[], tr: Translator): string {
  if (items.length <= 1) return items.join('');
  return tr.t('saidDid.and', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

function youSaid(f: DocumentFinding, { look, tr }: Context): string {
  return f.statement.trim() || f.themeIds.map((id) => look.themeName(id)).join(', ') || tr.t('saidDid.noWords');
}

function findingBlocks(f: DocumentFinding, c: Context, showGroups: boolean): Block[] {
  const { look, tr } = c;
  const status = statusOf(f);
  const said = youSaid(f, c);
  const blocks: Block[] = [{ type: 'heading', level: 3, text: tr.t('saidDid.youSaid', { text: firstSentence(said) }) }];
  if (firstSentence(said) !== said.replace(/[.!?\s]+$/, '')) blocks.push({ type: 'paragraph', text: said });
  const groups = f.groupIds.map((id) => look.groupName(id)).filter(Boolean);
  if (showGroups && groups.length)
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      text: tr.t('saidDid.heardFrom', { groups: joinWords(groups, tr) }),
    });
  for (const quote of f.quotes.slice(0, 2)) {
    const group = look.groupName(quote.groupId);
    blocks.push({
      type: 'quote',
      text: quote.text,
      attribution: group ? tr.t('report.focusGroupOf', { group }) : tr.t('saidDid.aFocusGroup'),
    });
  }
  blocks.push({ type: 'paragraph', tone: 'strong', text: tr.t('saidDid.weDid', { text: tr.t(WE_DID[status]) }) });
  if (f.response?.reason)
    blocks.push({ type: 'paragraph', text: tr.t('saidDid.why', { text: withStop(f.response.reason) }) });
  if (f.response?.outcome)
    blocks.push({ type: 'paragraph', text: tr.t('saidDid.became', { text: withStop(f.response.outcome) }) });
  if (status !== 'not-adopted' && status !== 'out-of-scope') {
    if (f.actions.length)
      blocks.push(
        { type: 'paragraph', tone: 'strong', text: tr.t('saidDid.willBeDone') },
        { type: 'list', items: f.actions.map((a) => actionSentence(a, tr)) },
      );
    if (f.measures.length)
      blocks.push(
        { type: 'paragraph', tone: 'strong', text: tr.t('saidDid.howWeKnow') },
        { type: 'list', items: f.measures.map((m) => measureSentence(m, tr)) },
      );
  }
  if (f.response)
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      text: tr.t('saidDid.decided', { date: longDate(f.response.recordedAt, tr) }),
    });
  return blocks;
}

/** The findings this report answers: all of them, or (scoped to groups) those the groups' notes support. */
function findingsFor(doc: FindingsDocument): DocumentFinding[] {
  const scoped = doc.privacy.scope.groupIds !== null || doc.privacy.scope.sessionIds !== null;
  return findingsInPlanOrder(doc).filter((f) => !scoped || f.noteCount > 0);
}

function atAGlance(findings: readonly DocumentFinding[], c: Context): Block[] {
  const { tr } = c;
  const items = AT_A_GLANCE.flatMap(([status, id]) => {
    const count = findings.filter((f) => statusOf(f) === status).length;
    return count ? [tr.t(id, { count })] : [];
  });
  return [
    { type: 'heading', level: 2, text: tr.t('saidDid.atAGlance') },
    { type: 'paragraph', text: tr.t('saidDid.wroteDown', { count: findings.length }) },
    { type: 'list', items },
    {
      type: 'table',
      headers: [tr.t('saidDid.col.youSaid'), tr.t('saidDid.col.weDid')],
      rows: findings.map((f) => [firstSentence(youSaid(f, c)), tr.t(WE_DID[statusOf(f)])]),
    },
  ];
}

function introduction(doc: FindingsDocument, groupNames: readonly string[], tr: Translator): Block[] {
  return [
    {
      type: 'paragraph',
      tone: 'lead',
      text: groupNames.length
        ? tr.t('saidDid.thanksGroups', { groups: joinWords(groupNames, tr) })
        : tr.t('saidDid.thanks'),
    },
    {
      type: 'paragraph',
      text: tr.t('saidDid.held', {
        sessions: doc.totals.heldSessions,
        scoped: groupNames.length ? 'yes' : 'no',
        groups: groupsHeardFrom(doc.coverage.columns),
        people: peopleHeard(doc.sessions),
      }),
    },
  ];
}

function aboutThisReport(doc: FindingsDocument, tr: Translator): Block[] {
  return [
    { type: 'heading', level: 2, text: tr.t('saidDid.about') },
    {
      type: 'paragraph',
      tone: 'muted',
      text: tr.t('saidDid.aboutText', { date: longDate(doc.generatedAt, tr), generator: doc.generator }),
    },
  ];
}

/** The report in the language of `tr` (its words; never what people said or typed). */
export function buildSaidDidReport(doc: FindingsDocument, tr: Translator = translator()): ReportModel {
  const c: Context = { look: lookups(doc), tr };
  const groupNames = (doc.privacy.scope.groupIds ?? []).map((id) => c.look.groupName(id)).filter(Boolean);
  const title = groupNames.length
    ? tr.t('saidDid.titleGroups', { project: doc.project.name, groups: joinWords(groupNames, tr) })
    : tr.t('saidDid.title', { project: doc.project.name });
  const findings = findingsFor(doc);
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }, ...introduction(doc, groupNames, tr)];
  if (findings.length === 0) {
    blocks.push({ type: 'paragraph', text: tr.t('saidDid.noFindings') });
  } else {
    blocks.push(...atAGlance(findings, c), { type: 'heading', level: 2, text: tr.t('saidDid.whatYouSaid') });
    for (const f of findings) blocks.push(...findingBlocks(f, c, groupNames.length !== 1));
  }
  blocks.push(...aboutThisReport(doc, tr));
  return {
    title,
    blocks,
    lang: tr.locale,
    contentsTitle: tr.t('report.contents'),
    description: tr.t('saidDid.description'),
  };
}
