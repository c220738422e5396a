/**
 * Agreement figures as a facilitator reads them, in the app's language: two decimals ("0.62", "0,62"), a share as a
 * percentage, and a dash when undefined (the screen gives the reason).
 */
import { uiLocale } from '../ui/i18n';

export function formatMeasure(value: number | null): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatShare(value: number | null): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
