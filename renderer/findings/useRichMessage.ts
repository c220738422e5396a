/**
 * Messages with React pieces in their placeholders (a link, a name in bold), so a translation can put the piece
 * where its language wants it. react-intl formats them in the app's language; outside the provider (a component
 * test) the same catalogue in the current language.
 */
import { Children, useContext, useMemo, type ReactNode } from 'react';
import { createIntl, IntlContext } from 'react-intl';
import { catalogue, type MessageId } from '../../shared/i18n/catalogue';
import { uiLocale } from '../ui/i18n';

export function useRichMessage(): (id: MessageId, values: Record<string, ReactNode>) => ReactNode[] {
  const provided = useContext(IntlContext);
  const intl = useMemo(
    () => provided ?? createIntl({ locale: uiLocale(), messages: catalogue(uiLocale()) }),
    [provided],
  );
  return (id, values) => Children.toArray(intl.formatMessage({ id }, values));
}
