/** What an erasure cannot reach, said wherever a person is about to erase: copies that already left Fieldnotes. */
import { useT } from './i18n';
export function ErasureLimits() {
  const { t } = useT();
  return (
    <>
      <p>{t('ui.erasureLimits')}</p>
      <ul className="erasure-limits">
        <li>{t('ui.erasureLimitsGiven')}</li>
        <li>{t('ui.erasureLimitsHistory')}</li>
      </ul>
    </>
  );
}
