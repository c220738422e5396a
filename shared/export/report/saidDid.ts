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
import { plural } from '../../i18n/plural';
import type { PlanAction, PlanMeasure, ResponseStatus, Timeframe } from '../../domain/actionPlan';
import { findingsInPlanOrder } from '../actionPlanTable';
import { lookups, type DocumentLookups } from '../lookups';
import { firstSentence, peopleHeard } from './summary';
import type { Block, ReportModel } from './types';

type Status = ResponseStatus | 'undecided';

/** What we did, said to a resident. */
const WE_DID: Record<Status, string> = {
  adopted: 'We put this in the plan.',
  'in-progress': 'We are working on this.',
  'not-adopted': 'We looked at this carefully and did not put it in the plan.',
  'out-of-scope': 'This is outside what this plan can change.',
  undecided: 'We have not decided yet.',
};

/** The at-a-glance counts, in the order a reader wants them. */
const AT_A_GLANCE: [Status, string, string][] = [
  ['adopted', 'is in the plan', 'are in the plan'],
  ['in-progress', 'is being worked on', 'are being worked on'],
  ['not-adopted', 'was considered and not adopted', 'were considered and not adopted'],
  ['out-of-scope', 'is outside what this plan can change', 'are outside what this plan can change'],
  ['undecided', 'is still to be decided', 'are still to be decided'],
];

const WHEN: Record<Timeframe, string> = {
  short: 'soon (short term)',
  medium: 'in the next few years (medium term)',
  long: 'over the longer term',
};

const statusOf = (f: DocumentFinding): Status => f.response?.status ?? 'undecided';

function actionSentence(action: PlanAction): string {
  const who = action.lead
    ? ` Led by ${action.lead}${action.partners.length ? `, with ${joinWords(action.partners)}` : ''}.`
    : action.partners.length
      ? ` With ${joinWords(action.partners)}.`
      : '';
  const when = action.timeframe ? ` When: ${WHEN[action.timeframe]}.` : '';
  return `${withStop(action.text)}${who}${when}`;
}

function measureSentence(measure: PlanMeasure): string {
  const parts = [
    measure.baseline && `now: ${measure.baseline}`,
    measure.target && `goal: ${measure.target}`,
    measure.dataSource && `from: ${measure.dataSource}`,
  ].filter(Boolean);
  return parts.length ? `${measure.text} (${parts.join('; ')})` : measure.text;
}

/** A date as people write it ("12 November 2026"), the same on every machine. */
function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const withStop = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function youSaid(f: DocumentFinding, look: DocumentLookups): string {
  return f.statement.trim() || f.themeIds.map((id) => look.themeName(id)).join(', ') || 'A finding without words';
}

function findingBlocks(f: DocumentFinding, look: DocumentLookups, showGroups: boolean): Block[] {
  const status = statusOf(f);
  const blocks: Block[] = [{ type: 'heading', level: 3, text: `You said: ${firstSentence(youSaid(f, look))}` }];
  if (firstSentence(youSaid(f, look)) !== youSaid(f, look).replace(/[.!?\s]+$/, ''))
    blocks.push({ type: 'paragraph', text: youSaid(f, look) });
  const groups = f.groupIds.map((id) => look.groupName(id)).filter(Boolean);
  if (showGroups && groups.length)
    blocks.push({ type: 'paragraph', tone: 'muted', text: `Heard from: ${joinWords(groups)}.` });
  for (const quote of f.quotes.slice(0, 2)) {
    const group = look.groupName(quote.groupId);
    blocks.push({ type: 'quote', text: quote.text, attribution: group ? `${group} focus group` : 'a focus group' });
  }
  blocks.push({ type: 'paragraph', tone: 'strong', text: `We did: ${WE_DID[status]}` });
  if (f.response?.reason) blocks.push({ type: 'paragraph', text: `Why: ${withStop(f.response.reason)}` });
  if (f.response?.outcome) blocks.push({ type: 'paragraph', text: `What it became: ${withStop(f.response.outcome)}` });
  if (status !== 'not-adopted' && status !== 'out-of-scope') {
    if (f.actions.length)
      blocks.push(
        { type: 'paragraph', tone: 'strong', text: 'What will be done' },
        { type: 'list', items: f.actions.map(actionSentence) },
      );
    if (f.measures.length)
      blocks.push(
        { type: 'paragraph', tone: 'strong', text: 'How we will know it is working' },
        { type: 'list', items: f.measures.map(measureSentence) },
      );
  }
  if (f.response)
    blocks.push({ type: 'paragraph', tone: 'muted', text: `Decided ${longDate(f.response.recordedAt)}.` });
  return blocks;
}

/** The findings this report answers: all of them, or (scoped to groups) those the groups' notes support. */
function findingsFor(doc: FindingsDocument): DocumentFinding[] {
  const scoped = doc.privacy.scope.groupIds !== null || doc.privacy.scope.sessionIds !== null;
  return findingsInPlanOrder(doc).filter((f) => !scoped || f.noteCount > 0);
}

function atAGlance(findings: readonly DocumentFinding[], look: DocumentLookups): Block[] {
  const items = AT_A_GLANCE.flatMap(([status, one, other]) => {
    const n = findings.filter((f) => statusOf(f) === status).length;
    return n ? [plural(n, { one: `# ${one}.`, other: `# ${other}.` })] : [];
  });
  return [
    { type: 'heading', level: 2, text: 'At a glance' },
    {
      type: 'paragraph',
      text: `We wrote down what you told us as ${plural(findings.length, { one: '# finding', other: '# findings' })}. Of these:`,
    },
    { type: 'list', items },
    {
      type: 'table',
      headers: ['You said', 'We did'],
      rows: findings.map((f) => [firstSentence(youSaid(f, look)), WE_DID[statusOf(f)]]),
    },
  ];
}

function introduction(doc: FindingsDocument, groupNames: readonly string[]): Block[] {
  const people = peopleHeard(doc.sessions);
  const groups = groupsHeardFrom(doc.coverage.columns);
  const whom = groupNames.length ? `${joinWords(groupNames)} focus groups` : 'focus groups';
  return [
    {
      type: 'paragraph',
      tone: 'lead',
      text: `Thank you for taking part. This report tells you what we heard in the ${whom} and what we did with it.`,
    },
    {
      type: 'paragraph',
      text:
        `We held ${plural(doc.totals.heldSessions, { one: '# focus group', other: '# focus groups' })}` +
        `${groupNames.length ? '' : ` with ${plural(groups, { one: '# stakeholder group', other: '# stakeholder groups' })}`}` +
        `${people > 0 ? `; ${plural(people, { one: '# person', other: '# people' })} took part` : ''}.`,
    },
  ];
}

function aboutThisReport(doc: FindingsDocument): Block[] {
  return [
    { type: 'heading', level: 2, text: 'About this report' },
    {
      type: 'paragraph',
      tone: 'muted',
      text:
        'No one is named in this report. Quotes say only which group they came from, and nothing anyone asked us ' +
        'not to quote, or told us in confidence, is quoted. ' +
        `Prepared ${longDate(doc.generatedAt)} with ${doc.generator}.`,
    },
  ];
}

export function buildSaidDidReport(doc: FindingsDocument): ReportModel {
  const look = lookups(doc);
  const groupNames = (doc.privacy.scope.groupIds ?? []).map((id) => look.groupName(id)).filter(Boolean);
  const title = `You said, we did: ${doc.project.name}${groupNames.length ? ` (${joinWords(groupNames)})` : ''}`;
  const findings = findingsFor(doc);
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }, ...introduction(doc, groupNames)];
  if (findings.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: 'We have not written down any findings from these conversations yet. We will share what we did when we have.',
    });
  } else {
    blocks.push(...atAGlance(findings, look), { type: 'heading', level: 2, text: 'What you said and what we did' });
    for (const f of findings) blocks.push(...findingBlocks(f, look, groupNames.length !== 1));
  }
  blocks.push(...aboutThisReport(doc));
  return {
    title,
    blocks,
    // Written in English for now: this report has no language choice yet (the findings report has).
    lang: 'en',
    contentsTitle: 'Contents',
    description: 'You said, we did: what was done with what people told us',
  };
}
