/**
 * The export panel with its privacy gate, loaded on demand, for other features that let something leave (the
 * workshop's deck): the gate, the scan and the writers stay out of the app's first load.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

export function LazyExportPanel(props: ComponentProps<typeof ExportPanel>) {
  return (
    <Suspense fallback={<p className="muted">Opening the export…</p>}>
      <ExportPanel {...props} />
    </Suspense>
  );
}
