/** Stakeholder groups: add, rename, recolour, delete. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { listGroups } from '../data/queries';
import { addGroup, deleteGroup, editGroup } from '../data/commands/guide';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { useUndoableAct } from '../app/useUndoableAct';
import { ColorField, nextPaletteColor } from '../ui/ColorField';

export function GroupsSection({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const groups = useLiveQuery(() => listGroups(db, projectId), [db, projectId]) ?? [];
  const [name, setName] = useState('');

  return (
    <section aria-labelledby="groups-heading" className="setup-section">
      <h2 id="groups-heading">Stakeholder groups</h2>
      {groups.length === 0 && <p className="empty">No stakeholder groups yet.</p>}
      <ul className="plain-list">
        {groups.map((group) => (
          <li key={group.id} className="list-row">
            <ColorField
              label={`Colour of ${group.name}`}
              value={group.color}
              onSave={(color) => act(editGroup(runner, group.id, { color }), 'Colour saved')}
            />
            <InlineEdit
              label={`name of group ${group.name}`}
              editLabel="Rename"
              value={group.name}
              onSave={(next) => act(editGroup(runner, group.id, { name: next }), 'Group renamed')}
            />
            <button
              type="button"
              className="small-button danger"
              onClick={() => actUndoable(deleteGroup(runner, group.id), `Deleted ${group.name}`)}
            >
              Delete<span className="visually-hidden"> {group.name}</span>
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
          if (await act(addGroup(runner, projectId, { name, color }), 'Group added')) setName('');
        }}
      >
        <label className="field grow">
          <span>New stakeholder group</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Add group</button>
      </form>
    </section>
  );
}
