/**
 * "Return to community": the language of the report the community keeps (starting as the app's), and the button
 * that writes the zip (returnToCommunity.ts). The community's own words are never translated, only the report's.
 */
import { useState } from 'react';
import type { Session } from '../../shared/domain/schemas';
import { LOCALES, LOCALE_NAMES, isLocale, type Locale } from '../../shared/i18n/locales';
import { communityStatus } from '../../shared/privacy/community';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { useT } from '../ui/i18n';
import { returnToCommunity } from './returnToCommunity';

export function ReturnToCommunityButton({ session, projectId }: { session: Session; projectId: string }) {
  const { runner } = useData();
  const act = useAct();
  const { locale: appLocale, t } = useT();
  const [locale, setLocale] = useState<Locale>(appLocale);
  const status = communityStatus(session);
  const community = status.kind === 'open' ? t('sessions.community.theCommunity') : status.community;
  const selectId = `return-language-${session.id}`;
  return (
    <div className="button-row">
      <label htmlFor={selectId}>{t('sessions.community.returnLanguage')}</label>
      <select
        id={selectId}
        value={locale}
        onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() =>
          void act(returnToCommunity(runner, projectId, session.id, locale), (result) =>
            result.status === 'saved'
              ? t('sessions.community.returned', { fileName: result.fileName, community })
              : t('sessions.community.notSaved'),
          )
        }
      >
        {t('sessions.community.return')}
      </button>
    </div>
  );
}
