/** Step 5 of the export: the formats to export all at once (one zip), or one format at a time. */
import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { FORMAT_LABELS, type ExportFormat } from '../../shared/export/formats';
import { LOCALES, LOCALE_NAMES, isLocale, type Locale } from '../../shared/i18n/locales';
import { useT } from '../ui/i18n';
import type { useExportSaving } from './useExportSaving';

export const FORMAT_ORDER: ExportFormat[] = [
  'xlsx',
  'docx',
  'html',
  'said-did-docx',
  'said-did-html',
  'pptx',
  'deck-pdf',
  'json',
  'csv',
  'qdpx',
  'qdc',
];

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
  const { t, locale: appLocale } = useT();
  // The reports' language starts as the app's and can differ (a French report from an English app).
  const [locale, setLocale] = useState<Locale>(appLocale);
  const busy = saving.saving !== null;
  const toggle = (format: ExportFormat, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(format);
    else next.delete(format);
    setChosen(next);
  };
  return (
    <section aria-labelledby="save-heading">
      <h3 id="save-heading">{t('export.step.save')}</h3>
      {!scanned && (
        <p id="save-hint" className="muted">
          {t('export.save.scanFirst')}
        </p>
      )}
      <Select
        className="field report-language"
        selectedKey={locale}
        onSelectionChange={(key) => isLocale(key) && setLocale(key)}
      >
        <Label>{t('export.save.language')}</Label>
        <Button className="select-button">
          <SelectValue />
          <span aria-hidden="true"> ▾</span>
        </Button>
        <Text slot="description" className="muted">
          {t('export.save.languageHelp')}
        </Text>
        <Popover className="popover">
          <ListBox className="menu">
            {LOCALES.map((code) => (
              <ListBoxItem key={code} id={code} className="menu-item" lang={code}>
                {LOCALE_NAMES[code]}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      {formats.length > 1 && (
        <fieldset className="format-choice">
          <legend>{t('export.save.allLegend')}</legend>
          <ul className="plain-list format-checks">
            {formats.map((format) => (
              <li key={format}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(format)}
                    onChange={(e) => toggle(format, e.target.checked)}
                  />
                  {t(FORMAT_LABELS[format])}
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary-button"
            disabled={!scanned || busy || chosen.size === 0}
            aria-describedby={scanned ? undefined : 'save-hint'}
            onClick={() =>
              void saving.saveAll(
                formats.filter((f) => chosen.has(f)),
                locale,
              )
            }
          >
            {saving.saving === 'all'
              ? (saving.progress ?? t('export.save.preparing'))
              : t('export.save.all', { count: chosen.size })}
          </button>
        </fieldset>
      )}
      {formats.length > 1 && <h4>{t('export.save.one')}</h4>}
      <ul className="plain-list format-list">
        {formats.map((format) => (
          <li key={format}>
            <button
              type="button"
              disabled={!scanned || busy}
              aria-describedby={scanned ? undefined : 'save-hint'}
              onClick={() => void saving.save(format, locale)}
            >
              {saving.saving === format
                ? t('export.save.preparing')
                : t('export.save.format', { format: t(FORMAT_LABELS[format]) })}
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
