/** Stakeholder groups: add, rename, recolour, delete. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { listGroups } from '../data/queries';
import { addGroup, deleteGroup, editGroup } from '../data/commands/guide';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { useUndoableAct } from '../app/useUndoableAct';
import { useT } from '../ui/i18n';
import { ColorField, nextPaletteColor } from '../ui/ColorField';

export function GroupsSection({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const { t } = useT();
  const groups = useLiveQuery(() => listGroups(db, projectId), [db, projectId]) ?? [];
  const [name, setName] = useState('');

  return (
    <section aria-labelledby="groups-heading" className="setup-section">
      <h2 id="groups-heading">{t('setup.groups')}</h2>
      {groups.length === 0 && <p className="empty">{t('setup.noGroups')}</p>}
      <ul className="plain-list">
        {groups.map((group) => (
          <li key={group.id} className="list-row">
            <ColorField
              label={t('setup.colourOf', { name: group.name })}
              value={group.color}
              onSave={(color) => act(editGroup(runner, group.id, { color }), t('setup.colourSaved'))}
            />
            <InlineEdit
              label={t('setup.groupNameLabel', { name: group.name })}
              editLabel={t('setup.rename')}
              value={group.name}
              onSave={(next) => act(editGroup(runner, group.id, { name: next }), t('setup.groupRenamed'))}
            />
            <button
              type="button"
              className="small-button danger"
              onClick={() => actUndoable(deleteGroup(runner, group.id), t('setup.groupDeleted', { name: group.name }))}
            >
              {t('setup.delete')}
              <span className="visually-hidden"> {group.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!name.trim()) return;
          const color = nextPaletteColor(groups.map((g) => g.color));
          if (await act(addGroup(runner, projectId, { name, color }), t('setup.groupAdded'))) setName('');
        }}
      >
        <label className="field grow">
          <span>{t('setup.newGroup')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t('setup.addGroup')}</button>
      </form>
    </section>
  );
}
