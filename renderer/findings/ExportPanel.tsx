/**
 * The privacy gate before anything leaves, then the export itself. It works on a copy of the
 * project taken when the panel opens, so the scan, the review and the saved file all describe the same data; "Use
 * the latest data" takes a new copy (and asks for a new scan).
 */
import { useEffect, useMemo, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats';
import type { ReportLevel } from '../../shared/findings/levels';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { DEFAULT_FLAG_POLICY, type FlagPolicy } from '../../shared/privacy/flags';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { describeError } from '../data/errors';
import { planFromChoices } from './exportPlan';
import { LeavesSummary } from './LeavesSummary';
import { loadFindingsSnapshot } from '../data/findingsSnapshot';
import { deviceNamer } from '../data/deviceNamer';
import { MatchReview } from './MatchReview';
import { plural } from '../../shared/i18n/plural';
import { saveAllExports, saveExport } from './saveExport';
import { ScanSection } from './ScanSection';
import { FlagPolicyFields, ScopeFields } from './ScopeFields';
import { usePiiScan } from './usePiiScan';

const FORMAT_ORDER: ExportFormat[] = ['xlsx', 'docx', 'html', 'json', 'csv', 'qdpx', 'qdc'];

export function ExportPanel({ projectId, level }: { projectId: string; level: ReportLevel }) {
  const { db } = useData();
  const [copy, setCopy] = useState<{ snapshot: FindingsSnapshot | null; at: Date } | null>(null);
  const [generation, setGeneration] = useState(0);
  const [excluded, setExcluded] = useState<Set<string>>(() => new Set());
  const [flags, setFlags] = useState<FlagPolicy>(DEFAULT_FLAG_POLICY);
  const [names, setNames] = useState(true);
  const [keep, setKeep] = useState<Set<string>>(() => new Set());
  const [phrases, setPhrases] = useState<string[]>([]);
  const [saving, setSaving] = useState<ExportFormat | 'all' | null>(null);
  const [chosen, setChosen] = useState<Set<ExportFormat>>(() => new Set(FORMAT_ORDER));
  const [progress, setProgress] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const scan = usePiiScan();
  const { reset } = scan;

  useEffect(() => {
    let live = true;
    reset();
    deviceNamer(db, projectId)
      .then((nameOf) => loadFindingsSnapshot(db, projectId, nameOf))
      .then(
        (snapshot) => live && setCopy({ snapshot: snapshot ?? null, at: new Date() }),
        (error: unknown) => notifyError(describeError(error)),
      );
    return () => {
      live = false;
    };
  }, [db, projectId, generation, reset]);

  const snapshot = copy?.snapshot ?? null;
  const matches = scan.state.status === 'done' ? scan.state.matches : null;
  const plan = useMemo(
    () =>
      snapshot
        ? planFromChoices(snapshot, { excludedSessionIds: excluded, flags, matches: matches ?? [], keep, phrases })
        : null,
    [snapshot, excluded, flags, matches, keep, phrases],
  );

  if (!copy) return <p className="muted">Reading the project…</p>;
  if (!snapshot || !plan) return <p className="empty">This project no longer exists on this device.</p>;

  const save = async (format: ExportFormat) => {
    setSaving(format);
    setSaved(null);
    try {
      const result = await saveExport(plan, format, level);
      if (result.status === 'saved') {
        setSaved(`Saved ${result.fileName}.`);
        announce(`Saved ${result.fileName}`);
      } else setSaved('Not saved: the save dialog was cancelled.');
    } catch (error) {
      notifyError(`The export could not be written: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(null);
    }
  };
  const saveAll = async () => {
    const formats = FORMAT_ORDER.filter((f) => chosen.has(f));
    setSaving('all');
    setSaved(null);
    try {
      const result = await saveAllExports(plan, formats, level, (done, total) =>
        setProgress(`Writing ${done} of ${total}…`),
      );
      if (result.status === 'saved') {
        const what = `${plural(formats.length, { one: '# format', other: '# formats' })} in ${result.fileName}`;
        setSaved(`Saved ${what}.`);
        announce(`Saved ${what}`);
      } else setSaved('Not saved: the save dialog was cancelled.');
    } catch (error) {
      notifyError(`The export could not be written: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(null);
      setProgress(null);
    }
  };
  const scanned = matches !== null;

  return (
    <section aria-labelledby="export-heading" className="export-panel">
      <h2 id="export-heading">Export</h2>
      <p className="muted">
        Data as of {copy.at.toLocaleTimeString()}.{' '}
        <button type="button" className="link-button" onClick={() => setGeneration(generation + 1)}>
          Use the latest data
        </button>{' '}
        Reports on {level === 'master' ? 'master themes (consolidated)' : 'session themes'}; change this with “Report
        on” above.
      </p>
      <section aria-labelledby="scope-heading">
        <h3 id="scope-heading">1. What to include</h3>
        <ScopeFields snapshot={snapshot} excluded={excluded} onChange={setExcluded} />
      </section>
      <section aria-labelledby="flags-heading">
        <h3 id="flags-heading">2. Flagged notes</h3>
        <FlagPolicyFields policy={flags} onChange={setFlags} />
      </section>
      <section aria-labelledby="scan-heading">
        <h3 id="scan-heading">3. Personal information</h3>
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
        <h3 id="leaves-heading">4. What will leave</h3>
        <LeavesSummary plan={plan} />
      </section>
      <section aria-labelledby="save-heading">
        <h3 id="save-heading">5. Save</h3>
        {!scanned && (
          <p id="save-hint" className="muted">
            Run the scan for personal information first (step 3); the save buttons wait for it.
          </p>
        )}
        <fieldset className="format-choice">
          <legend>Export all: the chosen formats in one zip, one folder inside</legend>
          <ul className="plain-list format-checks">
            {FORMAT_ORDER.map((format) => (
              <li key={format}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(format)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(format);
                      else next.delete(format);
                      setChosen(next);
                    }}
                  />
                  {EXPORT_FORMATS[format].label}
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary-button"
            disabled={!scanned || saving !== null || chosen.size === 0}
            aria-describedby={scanned ? undefined : 'save-hint'}
            onClick={() => void saveAll()}
          >
            {saving === 'all'
              ? (progress ?? 'Preparing…')
              : `Export all ${plural(chosen.size, { one: '# chosen format', other: '# chosen formats' })}`}
          </button>
        </fieldset>
        <h4>Or save one format</h4>
        <ul className="plain-list format-list">
          {FORMAT_ORDER.map((format) => (
            <li key={format}>
              <button
                type="button"
                disabled={!scanned || saving !== null}
                aria-describedby={scanned ? undefined : 'save-hint'}
                onClick={() => void save(format)}
              >
                {saving === format ? 'Preparing…' : `Save ${EXPORT_FORMATS[format].label}`}
              </button>
            </li>
          ))}
        </ul>
        <p role="status" className="save-status">
          {saved}
        </p>
      </section>
    </section>
  );
}
