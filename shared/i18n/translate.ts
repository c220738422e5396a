/**
 * One translator per language over the message catalogue (FormatJS, ICU MessageFormat: plurals, selects, numbers
 * and dates in the language's own way). The renderer's react-intl provider is fed the same catalogues, so the app,
 * the reports and the CLI say the same thing in the same words. Note text is never passed through here.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { catalogue, type MessageId } from './catalogue';
import { DEFAULT_LOCALE, type Locale } from './locales';

export type MessageValues = Record<string, string | number | Date>;

export interface Translator {
  locale: Locale;
  /** The message in this language, its placeholders filled (numbers and dates formatted for the language). */
  t(id: MessageId, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | number | string, options?: Intl.DateTimeFormatOptions): string;
}

const cache = createIntlCache();
const translators = new Map<Locale, Translator>();

function make(locale: Locale): Translator {
  const intl: IntlShape<string> = createIntl(
    {
      locale,
      defaultLocale: DEFAULT_LOCALE,
      messages: catalogue(locale),
      // A missing message is a bug the catalogue check catches; at run time the id itself shows, never a crash.
      onError: () => undefined,
    },
    cache,
  );
  return {
    locale,
    t: (id, values) => intl.formatMessage({ id }, values),
    number: (value, options) => intl.formatNumber(value, options),
    date: (value, options) => intl.formatDate(value, options),
  };
}

export function translator(locale: Locale = DEFAULT_LOCALE): Translator {
  let found = translators.get(locale);
  if (!found) {
    found = make(locale);
    translators.set(locale, found);
  }
  return found;
}
