/** The steps of the note import, inside the dialog: file, columns, preview and problems, then the import itself. */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { planNoteImport, type DefaultSession } from '../../shared/import';
import type { FieldnotesDb } from '../data/db';
import { getProject, listGroups, listProjectParticipants, listQuestions, listSessions } from '../data/queries';
import { useData } from '../app/DataContext';
import { ColumnFields } from './ColumnFields';
import { EncodingChoice } from './EncodingChoice';
import { ImportProblems, ImportProgress, ImportSummary } from './ImportReview';
import { PreviewTable } from './PreviewTable';
import { TargetSessionFields } from './TargetSessionFields';
import { useImportFile } from './useImportFile';
import { useNoteImport } from './useNoteImport';
import { DialogFooter } from '../ui/ConfirmDialog';
import { useT } from '../ui/i18n';

export function ImportSteps({ db, projectId, close }: { db: FieldnotesDb; projectId: string; close(): void }) {
  const { runner } = useData();
  const translator = useT();
  const { t } = translator;
  const [target, setTarget] = useState<string>('new');
  const [newTitle, setNewTitle] = useState('');
  const importing = useNoteImport(runner, close);
  const file = useImportFile((chosen, firstRead) => {
    importing.clearError();
    if (firstRead) setNewTitle(chosen.fileName.replace(/\.[^.]+$/, ''));
  });
  const { chosen, mapping } = file;

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

  const preview = useMemo(() => {
    if (!chosen || !mapping || !context) return null;
    const defaultSession: DefaultSession =
      target === 'new' ? { title: newTitle.trim() || t('importNotes.defaultTitle') } : { sessionId: target };
    return planNoteImport(chosen.table, mapping, context, { defaultSession, translator });
  }, [chosen, mapping, context, target, newTitle, translator, t]);

  if (context === undefined) return null;
  if (context === null) return <p className="empty">{t('importNotes.noProject')}</p>;
  const busy = importing.progress !== null;
  const ready = preview !== null && preview.problemCount === 0 && preview.plan.notes.length > 0;

  return (
    <div className="import-steps">
      <p className="muted">{t('importNotes.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className={chosen ? '' : 'primary-button'}
          onClick={() => void file.choose()}
          disabled={busy}
        >
          {chosen ? t('importNotes.chooseAnother') : t('importNotes.chooseFile')}
        </button>
        {chosen && <span>{chosen.fileName}</span>}
      </div>
      {file.readError && (
        <p className="field-error" role="alert">
          {file.readError}
        </p>
      )}
      {chosen && mapping && preview && (
        <>
          {chosen.table.source.kind === 'csv' ? (
            <EncodingChoice
              bytes={chosen.bytes}
              encoding={chosen.table.source.encoding}
              detected={chosen.table.source.detected}
              disabled={busy}
              onChange={(encoding) => void file.read(chosen.fileName, chosen.bytes, encoding)}
            />
          ) : (
            <p className="muted">{t('importNotes.sheet', { sheet: chosen.table.source.sheet })}</p>
          )}
          <ColumnFields header={chosen.table.header} mapping={mapping} onChange={file.setMapping} disabled={busy} />
          <TargetSessionFields
            sessions={context.sessions}
            target={target}
            newTitle={newTitle}
            fileHasSessions={mapping.session !== null}
            disabled={busy}
            onTarget={setTarget}
            onNewTitle={setNewTitle}
          />
          <PreviewTable table={chosen.table} mapping={mapping} />
          <ImportSummary preview={preview} table={chosen.table} />
          <ImportProblems preview={preview} table={chosen.table} />
        </>
      )}
      {importing.progress && <ImportProgress progress={importing.progress} />}
      {importing.importError && (
        <p className="field-error" role="alert">
          {importing.importError}
        </p>
      )}
      <DialogFooter>
        {busy ? (
          <button type="button" onClick={importing.cancel}>
            {t('importNotes.cancelImport')}
          </button>
        ) : (
          <button type="button" onClick={close}>
            {t('importNotes.close')}
          </button>
        )}
        <button
          type="button"
          className="primary-button"
          disabled={!ready || busy}
          onClick={() => preview && void importing.run(preview.plan)}
        >
          {preview && preview.plan.notes.length > 0
            ? t('importNotes.importCount', { count: preview.plan.notes.length })
            : t('importNotes.import')}
        </button>
      </DialogFooter>
    </div>
  );
}
