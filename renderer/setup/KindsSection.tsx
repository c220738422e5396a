/** Note kinds (the project's framework categories): add, rename, recolour, reorder, remove. */
import { useState } from 'react';
import type { Project } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { addKind, moveKind, removeKind, updateKind } from '../data/commands/projects';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { useUndoableAct } from '../app/useUndoableAct';
import { useT } from '../ui/i18n';
import { ColorField, nextPaletteColor } from '../ui/ColorField';

export function KindsSection({ project }: { project: Project }) {
  const { runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const { t } = useT();
  const [name, setName] = useState('');
  const kinds = project.kinds;

  return (
    <section aria-labelledby="kinds-heading" className="setup-section">
      <h2 id="kinds-heading">{t('setup.kinds')}</h2>
      <p className="muted">{t('setup.kindsHint')}</p>
      <ol className="plain-list">
        {kinds.map((kind, index) => (
          <li key={kind.id} className="list-row">
            <ColorField
              label={t('setup.colourOf', { name: kind.name })}
              value={kind.color}
              onSave={(color) => act(updateKind(runner, project.id, kind.id, { color }), t('setup.colourSaved'))}
            />
            <InlineEdit
              label={t('setup.kindNameLabel', { name: kind.name })}
              editLabel={t('setup.rename')}
              value={kind.name}
              onSave={(next) => act(updateKind(runner, project.id, kind.id, { name: next }), t('setup.kindRenamed'))}
            />
            <span className="row-actions">
              <button
                type="button"
                className="small-button"
                disabled={index === 0}
                aria-label={t('setup.kindUp', { name: kind.name })}
                onClick={() =>
                  act(moveKind(runner, project.id, kind.id, -1), t('setup.kindMovedUp', { name: kind.name }))
                }
              >
                ↑
              </button>
              <button
                type="button"
                className="small-button"
                disabled={index === kinds.length - 1}
                aria-label={t('setup.kindDown', { name: kind.name })}
                onClick={() =>
                  act(moveKind(runner, project.id, kind.id, 1), t('setup.kindMovedDown', { name: kind.name }))
                }
              >
                ↓
              </button>
              <button
                type="button"
                className="small-button danger"
                onClick={() =>
                  actUndoable(removeKind(runner, project.id, kind.id), t('setup.kindRemoved', { name: kind.name }))
                }
              >
                {t('setup.remove')}
                <span className="visually-hidden"> {kind.name}</span>
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
          if (await act(addKind(runner, project.id, { name, color, description: '' }), t('setup.kindAdded')))
            setName('');
        }}
      >
        <label className="field grow">
          <span>{t('setup.newKind')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t('setup.addKind')}</button>
      </form>
    </section>
  );
}
