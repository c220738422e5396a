/** What the import will do, before it does it: the counts and warnings, the rows that cannot be imported, progress. */
import type { ImportPreview } from '../../shared/import';
import { plural } from '../../shared/i18n/plural';
import type { ImportTable } from './importTable';

const MAX_PROBLEMS_SHOWN = 100;

export function ImportSummary({ preview, table }: { preview: ImportPreview; table: ImportTable }) {
  const { plan } = preview;
  return (
    <p className="muted">
      {plural(plan.notes.length, { one: '# note ready', other: '# notes ready' })}
      {plan.sessions.length > 0 &&
        `, ${plural(plan.sessions.length, { one: '# new session', other: '# new sessions' })}`}
      {plan.participants.length > 0 &&
        `, ${plural(plan.participants.length, { one: '# new speaker code', other: '# new speaker codes' })}`}
      .{preview.warnings.map((warning) => ` ${warning}`)}
      {table.formulaResults > 0 && ` ${table.formulaResults} formula cells were read as their stored values.`}
    </p>
  );
}

export function ImportProblems({ preview, table }: { preview: ImportPreview; table: ImportTable }) {
  const { problems, problemCount } = preview;
  if (problemCount === 0) return null;
  return (
    <section aria-labelledby="import-problems-heading" className="import-problems" role="alert">
      <h3 id="import-problems-heading">
        {plural(problemCount, { one: '# row cannot be imported', other: '# rows cannot be imported' })}
      </h3>
      <p>Nothing is imported until every row can be. Fix these in the file and choose it again.</p>
      <ul>
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
          <li key={i}>
            {table.lineWord === 'line' ? 'Line' : 'Row'} {p.line}: {p.message}.
          </li>
        ))}
        {problemCount > MAX_PROBLEMS_SHOWN && <li>and {problemCount - MAX_PROBLEMS_SHOWN} more.</li>}
      </ul>
    </section>
  );
}

export function ImportProgress({ progress }: { progress: { done: number; total: number } }) {
  return (
    <div className="scan-progress">
      <progress
        max={progress.total}
        value={progress.done}
        aria-label="Import progress"
        aria-valuetext={`${progress.done} of ${plural(progress.total, { one: '# note', other: '# notes' })}`}
      />
      <span aria-hidden="true">
        {' '}
        {progress.done} of {plural(progress.total, { one: '# note', other: '# notes' })}
      </span>
    </div>
  );
}
