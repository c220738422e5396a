/**
 * The privacy gate before anything leaves, then the export itself. It works on a copy of the
 * project taken when the panel opens, so the scan, the review and the saved file all describe the same data; "Use
 * the latest data" takes a new copy (and asks for a new scan).
 */
import { useT, uiTranslator } from '../ui/i18n';
import { useEffect, useMemo, useState } from 'react';
import type { ExportFormat } from '../../shared/export/formats';
import type { ReportLevel } from '../../shared/findings/levels';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { DEFAULT_FLAG_POLICY, type FlagPolicy } from '../../shared/privacy/flags';
import { useData } from '../app/DataContext';
import { notifyError } from '../app/announce';
import { describeError } from '../data/errors';
import { planFromChoices } from './exportPlan';
import { LeavesSummary } from './LeavesSummary';
import { loadFindingsSnapshot } from '../data/findingsSnapshot';
import { deviceNamer } from '../data/deviceNamer';
import { MatchReview } from './MatchReview';
import { SaveSection } from './SaveSection';
import { useExportSaving } from './useExportSaving';
import { ScanSection } from './ScanSection';
import { FlagPolicyFields, ScopeFields } from './ScopeFields';
import { usePiiScan } from './usePiiScan';

/**
 * A copy of the project's findings snapshot, taken when the panel opens and again on `refresh`; `onNewCopy` runs
 * first (a new copy asks for a new scan).
 */
function useProjectCopy(projectId: string, onNewCopy: () => void) {
  const { db } = useData();
  const [copy, setCopy] = useState<{ snapshot: FindingsSnapshot | null; at: Date } | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    onNewCopy();
    deviceNamer(db, projectId)
      .then((nameOf) => loadFindingsSnapshot(db, projectId, nameOf))
      .then(
        (snapshot) => live && setCopy({ snapshot: snapshot ?? null, at: new Date() }),
        (error: unknown) => notifyError(describeError(error, uiTranslator())),
      );
    return () => {
      live = false;
    };
  }, [db, projectId, generation, onNewCopy]);
  return { copy, refresh: () => setGeneration((g) => g + 1) };
}

export function ExportPanel({
  projectId,
  level,
  formats,
}: {
  projectId: string;
  level: ReportLevel;
  /** The formats offered; every format when absent. */
  formats?: readonly ExportFormat[];
}) {
  const [excluded, setExcluded] = useState<Set<string>>(() => new Set());
  const [flags, setFlags] = useState<FlagPolicy>(DEFAULT_FLAG_POLICY);
  const [names, setNames] = useState(true);
  const [keep, setKeep] = useState<Set<string>>(() => new Set());
  const [phrases, setPhrases] = useState<string[]>([]);
  const [includeMemos, setIncludeMemos] = useState(false);
  const scan = usePiiScan();
  const { copy, refresh } = useProjectCopy(projectId, scan.reset);

  const snapshot = copy?.snapshot ?? null;
  const matches = scan.state.status === 'done' ? scan.state.matches : null;
  const plan = useMemo(
    () =>
      snapshot
        ? planFromChoices(snapshot, { excludedSessionIds: excluded, flags, matches: matches ?? [], keep, phrases })
        : null,
    [snapshot, excluded, flags, matches, keep, phrases],
  );

  const saving = useExportSaving(plan, level, { includeMemos });
  const { t, date } = useT();

  if (!copy) return <p className="muted">{t('export.reading')}</p>;
  if (!snapshot || !plan) return <p className="empty">{t('export.gone')}</p>;

  const scanned = matches !== null;

  return (
    <section aria-labelledby="export-heading" className="export-panel">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p className="muted">
        {t('export.dataAsOf', { time: date(copy.at, { timeStyle: 'medium' }) })}{' '}
        <button type="button" className="link-button" onClick={refresh}>
          {t('export.useLatest')}
        </button>{' '}
        {t('export.reportsOn', { level })}
      </p>
      <section aria-labelledby="scope-heading">
        <h3 id="scope-heading">{t('export.step.scope')}</h3>
        <ScopeFields snapshot={snapshot} excluded={excluded} onChange={setExcluded} />
      </section>
      <section aria-labelledby="flags-heading">
        <h3 id="flags-heading">{t('export.step.flags')}</h3>
        <FlagPolicyFields policy={flags} onChange={setFlags} />
      </section>
      <section aria-labelledby="scan-heading">
        <h3 id="scan-heading">{t('export.step.scan')}</h3>
        <ScanSection
          state={scan.state}
          names={names}
          onNamesChange={setNames}
          onStart={() => {
            setKeep(new Set());
            scan.start(snapshot, names);
          }}
          onCancel={scan.cancel}
        />
        {scanned && (
          <MatchReview
            snapshot={snapshot}
            matches={plan.matches}
            onKeep={(ids, kept) => {
              const next = new Set(keep);
              for (const id of ids) {
                if (kept) next.add(id);
                else next.delete(id);
              }
              setKeep(next);
            }}
            phrases={phrases}
            onPhrases={setPhrases}
          />
        )}
      </section>
      <section aria-labelledby="leaves-heading">
        <h3 id="leaves-heading">{t('export.step.leaves')}</h3>
        <label className="check">
          <input
            type="checkbox"
            checked={includeMemos}
            onChange={(event) => setIncludeMemos(event.target.checked)}
            aria-describedby="include-memos-help"
          />
          {t('export.memos.include')}
        </label>
        <p id="include-memos-help" className="muted">
          {t('export.memos.help')}
        </p>
        <LeavesSummary plan={plan} memosInReports={includeMemos} />
      </section>
      <SaveSection scanned={scanned} saving={saving} formats={formats} />
    </section>
  );
}
