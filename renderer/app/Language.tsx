/**
 * The app's language (architecture: Languages): chosen on this device, kept in its settings, and given to react-intl
 * (our words), react-aria-components (its widgets' own words, dates and numbers) and `<html lang>` (screen readers,
 * hyphenation, spelling). Changing it renders the app afresh in the new language.
 */
import { createContext, Fragment, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { I18nProvider } from 'react-aria-components';
import { catalogue } from '../../shared/i18n/catalogue';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales';
import { saveLanguage } from '../data/settings';
import { setUiLocale, uiTranslator } from '../ui/i18n';
import { useData } from './DataContext';
import { notifyError } from './announce';
import { describeError } from '../data/errors';

interface LanguageValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LanguageContext = createContext<LanguageValue>({ locale: DEFAULT_LOCALE, setLocale: () => undefined });

export function useLanguage(): LanguageValue {
  return useContext(LanguageContext);
}

export function LanguageProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const { db } = useData();
  const [locale, setLocaleState] = useState(initial);
  // Before the children render: words built outside components (action lists) read this language.
  setUiLocale(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = (next: Locale) => {
    setLocaleState(next);
    saveLanguage(db, next).catch((error: unknown) => notifyError(describeError(error, uiTranslator())));
  };
  return (
    <LanguageContext.Provider value={{ locale, setLocale }}>
      <IntlProvider locale={locale} defaultLocale={DEFAULT_LOCALE} messages={catalogue(locale)}>
        <I18nProvider locale={locale}>
          <Fragment key={locale}>{children}</Fragment>
        </I18nProvider>
      </IntlProvider>
    </LanguageContext.Provider>
  );
}
