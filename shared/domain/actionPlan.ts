/**
 * A finding's part in the plan (architecture: Domain model): the actions a priority becomes (who leads, who
 * partners, when), the measures of progress (baseline, target, where the figure comes from), and the response
 * recorded for the people who took part ("what we did").
 *
 * Records written before these fields held plain strings (`actions: string[]`, `measures: string[]`); old synced
 * records, old bundles and old sync segments still carry them, so every reader upgrades a string to the structured
 * form (`upgradeActions`, `upgradeMeasures`) rather than refusing it.
 */
import { z } from 'zod';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH } from './limits';

export const TIMEFRAMES = ['short', 'medium', 'long'] as const;
export const timeframeSchema = z.enum(TIMEFRAMES);
export type Timeframe = z.infer<typeof timeframeSchema>;

export const TIMEFRAME_LABELS: Record<Timeframe, string> = {
  short: 'Short term',
  medium: 'Medium term',
  long: 'Long term',
};

/** Agencies a community safety and well-being plan usually names; suggestions only, any text is accepted. */
export const AGENCY_SUGGESTIONS = [
  'Municipality',
  'Police service',
  'Public health',
  'Hospital and health services',
  'Mental health and addictions services',
  'Housing services',
  'School boards',
  'Child and family services',
  'Community non-profits',
  'Indigenous organisations',
  'Faith communities',
  'Business improvement area',
  'Parks and recreation',
  'Transit',
  'Libraries',
  'Fire and paramedic services',
] as const;

const shortText = z.string().trim().max(MAX_NAME_LENGTH);
const longText = z.string().trim().max(MAX_DESCRIPTION_LENGTH);

export const planMeasureSchema = z.object({
  text: longText.min(1, 'a measure needs words'),
  baseline: shortText.default(''),
  target: shortText.default(''),
  dataSource: shortText.default(''),
});
export type PlanMeasure = z.infer<typeof planMeasureSchema>;

export const planActionSchema = z.object({
  text: longText.min(1, 'an action needs words'),
  lead: shortText.default(''),
  partners: z.array(shortText.min(1)).max(50).default([]),
  timeframe: timeframeSchema.nullable().default(null),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const RESPONSE_STATUSES = ['adopted', 'in-progress', 'not-adopted', 'out-of-scope'] as const;
export const responseStatusSchema = z.enum(RESPONSE_STATUSES);
export type ResponseStatus = z.infer<typeof responseStatusSchema>;

/** How a facilitator reads each status in the app. */
export const RESPONSE_LABELS: Record<ResponseStatus, string> = {
  adopted: 'Adopted in the plan',
  'in-progress': 'In progress',
  'not-adopted': 'Considered and not adopted',
  'out-of-scope': 'Out of scope',
};

export const findingResponseSchema = z.object({
  status: responseStatusSchema,
  /** Why, in plain words, for the people who took part. */
  reason: longText.default(''),
  /** The action or measure the finding became, as the plan words it. */
  outcome: longText.default(''),
  /** The person who recorded the response, as they gave their name on this device. */
  recordedBy: shortText.default(''),
  recordedAt: z.string().datetime({ offset: true }),
});
export type FindingResponse = z.infer<typeof findingResponseSchema>;

/** A string from an older record becomes an action with only its words; anything else is left for zod to judge. */
export function upgradeActions(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.flatMap((item) => {
    if (typeof item !== 'string') return [item];
    const text = item.trim();
    return text ? [{ text, lead: '', partners: [], timeframe: null }] : [];
  });
}

export function upgradeMeasures(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.flatMap((item) => {
    if (typeof item !== 'string') return [item];
    const text = item.trim();
    return text ? [{ text, baseline: '', target: '', dataSource: '' }] : [];
  });
}

/**
 * A finding as stored, whatever release wrote it, with its plan fields in today's shape. For readers that take
 * records straight from storage or from change records without parsing them (parsing every record of a large
 * project on each read costs more than this).
 */
export function upgradeFindingRecord<T extends { actions?: unknown; measures?: unknown; response?: unknown }>(
  record: T,
): Omit<T, 'actions' | 'measures' | 'response'> & {
  actions: PlanAction[];
  measures: PlanMeasure[];
  response: FindingResponse | null;
} {
  const actions = upgradeActions(record.actions ?? []) as Partial<PlanAction>[];
  const measures = upgradeMeasures(record.measures ?? []) as Partial<PlanMeasure>[];
  return {
    ...record,
    actions: actions.map((a) => ({
      text: a.text ?? '',
      lead: a.lead ?? '',
      partners: a.partners ?? [],
      timeframe: a.timeframe ?? null,
    })),
    measures: measures.map((m) => ({
      text: m.text ?? '',
      baseline: m.baseline ?? '',
      target: m.target ?? '',
      dataSource: m.dataSource ?? '',
    })),
    response: (record.response as FindingResponse | null | undefined) ?? null,
  };
}
