/** What the import will do, before it does it: the counts and warnings, the rows that cannot be imported, progress. */
import type { ImportPreview } from '../../shared/import';
import { useT } from '../ui/i18n';
import type { ImportTable } from './importTable';

const MAX_PROBLEMS_SHOWN = 100;

export function ImportSummary({ preview, table }: { preview: ImportPreview; table: ImportTable }) {
  const { t } = useT();
  const { plan } = preview;
  const counts = [
    t('importNotes.summary.notes', { count: plan.notes.length }),
    ...(plan.sessions.length ? [t('importNotes.summary.sessions', { count: plan.sessions.length })] : []),
    ...(plan.participants.length ? [t('importNotes.summary.speakers', { count: plan.participants.length })] : []),
  ];
  const sentences = [
    t('importNotes.summary.end', { list: counts.join(', ') }),
    ...preview.warnings,
    ...(table.formulaResults > 0 ? [t('importNotes.summary.formulaResults', { count: table.formulaResults })] : []),
  ];
  return <p className="muted">{sentences.join(' ')}</p>;
}

export function ImportProblems({ preview, table }: { preview: ImportPreview; table: ImportTable }) {
  const { t } = useT();
  const { problems, problemCount } = preview;
  if (problemCount === 0) return null;
  return (
    <section aria-labelledby="import-problems-heading" className="import-problems" role="alert">
      <h3 id="import-problems-heading">{t('importNotes.problems.heading', { count: problemCount })}</h3>
      <p>{t('importNotes.problems.intro')}</p>
      <ul>
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
          <li key={i}>
            {t(table.lineWord === 'line' ? 'importNotes.problems.line' : 'importNotes.problems.row', {
              line: p.line,
              message: p.message,
            })}
          </li>
        ))}
        {problemCount > MAX_PROBLEMS_SHOWN && (
          <li>{t('importNotes.problems.more', { count: problemCount - MAX_PROBLEMS_SHOWN })}</li>
        )}
      </ul>
    </section>
  );
}

export function ImportProgress({ progress }: { progress: { done: number; total: number } }) {
  const { t } = useT();
  const value = t('importNotes.progress.value', { done: progress.done, total: progress.total });
  return (
    <div className="scan-progress">
      <progress
        max={progress.total}
        value={progress.done}
        aria-label={t('importNotes.progress.label')}
        aria-valuetext={value}
      />
      <span aria-hidden="true"> {value}</span>
    </div>
  );
}
