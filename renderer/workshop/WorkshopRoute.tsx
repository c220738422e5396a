/** The workshop route, loaded on demand: the deck builder and the slides are not needed until someone presents. */
import { lazy, Suspense } from 'react';
import { useT } from '../ui/i18n';

const WorkshopScreen = lazy(() => import('./WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })));

export function WorkshopRoute({ projectId }: { projectId: string }) {
  const { t } = useT();
  return (
    <Suspense fallback={<p className="muted">{t('workshop.opening')}</p>}>
      <WorkshopScreen projectId={projectId} />
    </Suspense>
  );
}
