/**
 * A finding's actions, measures and response in words, one line each: what the workbook's Findings sheet, the CSV
 * and the reports print when a whole table row is too much. One home, so every format words them the same way.
 */
import {
  RESPONSE_LABELS,
  TIMEFRAME_LABELS,
  type PlanAction,
  type PlanMeasure,
  type ResponseStatus,
} from '../domain/actionPlan';

export function actionLine(action: PlanAction): string {
  const details = [
    action.lead && `lead: ${action.lead}`,
    action.partners.length > 0 && `partners: ${action.partners.join(', ')}`,
    action.timeframe && TIMEFRAME_LABELS[action.timeframe].toLowerCase(),
  ].filter(Boolean);
  return details.length ? `${action.text} (${details.join('; ')})` : action.text;
}

export function measureLine(measure: PlanMeasure): string {
  const details = [
    measure.baseline && `baseline: ${measure.baseline}`,
    measure.target && `target: ${measure.target}`,
    measure.dataSource && `source: ${measure.dataSource}`,
  ].filter(Boolean);
  return details.length ? `${measure.text} (${details.join('; ')})` : measure.text;
}

export function responseLabel(status: ResponseStatus | null | undefined): string {
  return status ? RESPONSE_LABELS[status] : 'No response recorded yet';
}
