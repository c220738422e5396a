/**
 * The app's words in the chosen language (architecture: Languages). Components call `useT()`, which reads the
 * react-intl provider the app frame sets up; modules that build words outside React (action lists, message
 * tables) call `msg()`, which reads the same language, set by that provider before anything renders in it.
 */
import { useContext, useMemo } from 'react';
import { IntlContext, type IntlShape } from 'react-intl';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { Locale } from '../../shared/i18n/locales';
import { translator, type MessageValues, type Translator } from '../../shared/i18n/translate';

let current: Translator = translator();

/** Called by the language provider when the app's language is chosen, before its children render. */
export function setUiLocale(locale: Locale): void {
  if (current.locale !== locale) current = translator(locale);
}

export function uiLocale(): Locale {
  return current.locale;
}

/** A message in the app's current language, for code outside components. */
export function msg(id: MessageId, values?: MessageValues): string {
  return current.t(id, values);
}

/** The translator for the app's current language, for code outside components that hands one on (describeError). */
export function uiTranslator(): Translator {
  return current;
}

function fromIntl(intl: IntlShape, locale: Locale): Translator {
  return {
    locale,
    t: (id, values) => intl.formatMessage({ id }, values),
    number: (value, options) => intl.formatNumber(value, options),
    date: (value, options) => intl.formatDate(value, options),
  };
}

/** The translator for the app's language; outside the provider (a component test), the current one. */
export function useT(): Translator {
  const intl = useContext(IntlContext) as IntlShape | null | undefined;
  return useMemo(() => (intl ? fromIntl(intl, current.locale) : current), [intl]);
}
