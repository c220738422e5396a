/** Agreement figures as a facilitator reads them: two decimals, and a dash (with the reason) when undefined. */
export function formatMeasure(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

export const UNDEFINED_MEASURE = 'Not defined: the coders gave no variation to compare here.';

export function formatShare(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
