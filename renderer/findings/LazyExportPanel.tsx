/**
 * The export panel with its privacy gate, loaded on demand, for other features that let something leave (the
 * workshop's deck): the gate, the scan and the writers stay out of the app's first load.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { useT } from '../ui/i18n';

const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

export function LazyExportPanel(props: ComponentProps<typeof ExportPanel>) {
  const { t } = useT();
  return (
    <Suspense fallback={<p className="muted">{t('export.opening')}</p>}>
      <ExportPanel {...props} />
    </Suspense>
  );
}
