/**
 * Messages with React pieces in their placeholders (a link, a device's name in bold, a file extension in code), so
 * a translation puts each piece where its language wants it. react-intl formats them in the app's language;
 * outside the provider (a component test) the same catalogue in the current language.
 */
import { Children, useContext, useMemo, type ReactNode } from 'react';
import { createIntl, IntlContext } from 'react-intl';
import { catalogue, type MessageId } from '../../shared/i18n/catalogue';
import { uiLocale } from './i18n';

/** Plain values (numbers for plurals, dates) and React pieces may sit side by side in one message. */
export type RichValues = Record<string, ReactNode | Date>;

export type RichMessage = (id: MessageId, values: RichValues) => ReactNode[];

export function useRichMessage(): RichMessage {
  const provided = useContext(IntlContext);
  const intl = useMemo(
    () =>
      provided ??
      // A missing message is a bug the catalogue check catches; at run time the id itself shows, never a crash.
      createIntl({ locale: uiLocale(), messages: catalogue(uiLocale()), onError: () => undefined }),
    [provided],
  );
  // Children.toArray keys each piece, so React can list them without a warning.
  return (id, values) => Children.toArray(intl.formatMessage({ id }, values));
}
