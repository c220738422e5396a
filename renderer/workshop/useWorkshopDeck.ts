/**
 * The deck the workshop shows, kept live: the project's findings snapshot through the export plan's default
 * choices (shared/workshop/fromSnapshot.ts), the running workshop session and its tally, and the order the slides
 * first had, kept while votes reorder the priorities (slideOrder.ts).
 */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultLevel, levelCounts } from '../../shared/findings/levels';
import { deckFromSnapshot } from '../../shared/workshop/fromSnapshot';
import { useData } from '../app/DataContext';
import { loadFindingsSnapshot } from '../data/findingsSnapshot';
import { runningWorkshopSession, workshopTally } from '../data/workshopQueries';
import { useT } from '../ui/i18n';
import { keepOrder } from './slideOrder';

export function useWorkshopDeck(projectId: string) {
  const { db } = useData();
  const { locale } = useT();
  const snapshot = useLiveQuery(async () => (await loadFindingsSnapshot(db, projectId)) ?? null, [db, projectId]);
  const running = useLiveQuery(() => runningWorkshopSession(db, projectId), [db, projectId]);
  const tally = useLiveQuery(
    async () => (running ? workshopTally(db, running.id) : new Map<string, number>()),
    [db, running],
  );
  // The level the findings screen starts at, so the room sees the themes the PMT reports on.
  const level = useMemo(() => (snapshot ? defaultLevel(levelCounts(snapshot)) : 'session'), [snapshot]);
  const deck = useMemo(
    () => (snapshot ? deckFromSnapshot(snapshot, level, new Date().toISOString(), locale) : null),
    [snapshot, level, locale],
  );
  const [order, setOrder] = useState<string[]>([]);
  const keys = useMemo(() => keepOrder(order, deck?.slides.map((s) => s.key) ?? []), [order, deck]);
  // Stored while rendering (React's pattern for state that follows other data), so no frame shows another order.
  if (keys.join('\n') !== order.join('\n')) setOrder(keys);
  return { snapshot, running, tally, level, deck, keys };
}
