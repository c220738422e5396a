/**
 * The project's master themes (the PMT's framework of themes), how much maps to each, their memos, and a field to
 * add one.
 */
import { useState } from 'react';
import type { Theme } from '../../shared/domain/schemas';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { createMasterTheme } from '../data/commands/findings';
import { useAct } from '../app/useAct';
import { plural } from '../../shared/i18n/plural';
import { MemosDialog } from '../memos';

export function MasterThemeList({ snapshot, masters }: { snapshot: FindingsSnapshot; masters: Theme[] }) {
  const { runner } = useData();
  const act = useAct();
  const [name, setName] = useState('');
  const [memosOf, setMemosOf] = useState<Theme | null>(null);
  const mapped = new Map<string, number>();
  for (const t of snapshot.themes)
    if (t.masterThemeId) mapped.set(t.masterThemeId, (mapped.get(t.masterThemeId) ?? 0) + 1);

  return (
    <section aria-labelledby="masters-heading">
      <h3 id="masters-heading">Master theme list ({masters.length})</h3>
      {masters.length === 0 ? (
        <p className="empty">
          No master themes yet. Add the themes the PMT reports on, then map session themes to them.
        </p>
      ) : (
        <ul className="plain-list master-list">
          {masters.map((m) => (
            <li key={m.id} className="list-row">
              <span className="swatch" style={{ background: m.color }} aria-hidden="true" />
              <strong>{m.name}</strong>
              <span className="muted">
                {plural(mapped.get(m.id) ?? 0, { one: '# session theme', other: '# session themes' })} mapped
              </span>
              <button
                type="button"
                className="small-button"
                aria-label={`Memos on master theme ${m.name}`}
                onClick={() => setMemosOf(m)}
              >
                Memos…
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const made = await act(
            createMasterTheme(runner, snapshot.project.id, { name }),
            (t) => `Master theme ${t.name} added`,
          );
          if (made) setName('');
        }}
      >
        <div className="field grow">
          <label htmlFor="new-master-name">New master theme</label>
          <input id="new-master-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" disabled={!name.trim()}>
          Add master theme
        </button>
      </form>
      {memosOf && (
        <MemosDialog
          projectId={snapshot.project.id}
          target="theme"
          targetId={memosOf.id}
          targetName={memosOf.name}
          onClose={() => setMemosOf(null)}
        />
      )}
    </section>
  );
}
