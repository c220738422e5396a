/**
 * The workbook's Action plan sheet: the rows a PMT pastes into the plan. One row per action (what, who leads, who
 * partners, when), then one row per measure of progress (what, baseline, target, where the figure comes from),
 * each under its priority, so the two kinds of row never pretend a measure belongs to the action beside it.
 * Priorities come first in their order (1 = highest), then findings with no priority; a finding with neither an
 * action nor a measure still gets a row, so the plan shows what is still to be decided.
 */
import { TIMEFRAME_LABELS } from '../domain/actionPlan';
import type { DocumentFinding, FindingsDocument } from '../findings/documentSchema';
import { responseLabel } from '../findings/planText';
import type { DocumentLookups } from './lookups';
import type { Cell, Table } from './tableTypes';

export const ACTION_PLAN_COLUMNS = [
  'Priority',
  'Finding',
  'Themes',
  'Row',
  'Action',
  'Lead agency',
  'Partner agencies',
  'Timeframe',
  'Measure of progress',
  'Baseline',
  'Target',
  'Data source',
  'Response',
] as const;

/** Findings in the plan's order: by priority (unset last), then as the framework lists them. */
export function findingsInPlanOrder(doc: FindingsDocument): DocumentFinding[] {
  const position = new Map(doc.framework.flatMap((s) => s.findingIds).map((id, i) => [id, i]));
  return [...doc.findings].sort(
    (a, b) =>
      (a.priority ?? Number.MAX_SAFE_INTEGER) - (b.priority ?? Number.MAX_SAFE_INTEGER) ||
      (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}

function rowsOf(f: DocumentFinding, look: DocumentLookups): Cell[][] {
  const head = (): Cell[] => [f.priority ?? '', f.statement, f.themeIds.map((id) => look.themeName(id)).join(', ')];
  const response = responseLabel(f.response?.status);
  const rows: Cell[][] = [
    ...f.actions.map((a) => [
      ...head(),
      'Action',
      a.text,
      a.lead,
      a.partners.join(', '),
      a.timeframe ? TIMEFRAME_LABELS[a.timeframe] : '',
      '',
      '',
      '',
      '',
      response,
    ]),
    ...f.measures.map((m) => [
      ...head(),
      'Measure',
      '',
      '',
      '',
      '',
      m.text,
      m.baseline,
      m.target,
      m.dataSource,
      response,
    ]),
  ];
  return rows.length ? rows : [[...head(), 'To decide', '', '', '', '', '', '', '', '', response]];
}

export function actionPlanTable(doc: FindingsDocument, look: DocumentLookups): Table {
  const wrap = new Set(['Finding', 'Action', 'Measure of progress', 'Partner agencies']);
  return {
    name: 'Action plan',
    columns: ACTION_PLAN_COLUMNS.map((header) => ({ header, ...(wrap.has(header) ? { wrap: true } : {}) })),
    rows: findingsInPlanOrder(doc).flatMap((f) => rowsOf(f, look)),
  };
}
