/**
 * A calendar day a person picked (`2026-11-20`, as a date input gives it) in the language's own long form
 * ("November 20, 2026", "20 novembre 2026"). Read at noon UTC and formatted in UTC, so no time zone moves it to
 * the day before or after. Anything that is not such a day is shown as it was typed.
 */
import type { Translator } from './translate';

export function dayText(day: string, tr: Translator): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const noon = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return day;
  return tr.date(noon, { dateStyle: 'long', timeZone: 'UTC' });
}
