/** Note kinds (the project's framework categories): add, rename, recolour, reorder, remove. */
import { useState } from 'react';
import type { Project } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { addKind, moveKind, removeKind, updateKind } from '../data/commands/projects';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { useUndoableAct } from '../app/useUndoableAct';
import { ColorField, nextPaletteColor } from '../ui/ColorField';

export function KindsSection({ project }: { project: Project }) {
  const { runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const [name, setName] = useState('');
  const kinds = project.kinds;

  return (
    <section aria-labelledby="kinds-heading" className="setup-section">
      <h2 id="kinds-heading">Note kinds</h2>
      <p className="muted">In capture, Alt+K cycles through these in this order.</p>
      <ol className="plain-list">
        {kinds.map((kind, index) => (
          <li key={kind.id} className="list-row">
            <ColorField
              label={`Colour of ${kind.name}`}
              value={kind.color}
              onSave={(color) => act(updateKind(runner, project.id, kind.id, { color }), 'Colour saved')}
            />
            <InlineEdit
              label={`name of kind ${kind.name}`}
              editLabel="Rename"
              value={kind.name}
              onSave={(next) => act(updateKind(runner, project.id, kind.id, { name: next }), 'Kind renamed')}
            />
            <span className="row-actions">
              <button
                type="button"
                className="small-button"
                disabled={index === 0}
                aria-label={`Move ${kind.name} up`}
                onClick={() => act(moveKind(runner, project.id, kind.id, -1), `${kind.name} moved up`)}
              >
                ↑
              </button>
              <button
                type="button"
                className="small-button"
                disabled={index === kinds.length - 1}
                aria-label={`Move ${kind.name} down`}
                onClick={() => act(moveKind(runner, project.id, kind.id, 1), `${kind.name} moved down`)}
              >
                ↓
              </button>
              <button
                type="button"
                className="small-button danger"
                onClick={() =>
                  actUndoable(removeKind(runner, project.id, kind.id), `Removed ${kind.name}. Notes keep it.`)
                }
              >
                Remove<span className="visually-hidden"> {kind.name}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!name.trim()) return;
          const color = nextPaletteColor(kinds.map((k) => k.color));
          if (await act(addKind(runner, project.id, { name, color, description: '' }), 'Kind added')) setName('');
        }}
      >
        <label className="field grow">
          <span>New note kind</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Add kind</button>
      </form>
    </section>
  );
}
