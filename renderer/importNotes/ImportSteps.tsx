/** The steps of the note import, inside the dialog: file, columns, preview and problems, then the import itself. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CsvEncoding } from '../../shared/csv';
import { guessMapping, planNoteImport, type ColumnMapping, type DefaultSession } from '../../shared/import';
import { announce, notifyInfo } from '../app/announce';
import { importNotes } from '../data/commands/findings';
import type { FieldnotesDb } from '../data/db';
import { describeError } from '../data/errors';
import { getProject, listGroups, listProjectParticipants, listQuestions, listSessions } from '../data/queries';
import { getPlatform } from '../platform';
import { useData } from '../app/DataContext';
import { ColumnFields } from './ColumnFields';
import { ImportFileError, type ImportTable } from './importTable';
import { PreviewTable } from './PreviewTable';
import { readImportFile } from './readImportFile';
import { EncodingChoice } from './EncodingChoice';

const MAX_PROBLEMS_SHOWN = 100;

interface Chosen {
  fileName: string;
  bytes: Uint8Array;
  table: ImportTable;
}

export function ImportSteps({ db, projectId, close }: { db: FieldnotesDb; projectId: string; close(): void }) {
  const { runner } = useData();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [target, setTarget] = useState<string>('new');
  const [newTitle, setNewTitle] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  // Closing the dialog mid-import cancels it: the transaction aborts and nothing is written.
  useEffect(() => () => abortRef.current?.abort(), []);

  const context = useLiveQuery(async () => {
    const project = await getProject(db, projectId);
    if (!project) return null;
    const [sessions, groups, questions, participants] = await Promise.all([
      listSessions(db, projectId),
      listGroups(db, projectId),
      listQuestions(db, projectId),
      listProjectParticipants(db, projectId),
    ]);
    return { project, sessions, groups, questions, participants };
  }, [db, projectId]);

  const defaultSession: DefaultSession =
    target === 'new' ? { title: newTitle.trim() || 'Imported notes' } : { sessionId: target };
  const preview = useMemo(
    () => (chosen && mapping && context ? planNoteImport(chosen.table, mapping, context, { defaultSession }) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- defaultSession is rebuilt each render from target and newTitle
    [chosen, mapping, context, target, newTitle],
  );

  const read = async (fileName: string, bytes: Uint8Array, encoding?: CsvEncoding) => {
    setReadError(null);
    setImportError(null);
    try {
      const table = await readImportFile(fileName, bytes, encoding ? { encoding } : {});
      setChosen({ fileName, bytes, table });
      setMapping((current) => (chosen && current && encoding ? current : guessMapping(table.header)));
      if (!encoding) setNewTitle(fileName.replace(/\.[^.]+$/, ''));
    } catch (error) {
      setChosen(null);
      setMapping(null);
      setReadError(
        error instanceof ImportFileError ? error.message : `The file could not be read: ${describeError(error)}`,
      );
    }
  };

  const choose = async () => {
    try {
      const file = await getPlatform().openFile({
        filters: [{ name: 'Notes (CSV or Excel)', extensions: ['csv', 'txt', 'tsv', 'xlsx'] }],
      });
      if (file) await read(file.fileName, file.data);
    } catch (error) {
      setReadError(`The file could not be opened: ${describeError(error)}`);
    }
  };

  const run = async () => {
    if (!preview || preview.problemCount || !preview.plan.notes.length) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setImportError(null);
    setProgress({ done: 0, total: preview.plan.notes.length });
    try {
      const result = await importNotes(runner, preview.plan, {
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      const message = `Imported ${result.notes} notes${result.sessions ? ` into ${result.sessions} new sessions` : ''}.`;
      announce(message);
      notifyInfo(message);
      close();
    } catch (error) {
      setImportError(
        controller.signal.aborted
          ? 'Import cancelled. Nothing was imported.'
          : `${describeError(error)} Nothing was imported.`,
      );
    } finally {
      abortRef.current = null;
      setProgress(null);
    }
  };

  if (context === undefined) return null;
  if (context === null) return <p className="empty">This project no longer exists on this device.</p>;
  const table = chosen?.table;
  const problems = preview?.problems ?? [];
  const problemCount = preview?.problemCount ?? 0;
  const importing = progress !== null;

  return (
    <div className="import-steps">
      <p className="muted">
        A CSV (comma, semicolon or tab separated; UTF-8, Windows-1252 or Mac Roman) or an Excel .xlsx file with one note
        per row and a header row naming the columns.
      </p>
      <div className="button-row">
        <button
          type="button"
          className={chosen ? '' : 'primary-button'}
          onClick={() => void choose()}
          disabled={importing}
        >
          {chosen ? 'Choose another file…' : 'Choose file…'}
        </button>
        {chosen && <span>{chosen.fileName}</span>}
      </div>
      {readError && (
        <p className="field-error" role="alert">
          {readError}
        </p>
      )}
      {chosen && table && mapping && preview && (
        <>
          {table.source.kind === 'csv' ? (
            <EncodingChoice
              bytes={chosen.bytes}
              encoding={table.source.encoding}
              detected={table.source.detected}
              disabled={importing}
              onChange={(encoding) => void read(chosen.fileName, chosen.bytes, encoding)}
            />
          ) : (
            <p className="muted">Reading sheet “{table.source.sheet}”.</p>
          )}
          <ColumnFields header={table.header} mapping={mapping} onChange={setMapping} disabled={importing} />
          <div className="form-grid">
            <div className="field">
              <label htmlFor="import-target">
                {mapping.session === null ? 'Notes go into' : 'Rows without a session go into'}
              </label>
              <select
                id="import-target"
                value={target}
                disabled={importing}
                onChange={(e) => setTarget(e.target.value)}
              >
                <option value="new">A new session…</option>
                {context.sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
            {target === 'new' && (
              <div className="field">
                <label htmlFor="import-new-title">New session title</label>
                <input
                  id="import-new-title"
                  type="text"
                  value={newTitle}
                  disabled={importing}
                  onChange={(e) => setNewTitle(e.target.value)}
                />
              </div>
            )}
          </div>
          <PreviewTable table={table} mapping={mapping} />
          <p className="muted">
            {preview.plan.notes.length} notes ready
            {preview.plan.sessions.length > 0 &&
              `, ${preview.plan.sessions.length} new ${preview.plan.sessions.length === 1 ? 'session' : 'sessions'}`}
            {preview.plan.participants.length > 0 &&
              `, ${preview.plan.participants.length} new ${preview.plan.participants.length === 1 ? 'speaker code' : 'speaker codes'}`}
            .{preview.warnings.map((warning) => ` ${warning}`)}
            {table.formulaResults > 0 && ` ${table.formulaResults} formula cells were read as their stored values.`}
          </p>
          {problemCount > 0 && (
            <section aria-labelledby="import-problems-heading" className="import-problems" role="alert">
              <h3 id="import-problems-heading">
                {problemCount} {problemCount === 1 ? 'row' : 'rows'} cannot be imported
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
          )}
        </>
      )}
      {importing && (
        <div className="scan-progress">
          <progress
            max={progress.total}
            value={progress.done}
            aria-label="Import progress"
            aria-valuetext={`${progress.done} of ${progress.total} notes`}
          />
          <span aria-hidden="true">
            {' '}
            {progress.done} of {progress.total} notes
          </span>
        </div>
      )}
      {importError && (
        <p className="field-error" role="alert">
          {importError}
        </p>
      )}
      <div className="dialog-actions">
        {importing ? (
          <button type="button" onClick={() => abortRef.current?.abort()}>
            Cancel import
          </button>
        ) : (
          <button type="button" onClick={close}>
            Close
          </button>
        )}
        <button
          type="button"
          className="primary-button"
          disabled={!preview || problemCount > 0 || preview.plan.notes.length === 0 || importing}
          onClick={() => void run()}
        >
          {preview && preview.plan.notes.length > 0 ? `Import ${preview.plan.notes.length} notes` : 'Import'}
        </button>
      </div>
    </div>
  );
}
