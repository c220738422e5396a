/** Mapping the ticked session themes all at once: to a master theme, to a new one, or to nothing. */
import type { Theme } from '../../shared/domain/schemas';
import { useT } from '../ui/i18n';

/** The choice in the target list that asks for a name and creates the master theme while mapping. */
export const NEW_MASTER = '__new__';

export function BulkMapBar({
  selectedCount,
  masters,
  target,
  newName,
  suggestionCount,
  onTarget,
  onNewName,
  onMapSelected,
  onAcceptAll,
}: {
  selectedCount: number;
  masters: Theme[];
  target: string;
  newName: string;
  suggestionCount: number;
  onTarget(target: string): void;
  onNewName(name: string): void;
  onMapSelected(): void;
  onAcceptAll(): void;
}) {
  const { t } = useT();
  return (
    <div className="button-row bulk-map">
      <label htmlFor="bulk-target">{t('mapping.bulkLabel', { count: selectedCount })}</label>
      <select id="bulk-target" value={target} onChange={(e) => onTarget(e.target.value)}>
        <option value="">{t('mapping.choose')}</option>
        {masters.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value={NEW_MASTER}>{t('mapping.toNew')}</option>
        <option value="none">{t('mapping.toNothing')}</option>
      </select>
      {target === NEW_MASTER && (
        <input
          type="text"
          aria-label={t('mapping.newNameLabel')}
          placeholder={t('mapping.newNamePlaceholder')}
          value={newName}
          onChange={(e) => onNewName(e.target.value)}
        />
      )}
      <button type="button" disabled={!selectedCount || !target} onClick={onMapSelected}>
        {t('mapping.mapSelected')}
      </button>
      {suggestionCount > 0 && (
        <button type="button" onClick={onAcceptAll}>
          {t('mapping.acceptAll', { count: suggestionCount })}
        </button>
      )}
    </div>
  );
}
