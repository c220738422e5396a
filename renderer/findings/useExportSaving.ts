/** Saving an export: one format, or every chosen format at once; what is being written, and what was saved. */
import { useState } from 'react';
import type { ExportFormat, WriteOptions } from '../../shared/export/formats';
import type { ReportLevel } from '../../shared/findings/levels';
import type { Locale } from '../../shared/i18n/locales';
import { msg, uiTranslator } from '../ui/i18n';
import { errorReason } from '../data/errors';
import type { ExportPlan } from '../../shared/privacy/plan';
import { announce, notifyError } from '../app/announce';
import { saveAllExports, saveExport } from './saveExport';

export function useExportSaving(plan: ExportPlan | null, level: ReportLevel, options: WriteOptions = {}) {
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
        setSaved(msg('export.save.saved', { what: done }));
        announce(msg('export.save.savedNow', { what: done }));
      } else setSaved(msg('export.save.cancelled'));
    } catch (error) {
      notifyError(msg('export.save.failed', { reason: errorReason(error, uiTranslator()) }));
    } finally {
      setSaving(null);
      setProgress(null);
    }
  };

  const save = (format: ExportFormat, locale: Locale) =>
    attempt(format, async (current) => {
      const result = await saveExport(current, format, level, locale, options);
      return result.status === 'saved' ? result.fileName : null;
    });

  const saveAll = (formats: ExportFormat[], locale: Locale) =>
    attempt('all', async (current) => {
      const result = await saveAllExports(
        current,
        formats,
        level,
        locale,
        (done, total) => setProgress(msg('export.save.writing', { done, total })),
        options,
      );
      if (result.status !== 'saved') return null;
      return result.kind === 'folder'
        ? msg('export.save.formatsInFolder', { count: formats.length, folder: result.name })
        : msg('export.save.formatsIn', { count: formats.length, file: result.name });
    });

  return { saving, progress, saved, save, saveAll };
}
