/**
 * Consolidation for the PMT: the project's master themes, every session theme with its mapping and the suggested
 * matches (by name and content, with the shared words shown), accept or reject per suggestion, many-to-one mapping
 * of a selection, and the log of who mapped what and when.
 */
import { useMemo, useState } from 'react';
import { isMasterTheme } from '../../shared/findings/levels';
import { suggestMasterThemes } from '../../shared/findings/masterMatch';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { mapThemeToMaster, type MappingTarget } from '../data/commands/findings';
import { useAct } from '../app/useAct';
import { MappingLog } from './MappingLog';
import { MasterThemeList } from './MasterThemeList';
import { UserNameField } from './UserNameField';
import { plural } from '../../shared/i18n/plural';

const NEW_MASTER = '__new__';

export function MappingPanel({ snapshot }: { snapshot: FindingsSnapshot }) {
  const { runner } = useData();
  const act = useAct();
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkTarget, setBulkTarget] = useState('');
  const [newName, setNewName] = useState('');
  const [rejected, setRejected] = useState<Set<string>>(() => new Set());
  const projectId = snapshot.project.id;

  const masters = snapshot.themes.filter(isMasterTheme).sort((a, b) => a.name.localeCompare(b.name));
  const boardThemes = snapshot.themes.filter((t) => !isMasterTheme(t));
  const sessionTitle = new Map(snapshot.sessions.map((s) => [s.id, s.title]));
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  const suggestions = useMemo(() => suggestMasterThemes(snapshot, { maxCandidates: 5 }), [snapshot]);
  const suggestionOf = new Map(
    suggestions.map((s) => [s.themeId, s.candidates.find((c) => !rejected.has(`${s.themeId}:${c.masterThemeId}`))]),
  );
  const topSuggestions = [...suggestionOf].filter(([, c]) => c !== undefined) as [string, { masterThemeId: string }][];

  const map = (themeIds: string[], target: MappingTarget) =>
    act(mapThemeToMaster(runner, projectId, themeIds, target), (r) =>
      r.masterThemeId
        ? `${plural(r.changed, { one: '# theme', other: '# themes' })} mapped to ${themeName.get(r.masterThemeId) ?? (target && 'newMaster' in target ? target.newMaster.name : 'master theme')}`
        : `${plural(r.changed, { one: '# theme', other: '# themes' })} unmapped`,
    );

  const acceptAll = async () => {
    // One command per master theme keeps each undo step meaningful ("map 3 themes to Safe streets").
    const byMaster = new Map<string, string[]>();
    for (const [themeId, c] of topSuggestions)
      byMaster.set(c.masterThemeId, [...(byMaster.get(c.masterThemeId) ?? []), themeId]);
    for (const [masterThemeId, themeIds] of byMaster) await map(themeIds, { masterThemeId });
  };

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
      <h2 id="mapping-heading">Master themes</h2>
      <p className="muted">
        Map each session’s themes to the project’s master themes; the consolidated findings and coverage (“Report on:
        master themes”) count every mapped note. Several session themes can map to one master theme.
      </p>
      <UserNameField />
      <MasterThemeList snapshot={snapshot} masters={masters} />

      <h3>Session themes</h3>
      {boardThemes.length === 0 ? (
        <p className="empty">
          No session themes yet. Facilitators make them on each session’s board; after a sync or bundle import they
          appear here to be mapped.
        </p>
      ) : (
        <>
          <div className="button-row bulk-map">
            <label htmlFor="bulk-target">
              Map the {plural(selected.length, { one: '# selected theme', other: '# selected themes' })} to
            </label>
            <select id="bulk-target" value={bulkTarget} onChange={(e) => setBulkTarget(e.target.value)}>
              <option value="">Choose…</option>
              {masters.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
              <option value={NEW_MASTER}>A new master theme…</option>
              <option value="none">Nothing (unmap)</option>
            </select>
            {bulkTarget === NEW_MASTER && (
              <input
                type="text"
                aria-label="Name of the new master theme"
                placeholder="New master theme name"
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
              />
            )}
            <button type="button" disabled={!selected.length || !bulkTarget} onClick={() => void mapSelected()}>
              Map selected
            </button>
            {topSuggestions.length > 0 && (
              <button type="button" onClick={() => void acceptAll()}>
                Accept all {topSuggestions.length} suggestions
              </button>
            )}
          </div>
          <div className="table-scroll" role="region" aria-label="Session themes" tabIndex={0}>
            <table className="data-table mapping-table">
              <caption className="visually-hidden">Session themes and their master themes</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Select</span>
                  </th>
                  <th scope="col">Session theme</th>
                  <th scope="col">Mapped to</th>
                  <th scope="col">Suggestion</th>
                </tr>
              </thead>
              <tbody>
                {boardThemes.map((theme) => {
                  const candidate = suggestionOf.get(theme.id);
                  const where = theme.sessionId ? sessionTitle.get(theme.sessionId) : undefined;
                  return (
                    <tr key={theme.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${theme.name}`}
                          checked={selected.includes(theme.id)}
                          onChange={(e) =>
                            setSelected(
                              e.target.checked ? [...selected, theme.id] : selected.filter((id) => id !== theme.id),
                            )
                          }
                        />
                      </td>
                      <th scope="row">
                        {theme.name}
                        {where && <span className="muted"> · {where}</span>}
                      </th>
                      <td>
                        <select
                          aria-label={`Master theme of ${theme.name}`}
                          value={theme.masterThemeId ?? ''}
                          onChange={(e) =>
                            void map([theme.id], e.target.value ? { masterThemeId: e.target.value } : null)
                          }
                        >
                          <option value="">Not mapped</option>
                          {masters.map((m) => (
                            <option key={m.id} value={m.id}>
                              {m.name}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {candidate ? (
                          <span className="suggestion">
                            <span>
                              {themeName.get(candidate.masterThemeId)}{' '}
                              <span className="muted">
                                ({Math.round(candidate.score * 100)}% match
                                {candidate.sharedWords.length > 0 && `; shares ${candidate.sharedWords.join(', ')}`})
                              </span>
                            </span>
                            <button
                              type="button"
                              className="small-button"
                              aria-label={`Accept: map ${theme.name} to ${themeName.get(candidate.masterThemeId)}`}
                              onClick={() => void map([theme.id], { masterThemeId: candidate.masterThemeId })}
                            >
                              Accept
                            </button>
                            <button
                              type="button"
                              className="small-button"
                              aria-label={`Reject suggestion ${themeName.get(candidate.masterThemeId)} for ${theme.name}`}
                              onClick={() =>
                                setRejected(new Set([...rejected, `${theme.id}:${candidate.masterThemeId}`]))
                              }
                            >
                              Reject
                            </button>
                          </span>
                        ) : (
                          <span className="muted">{theme.masterThemeId ? '—' : 'no suggestion'}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <MappingLog snapshot={snapshot} />
    </section>
  );
}
