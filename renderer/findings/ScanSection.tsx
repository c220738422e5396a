/** Step 3 of the privacy gate: start the personal-information scan, watch it go, cancel it. */
import { useT } from '../ui/i18n';
import type { ScanState } from './usePiiScan';

export function ScanSection({
  state,
  names,
  onNamesChange,
  onStart,
  onCancel,
}: {
  state: ScanState;
  names: boolean;
  onNamesChange(value: boolean): void;
  onStart(): void;
  onCancel(): void;
}) {
  const running = state.status === 'running';
  const percent = running && state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
  const { t } = useT();
  return (
    <div className="scan-section">
      <p className="muted">{t('export.scan.about')}</p>
      <div className="button-row">
        <label className="check">
          <input type="checkbox" checked={names} disabled={running} onChange={(e) => onNamesChange(e.target.checked)} />
          {t('export.scan.names')}
        </label>
        {running ? (
          <button type="button" onClick={onCancel}>
            {t('export.scan.cancel')}
          </button>
        ) : (
          <button type="button" className="primary-button" onClick={onStart}>
            {state.status === 'done' ? t('export.scan.again') : t('export.scan.start')}
          </button>
        )}
      </div>
      {running && (
        <div className="scan-progress">
          <progress
            max={100}
            value={percent}
            aria-label={t('export.scan.progress')}
            aria-valuetext={t('export.scan.progressValue', { percent, done: state.done, total: state.total })}
          />
          <span aria-hidden="true"> {t('export.scan.progressText', { done: state.done, total: state.total })}</span>
        </div>
      )}
      <p role="status" className="scan-status">
        {state.status === 'done' &&
          t('export.scan.finished', { names: state.names ? 'yes' : 'no', count: state.matches.length })}
        {state.status === 'cancelled' && t('export.scan.cancelled')}
        {state.status === 'failed' && t('export.scan.failed', { reason: state.message })}
      </p>
    </div>
  );
}
