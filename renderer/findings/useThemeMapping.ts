/**
 * Mapping session themes to master themes: the suggested master theme of each session theme (the best one the
 * person has not rejected), and the commands that map one theme, a selection, or every suggestion at once.
 */
import { useMemo, useState } from 'react';
import { suggestMasterThemes, type MasterCandidate } from '../../shared/findings/masterMatch';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { mapThemeToMaster, type MappingTarget } from '../data/commands/findings';
import { useT } from '../ui/i18n';

/** Rejections last as long as the panel is open: they are a way through the list, not a decision to keep. */
export function useMasterSuggestions(snapshot: FindingsSnapshot) {
  const [rejected, setRejected] = useState<Set<string>>(() => new Set());
  const suggestions = useMemo(() => suggestMasterThemes(snapshot, { maxCandidates: 5 }), [snapshot]);
  const suggestionOf = new Map(
    suggestions.map((s) => [s.themeId, s.candidates.find((c) => !rejected.has(`${s.themeId}:${c.masterThemeId}`))]),
  );
  const topSuggestions = [...suggestionOf].filter(([, c]) => c !== undefined) as [string, MasterCandidate][];
  const reject = (themeId: string, masterThemeId: string) =>
    setRejected(new Set([...rejected, `${themeId}:${masterThemeId}`]));
  return { suggestionOf, topSuggestions, reject };
}

export function useThemeMapping(projectId: string, themeName: ReadonlyMap<string, string>) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();

  const map = (themeIds: string[], target: MappingTarget) =>
    act(mapThemeToMaster(runner, projectId, themeIds, target), (r) =>
      r.masterThemeId
        ? t('mapping.mappedCountTo', {
            count: r.changed,
            master:
              themeName.get(r.masterThemeId) ??
              (target && 'newMaster' in target ? target.newMaster.name : t('mapping.aMasterTheme')),
          })
        : t('mapping.unmappedCount', { count: r.changed }),
    );

  const acceptAll = async (suggested: [themeId: string, candidate: { masterThemeId: string }][]) => {
    // One command per master theme keeps each undo step meaningful ("map 3 themes to Safe streets").
    const byMaster = new Map<string, string[]>();
    for (const [themeId, c] of suggested)
      byMaster.set(c.masterThemeId, [...(byMaster.get(c.masterThemeId) ?? []), themeId]);
    for (const [masterThemeId, themeIds] of byMaster) await map(themeIds, { masterThemeId });
  };

  return { map, acceptAll };
}
