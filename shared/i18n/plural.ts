/**
 * Counted phrases ("1 note", "3 notes") chosen by the language's own plural rules (Intl.PluralRules), so the same
 * call is right in English and in French (where 0 and 1 are both singular) once messages move into a catalogue.
 * Write each form with `#` where the number goes: `plural(n, { one: '# note', other: '# notes' })`.
 */
export type PluralForms = Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & { other: string };

const rulesByLocale = new Map<string, Intl.PluralRules>();
const numbersByLocale = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (!value) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

export function plural(count: number, forms: PluralForms, locale = 'en'): string {
  const rules = cached(rulesByLocale, locale, () => new Intl.PluralRules(locale));
  const numbers = cached(numbersByLocale, locale, () => new Intl.NumberFormat(locale));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replaceAll('#', numbers.format(count));
}
