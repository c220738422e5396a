/** Saving an export: one format, or every chosen format at once; what is being written, and what was saved. */
import { useState } from 'react';
import type { ExportFormat } from '../../shared/export/formats';
import type { ReportLevel } from '../../shared/findings/levels';
import { plural } from '../../shared/i18n/plural';
import type { ExportPlan } from '../../shared/privacy/plan';
import { announce, notifyError } from '../app/announce';
import { saveAllExports, saveExport } from './saveExport';

const CANCELLED = 'Not saved: the save dialog was cancelled.';

export function useExportSaving(plan: ExportPlan | null, level: ReportLevel) {
  const [saving, setSaving] = useState<ExportFormat | 'all' | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const attempt = async (what: ExportFormat | 'all', write: (plan: ExportPlan) => Promise<string | null>) => {
    if (!plan) return;
    setSaving(what);
    setSaved(null);
    try {
      const done = await write(plan);
      if (done) {
        setSaved(`Saved ${done}.`);
        announce(`Saved ${done}`);
      } else setSaved(CANCELLED);
    } catch (error) {
      notifyError(`The export could not be written: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(null);
      setProgress(null);
    }
  };

  const save = (format: ExportFormat) =>
    attempt(format, async (current) => {
      const result = await saveExport(current, format, level);
      return result.status === 'saved' ? result.fileName : null;
    });

  const saveAll = (formats: ExportFormat[]) =>
    attempt('all', async (current) => {
      const result = await saveAllExports(current, formats, level, (done, total) =>
        setProgress(`Writing ${done} of ${total}…`),
      );
      if (result.status !== 'saved') return null;
      return `${plural(formats.length, { one: '# format', other: '# formats' })} in ${result.fileName}`;
    });

  return { saving, progress, saved, save, saveAll };
}
