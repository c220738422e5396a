/** The preview step of "Import bundle…": what the bundle would add, change or remove, before anything is written. */
import { Button } from 'react-aria-components';
import type { MessageId } from '../../shared/i18n/catalogue';
import { DialogFooter } from '../ui/ConfirmDialog';
import { useT } from '../ui/i18n';
import type { ImportPreview } from '../data/sync';

const CHANGE_WORDS: Record<'new' | 'updated' | 'removed', MessageId> = {
  new: 'bundle.import.change.new',
  updated: 'bundle.import.change.updated',
  removed: 'bundle.import.change.removed',
};

export function ImportPreviewView({
  fileName,
  preview,
  confirmRemovals,
  onConfirmRemovals,
  busy,
  onCancel,
  onApply,
}: {
  fileName: string;
  preview: ImportPreview;
  confirmRemovals: boolean;
  onConfirmRemovals(value: boolean): void;
  busy: boolean;
  onCancel(): void;
  onApply(): void;
}) {
  const { t } = useT();
  const from = preview.manifest.createdBy.deviceName;
  const removals = preview.massDeletions.reduce((sum, count) => sum + count.deleting, 0);
  const origin = from
    ? t(preview.encrypted ? 'bundle.import.fromLocked' : 'bundle.import.from', { fileName, device: from })
    : t(preview.encrypted ? 'bundle.import.fileLocked' : 'bundle.import.file', { fileName });
  return (
    <section aria-label={t('bundle.import.holds')} className="import-preview">
      <p className="muted">{origin}</p>
      <ul className="import-summary">
        {preview.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {!preview.unchanged && preview.sessions.length > 0 && (
        <>
          <h3 id="import-sessions-heading">{t('bundle.import.sessions')}</h3>
          <ul className="plain-list" aria-labelledby="import-sessions-heading">
            {preview.sessions.map((session) => (
              <li key={session.id}>
                {session.title} <span className="tag">{t(CHANGE_WORDS[session.change])}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!preview.unchanged && preview.themes.length > 0 && (
        <>
          <h3 id="import-themes-heading">{t('bundle.import.themes')}</h3>
          <ul className="plain-list" aria-labelledby="import-themes-heading">
            {preview.themes.map((theme) => (
              <li key={theme.id}>
                {theme.name} <span className="tag">{t(CHANGE_WORDS[theme.change])}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {removals > 0 && (
        <label className="check sync-confirm-removal">
          <input type="checkbox" checked={confirmRemovals} onChange={(e) => onConfirmRemovals(e.target.checked)} />
          <span>{t('bundle.import.confirmRemoval', { count: removals })}</span>
        </label>
      )}
      <DialogFooter>
        {preview.unchanged ? (
          <Button className="primary-button" onPress={onCancel}>
            {t('bundle.import.close')}
          </Button>
        ) : (
          <>
            <Button onPress={onCancel}>{t('bundle.import.cancel')}</Button>
            <Button
              className="primary-button"
              onPress={onApply}
              isDisabled={busy || (removals > 0 && !confirmRemovals)}
            >
              {t('bundle.import.import')}
            </Button>
          </>
        )}
      </DialogFooter>
    </section>
  );
}
