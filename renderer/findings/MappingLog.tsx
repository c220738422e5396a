/** Who mapped which session theme to which master theme, and when: read from the change history, newest first. */
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useT } from '../ui/i18n';

export function MappingLog({ snapshot }: { snapshot: FindingsSnapshot }) {
  const { t, date } = useT();
  const log = [...(snapshot.mappingLog ?? [])].reverse();
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  return (
    <section aria-labelledby="mapping-log-heading">
      <h3 id="mapping-log-heading">{t('mapping.log')}</h3>
      {log.length === 0 ? (
        <p className="muted">{t('mapping.noLog')}</p>
      ) : (
        <table className="data-table mapping-log">
          <caption className="visually-hidden">{t('mapping.logCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.when')}</th>
              <th scope="col">{t('mapping.who')}</th>
              <th scope="col">{t('mapping.sessionTheme')}</th>
              <th scope="col">{t('mapping.mappedTo')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, i) => (
              <tr key={`${entry.themeId}-${entry.at}-${i}`}>
                <td>
                  <time dateTime={entry.at}>{date(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                </td>
                <td>{entry.by}</td>
                <td>{themeName.get(entry.themeId) ?? t('mapping.removedTheme')}</td>
                <td>
                  {entry.masterThemeId
                    ? (themeName.get(entry.masterThemeId) ?? t('mapping.removedTheme'))
                    : t('mapping.unmapped')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
