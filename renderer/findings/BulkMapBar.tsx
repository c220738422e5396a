/** Mapping the ticked session themes all at once: to a master theme, to a new one, or to nothing. */
import type { Theme } from '../../shared/domain/schemas';
import { plural } from '../../shared/i18n/plural';

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
  return (
    <div className="button-row bulk-map">
      <label htmlFor="bulk-target">
        Map the {plural(selectedCount, { one: '# selected theme', other: '# selected themes' })} to
      </label>
      <select id="bulk-target" value={target} onChange={(e) => onTarget(e.target.value)}>
        <option value="">Choose…</option>
        {masters.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value={NEW_MASTER}>A new master theme…</option>
        <option value="none">Nothing (unmap)</option>
      </select>
      {target === NEW_MASTER && (
        <input
          type="text"
          aria-label="Name of the new master theme"
          placeholder="New master theme name"
          value={newName}
          onChange={(e) => onNewName(e.target.value)}
        />
      )}
      <button type="button" disabled={!selectedCount || !target} onClick={onMapSelected}>
        Map selected
      </button>
      {suggestionCount > 0 && (
        <button type="button" onClick={onAcceptAll}>
          {plural(suggestionCount, { one: 'Accept the suggestion', other: 'Accept all # suggestions' })}
        </button>
      )}
    </div>
  );
}
