/**
 * The findings route, loaded on demand: the findings screen brings the privacy scanner's name tagger, the theme
 * matcher and the export writers, none of which the capture screen should pay for at start-up.
 */
import { lazy, Suspense } from 'react';
import { useT } from '../ui/i18n';

const FindingsScreen = lazy(() => import('./FindingsScreen').then((m) => ({ default: m.FindingsScreen })));

export function FindingsRoute({ projectId }: { projectId: string }) {
  const { t } = useT();
  return (
    <Suspense fallback={<p className="muted">{t('finding.opening')}</p>}>
      <FindingsScreen projectId={projectId} />
    </Suspense>
  );
}
