/**
 * Consolidation for the PMT: the project's master themes, every session theme with its mapping and the suggested
 * matches (by name and content, with the shared words shown), accept or reject per suggestion, many-to-one mapping
 * of a selection, and the log of who mapped what and when.
 */
import { useState } from 'react';
import { isMasterTheme } from '../../shared/findings/levels';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { MappingTarget } from '../data/commands/findings';
import { BulkMapBar, NEW_MASTER } from './BulkMapBar';
import { MappingLog } from './MappingLog';
import { MasterThemeList } from './MasterThemeList';
import { SessionThemesTable } from './SessionThemesTable';
import { UserNameField } from './UserNameField';
import { useT } from '../ui/i18n';
import { useMasterSuggestions, useThemeMapping } from './useThemeMapping';

export function MappingPanel({ snapshot }: { snapshot: FindingsSnapshot }) {
  const { t } = useT();
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkTarget, setBulkTarget] = useState('');
  const [newName, setNewName] = useState('');

  const masters = snapshot.themes.filter(isMasterTheme).sort((a, b) => a.name.localeCompare(b.name));
  const boardThemes = snapshot.themes.filter((t) => !isMasterTheme(t));
  const sessionTitle = new Map(snapshot.sessions.map((s) => [s.id, s.title]));
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  const { suggestionOf, topSuggestions, reject } = useMasterSuggestions(snapshot);
  const { map, acceptAll } = useThemeMapping(snapshot.project.id, themeName);

  const mapSelected = async () => {
    if (!selected.length || !bulkTarget) return;
    const target: MappingTarget =
      bulkTarget === NEW_MASTER
        ? { newMaster: { name: newName } }
        : bulkTarget === 'none'
          ? null
          : { masterThemeId: bulkTarget };
    const done = await map(selected, target);
    if (done) {
      setSelected([]);
      setNewName('');
    }
  };

  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">{t('mapping.heading')}</h2>
      <p className="muted">{t('mapping.intro')}</p>
      <UserNameField />
      <MasterThemeList snapshot={snapshot} masters={masters} />

      <h3>{t('mapping.sessionThemes')}</h3>
      {boardThemes.length === 0 ? (
        <p className="empty">{t('mapping.noSessionThemes')}</p>
      ) : (
        <>
          <BulkMapBar
            selectedCount={selected.length}
            masters={masters}
            target={bulkTarget}
            newName={newName}
            suggestionCount={topSuggestions.length}
            onTarget={setBulkTarget}
            onNewName={setNewName}
            onMapSelected={() => void mapSelected()}
            onAcceptAll={() => void acceptAll(topSuggestions)}
          />
          <SessionThemesTable
            themes={boardThemes}
            masters={masters}
            selected={selected}
            sessionTitle={sessionTitle}
            themeName={themeName}
            suggestionOf={suggestionOf}
            onSelect={setSelected}
            onMap={(themeIds, target) => void map(themeIds, target)}
            onReject={reject}
          />
        </>
      )}
      <MappingLog snapshot={snapshot} />
    </section>
  );
}
