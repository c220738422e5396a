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
import { useT } from '../ui/i18n';
import { MemosDialog } from '../memos';

export function MasterThemeList({ snapshot, masters }: { snapshot: FindingsSnapshot; masters: Theme[] }) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const [name, setName] = useState('');
  const [memosOf, setMemosOf] = useState<Theme | null>(null);
  const mapped = new Map<string, number>();
  for (const t of snapshot.themes)
    if (t.masterThemeId) mapped.set(t.masterThemeId, (mapped.get(t.masterThemeId) ?? 0) + 1);

  return (
    <section aria-labelledby="masters-heading">
      <h3 id="masters-heading">{t('mapping.list', { count: masters.length })}</h3>
      {masters.length === 0 ? (
        <p className="empty">{t('mapping.noMasters')}</p>
      ) : (
        <ul className="plain-list master-list">
          {masters.map((m) => (
            <li key={m.id} className="list-row">
              <span className="swatch" style={{ background: m.color }} aria-hidden="true" />
              <strong>{m.name}</strong>
              <span className="muted">{t('mapping.mappedCount', { count: mapped.get(m.id) ?? 0 })}</span>
              <button
                type="button"
                className="small-button"
                aria-label={t('mapping.memosLabel', { theme: m.name })}
                onClick={() => setMemosOf(m)}
              >
                {t('mapping.memos')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const made = await act(createMasterTheme(runner, snapshot.project.id, { name }), (made) =>
            t('mapping.added', { theme: made.name }),
          );
          if (made) setName('');
        }}
      >
        <div className="field grow">
          <label htmlFor="new-master-name">{t('mapping.newMaster')}</label>
          <input id="new-master-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" disabled={!name.trim()}>
          {t('mapping.add')}
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
