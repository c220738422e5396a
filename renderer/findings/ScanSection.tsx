/** Step 3 of the privacy gate: start the personal-information scan, watch it go, cancel it. */
import type { ScanState } from './usePiiScan';
import { plural } from '../../shared/i18n/plural';

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
  return (
    <div className="scan-section">
      <p className="muted">
        Looks for e-mail addresses, phone numbers, street addresses, postal codes and (optionally) person names in
        everything that would leave: notes, theme names, findings, session titles and places. Each match is shown below;
        all are removed unless you choose to keep one.
      </p>
      <div className="button-row">
        <label className="check">
          <input type="checkbox" checked={names} disabled={running} onChange={(e) => onNamesChange(e.target.checked)} />
          Also look for person names (slower)
        </label>
        {running ? (
          <button type="button" onClick={onCancel}>
            Cancel scan
          </button>
        ) : (
          <button type="button" className="primary-button" onClick={onStart}>
            {state.status === 'done' ? 'Scan again' : 'Scan for personal information'}
          </button>
        )}
      </div>
      {running && (
        <div className="scan-progress">
          <progress
            max={100}
            value={percent}
            aria-label="Scan progress"
            aria-valuetext={`${percent}%: ${state.done} of ${state.total} texts`}
          />
          <span aria-hidden="true">
            {' '}
            {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')} texts
          </span>
        </div>
      )}
      <p role="status" className="scan-status">
        {state.status === 'done' &&
          `Scan finished${state.names ? ' (with names)' : ''}: ${plural(state.matches.length, { one: '# possible piece', other: '# possible pieces' })} of personal information found.`}
        {state.status === 'cancelled' && 'Scan cancelled. Scan again before exporting.'}
        {state.status === 'failed' && `The scan failed: ${state.message}`}
      </p>
    </div>
  );
}
