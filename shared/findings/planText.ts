/**
 * A finding's actions, measures and response in words, one line each: what the workbook's Findings sheet, the CSV
 * and the reports print when a whole table row is too much. One home, so every format words them the same way, in
 * the language of the translator it is given (English when none is): the words around what people typed, never
 * what they typed.
 */
import type { PlanAction, PlanMeasure, ResponseStatus, Timeframe } from '../domain/actionPlan';
import type { MessageId } from '../i18n/catalogue';
import { translator, type Translator } from '../i18n/translate';

const TIMEFRAMES: Record<Timeframe, MessageId> = {
  short: 'plan.timeframe.short',
  medium: 'plan.timeframe.medium',
  long: 'plan.timeframe.long',
};

const TIMEFRAMES_INLINE: Record<Timeframe, MessageId> = {
  short: 'plan.timeframeInline.short',
  medium: 'plan.timeframeInline.medium',
  long: 'plan.timeframeInline.long',
};

const RESPONSES: Record<ResponseStatus, MessageId> = {
  adopted: 'plan.response.adopted',
  'in-progress': 'plan.response.inProgress',
  'not-adopted': 'plan.response.notAdopted',
  'out-of-scope': 'plan.response.outOfScope',
};

/** The plan's words in one language; each function takes one item, so it can be handed to `map`. */
export interface PlanWords {
  /** "Short term", as a column of its own shows it. */
  timeframe(timeframe: Timeframe): string;
  /** "Open a drop-in centre (lead: Municipality; partners: Library; short term)". */
  action(action: PlanAction): string;
  /** "Visits per month (baseline: 40; target: 80; source: door counts)". */
  measure(measure: PlanMeasure): string;
  /** The response's status, or that none is recorded yet. */
  response(status: ResponseStatus | null | undefined): string;
}

export function planWords(tr: Translator = translator()): PlanWords {
  const withDetails = (text: string, details: (string | false)[]) => {
    const present = details.filter((detail): detail is string => Boolean(detail));
    if (!present.length) return text;
    return tr.t('plan.withDetails', { text, details: present.join(tr.t('plan.detailSeparator')) });
  };
  return {
    timeframe: (timeframe) => tr.t(TIMEFRAMES[timeframe]),
    action: (action) =>
      withDetails(action.text, [
        Boolean(action.lead) && tr.t('plan.lead', { lead: action.lead }),
        action.partners.length > 0 && tr.t('plan.partners', { partners: action.partners.join(', ') }),
        Boolean(action.timeframe) && tr.t(TIMEFRAMES_INLINE[action.timeframe!]),
      ]),
    measure: (measure) =>
      withDetails(measure.text, [
        Boolean(measure.baseline) && tr.t('plan.baseline', { value: measure.baseline }),
        Boolean(measure.target) && tr.t('plan.target', { value: measure.target }),
        Boolean(measure.dataSource) && tr.t('plan.source', { value: measure.dataSource }),
      ]),
    response: (status) => tr.t(status ? RESPONSES[status] : 'plan.noResponse'),
  };
}
