/** Step 5 of the export: the formats to export all at once (one zip), or one format at a time. */
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats';
import { plural } from '../../shared/i18n/plural';
import type { useExportSaving } from './useExportSaving';

export const FORMAT_ORDER: ExportFormat[] = ['xlsx', 'docx', 'html', 'pptx', 'json', 'csv', 'qdpx', 'qdc'];

export function SaveSection({
  scanned,
  saving,
  formats = FORMAT_ORDER,
}: {
  scanned: boolean;
  saving: ReturnType<typeof useExportSaving>;
  /** The formats offered (the workshop offers its deck alone); every format when absent. */
  formats?: readonly ExportFormat[];
}) {
  const [chosen, setChosen] = useState<Set<ExportFormat>>(() => new Set(formats));
  const busy = saving.saving !== null;
  const toggle = (format: ExportFormat, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(format);
    else next.delete(format);
    setChosen(next);
  };
  return (
    <section aria-labelledby="save-heading">
      <h3 id="save-heading">5. Save</h3>
      {!scanned && (
        <p id="save-hint" className="muted">
          Run the scan for personal information first (step 3); the save buttons wait for it.
        </p>
      )}
      {formats.length > 1 && (
        <fieldset className="format-choice">
          <legend>Export all: the chosen formats in one zip, one folder inside</legend>
          <ul className="plain-list format-checks">
            {formats.map((format) => (
              <li key={format}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(format)}
                    onChange={(e) => toggle(format, e.target.checked)}
                  />
                  {EXPORT_FORMATS[format].label}
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary-button"
            disabled={!scanned || busy || chosen.size === 0}
            aria-describedby={scanned ? undefined : 'save-hint'}
            onClick={() => void saving.saveAll(formats.filter((f) => chosen.has(f)))}
          >
            {saving.saving === 'all'
              ? (saving.progress ?? 'Preparing…')
              : `Export all ${plural(chosen.size, { one: '# chosen format', other: '# chosen formats' })}`}
          </button>
        </fieldset>
      )}
      {formats.length > 1 && <h4>Or save one format</h4>}
      <ul className="plain-list format-list">
        {formats.map((format) => (
          <li key={format}>
            <button
              type="button"
              disabled={!scanned || busy}
              aria-describedby={scanned ? undefined : 'save-hint'}
              onClick={() => void saving.save(format)}
            >
              {saving.saving === format ? 'Preparing…' : `Save ${EXPORT_FORMATS[format].label}`}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="save-status">
        {saving.saved}
      </p>
    </section>
  );
}
