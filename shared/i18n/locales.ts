/**
 * The languages Fieldnotes speaks: English (the default) and Canadian French. A language is chosen for the app on
 * each device and, separately, for each report; both use these tags.
 */
export const LOCALES = ['en', 'fr-CA'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'fr-CA': 'Français (Canada)' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A tag a person or a file gives (`fr`, `FR-ca`, `en-GB`, `français`…) as one of ours, or null when none fits. */
export function parseLocale(value: string): Locale | null {
  const tag = value.trim().toLowerCase();
  if (tag === 'fr' || tag.startsWith('fr-') || tag.startsWith('fr_') || tag === 'français' || tag === 'french') {
    return 'fr-CA';
  }
  if (tag === 'en' || tag.startsWith('en-') || tag.startsWith('en_') || tag === 'english') return 'en';
  return null;
}
