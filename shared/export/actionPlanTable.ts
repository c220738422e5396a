/**
 * The workbook's Action plan sheet: the rows a PMT pastes into the plan. One row per action (what, who leads, who
 * partners, when), then one row per measure of progress (what, baseline, target, where the figure comes from),
 * each under its priority, so the two kinds of row never pretend a measure belongs to the action beside it.
 * Priorities come first in their order (1 = highest), then findings with no priority; a finding with neither an
 * action nor a measure still gets a row, so the plan shows what is still to be decided.
 */
import type { DocumentFinding, FindingsDocument } from '../findings/documentSchema';
import { planWords, type PlanWords } from '../findings/planText';
import type { MessageId } from '../i18n/catalogue';
import { translator, type Translator } from '../i18n/translate';
import type { DocumentLookups } from './lookups';
import type { Cell, Table } from './tableTypes';

/** The sheet's columns in order; `wrap` for the long text a PMT reads. */
const COLUMNS: { id: MessageId; wrap?: true }[] = [
  { id: 'workbook.col.priority' },
  { id: 'workbook.col.finding', wrap: true },
  { id: 'workbook.col.themes' },
  { id: 'workbook.col.row' },
  { id: 'workbook.col.action', wrap: true },
  { id: 'workbook.col.lead' },
  { id: 'workbook.col.partners', wrap: true },
  { id: 'workbook.col.timeframe' },
  { id: 'workbook.col.measure', wrap: true },
  { id: 'workbook.col.baseline' },
  { id: 'workbook.col.target' },
  { id: 'workbook.col.dataSource' },
  { id: 'workbook.col.response' },
];

/** The sheet's headers in the language of `tr`. */
export function actionPlanColumns(tr: Translator = translator()): string[] {
  return COLUMNS.map((column) => tr.t(column.id));
}

/** Findings in the plan's order: by priority (unset last), then as the framework lists them. */
export function findingsInPlanOrder(doc: FindingsDocument): DocumentFinding[] {
  const position = new Map(doc.framework.flatMap((s) => s.findingIds).map((id, i) => [id, i]));
  return [...doc.findings].sort(
    (a, b) =>
      (a.priority ?? Number.MAX_SAFE_INTEGER) - (b.priority ?? Number.MAX_SAFE_INTEGER) ||
      (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}

function rowsOf(f: DocumentFinding, look: DocumentLookups, tr: Translator, words: PlanWords): Cell[][] {
  const head = (): Cell[] => [f.priority ?? '', f.statement, f.themeIds.map((id) => look.themeName(id)).join(', ')];
  const response = words.response(f.response?.status);
  const rows: Cell[][] = [
    ...f.actions.map((a) => [
      ...head(),
      tr.t('workbook.row.action'),
      a.text,
      a.lead,
      a.partners.join(', '),
      a.timeframe ? words.timeframe(a.timeframe) : '',
      '',
      '',
      '',
      '',
      response,
    ]),
    ...f.measures.map((m) => [
      ...head(),
      tr.t('workbook.row.measure'),
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
  return rows.length ? rows : [[...head(), tr.t('workbook.row.toDecide'), '', '', '', '', '', '', '', '', response]];
}

export function actionPlanTable(doc: FindingsDocument, look: DocumentLookups, tr: Translator = translator()): Table {
  const words = planWords(tr);
  return {
    name: tr.t('workbook.sheet.actionPlan'),
    columns: COLUMNS.map((column) => ({ header: tr.t(column.id), ...(column.wrap ? { wrap: true } : {}) })),
    rows: findingsInPlanOrder(doc).flatMap((f) => rowsOf(f, look, tr, words)),
  };
}
