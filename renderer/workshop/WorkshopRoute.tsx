/** The workshop route, loaded on demand: the deck builder and the slides are not needed until someone presents. */
import { lazy, Suspense } from 'react';

const WorkshopScreen = lazy(() => import('./WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })));

export function WorkshopRoute({ projectId }: { projectId: string }) {
  return (
    <Suspense fallback={<p className="muted">Opening the workshop…</p>}>
      <WorkshopScreen projectId={projectId} />
    </Suspense>
  );
}
