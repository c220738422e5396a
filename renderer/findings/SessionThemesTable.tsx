/**
 * Every session theme in one table: a tick for mapping several at once, where it is mapped, and the suggested
 * master theme with how well it matches and the words the two share, to accept or reject.
 */
import type { Theme } from '../../shared/domain/schemas';
import type { MasterCandidate } from '../../shared/findings/masterMatch';
import type { MappingTarget } from '../data/commands/findings';
import { useT } from '../ui/i18n';

export function SessionThemesTable({
  themes,
  masters,
  selected,
  sessionTitle,
  themeName,
  suggestionOf,
  onSelect,
  onMap,
  onReject,
}: {
  themes: Theme[];
  masters: Theme[];
  selected: string[];
  sessionTitle: ReadonlyMap<string, string>;
  themeName: ReadonlyMap<string, string>;
  suggestionOf: ReadonlyMap<string, MasterCandidate | undefined>;
  onSelect(selected: string[]): void;
  onMap(themeIds: string[], target: MappingTarget): void;
  onReject(themeId: string, masterThemeId: string): void;
}) {
  const { t } = useT();
  return (
    <div className="table-scroll" role="region" aria-label={t('mapping.sessionThemes')} tabIndex={0}>
      <table className="data-table mapping-table">
        <caption className="visually-hidden">{t('mapping.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('mapping.select')}</span>
            </th>
            <th scope="col">{t('mapping.sessionTheme')}</th>
            <th scope="col">{t('mapping.mappedTo')}</th>
            <th scope="col">{t('mapping.suggestion')}</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => {
            const where = theme.sessionId ? sessionTitle.get(theme.sessionId) : undefined;
            return (
              <tr key={theme.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('mapping.selectTheme', { theme: theme.name })}
                    checked={selected.includes(theme.id)}
                    onChange={(e) =>
                      onSelect(e.target.checked ? [...selected, theme.id] : selected.filter((id) => id !== theme.id))
                    }
                  />
                </td>
                <th scope="row">
                  {theme.name}
                  {where && <span className="muted"> · {where}</span>}
                </th>
                <td>
                  <select
                    aria-label={t('mapping.masterOf', { theme: theme.name })}
                    value={theme.masterThemeId ?? ''}
                    onChange={(e) => onMap([theme.id], e.target.value ? { masterThemeId: e.target.value } : null)}
                  >
                    <option value="">{t('mapping.notMapped')}</option>
                    {masters.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <SuggestionCell
                    theme={theme}
                    candidate={suggestionOf.get(theme.id)}
                    masterName={(id) => themeName.get(id)}
                    onAccept={(masterThemeId) => onMap([theme.id], { masterThemeId })}
                    onReject={(masterThemeId) => onReject(theme.id, masterThemeId)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SuggestionCell({
  theme,
  candidate,
  masterName,
  onAccept,
  onReject,
}: {
  theme: Theme;
  candidate: MasterCandidate | undefined;
  masterName(id: string): string | undefined;
  onAccept(masterThemeId: string): void;
  onReject(masterThemeId: string): void;
}) {
  const { t } = useT();
  if (!candidate) return <span className="muted">{theme.masterThemeId ? '—' : t('mapping.noSuggestion')}</span>;
  const name = masterName(candidate.masterThemeId);
  return (
    <span className="suggestion">
      <span>
        {name}{' '}
        <span className="muted">
          {candidate.sharedWords.length > 0
            ? t('mapping.matchShares', { score: candidate.score, words: candidate.sharedWords.join(', ') })
            : t('mapping.match', { score: candidate.score })}
        </span>
      </span>
      <button
        type="button"
        className="small-button"
        aria-label={t('mapping.acceptLabel', { theme: theme.name, master: name ?? '' })}
        onClick={() => onAccept(candidate.masterThemeId)}
      >
        {t('mapping.accept')}
      </button>
      <button
        type="button"
        className="small-button"
        aria-label={t('mapping.rejectLabel', { master: name ?? '', theme: theme.name })}
        onClick={() => onReject(candidate.masterThemeId)}
      >
        {t('mapping.reject')}
      </button>
    </span>
  );
}
