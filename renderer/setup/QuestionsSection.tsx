/** The discussion guide: add, edit, reorder and delete questions, each with an optional time box. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { listQuestions } from '../data/queries';
import { addQuestion, deleteQuestion, editQuestion, moveQuestion } from '../data/commands/guide';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { useUndoableAct } from '../app/useUndoableAct';
import { useT } from '../ui/i18n';
import { TimeboxField } from './TimeboxField';

export function QuestionsSection({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const { t } = useT();
  const questions = useLiveQuery(() => listQuestions(db, projectId), [db, projectId]) ?? [];
  const [text, setText] = useState('');
  const [timebox, setTimebox] = useState('');

  const submit = async () => {
    if (!text.trim()) return;
    const minutes = timebox.trim() ? Number(timebox) : null;
    const created = await act(
      addQuestion(runner, projectId, { text, timeboxMinutes: minutes }),
      t('setup.questionAdded'),
    );
    if (created) {
      setText('');
      setTimebox('');
    }
  };

  return (
    <section aria-labelledby="guide-heading" className="setup-section">
      <h2 id="guide-heading">{t('setup.guide')}</h2>
      {questions.length === 0 && <p className="empty">{t('setup.noQuestions')}</p>}
      <ol className="question-list">
        {questions.map((question, index) => (
          <li key={question.id} className="question-item">
            <span className="question-number" aria-hidden="true">
              {t('setup.questionShort', { n: index + 1 })}
            </span>
            <InlineEdit
              label={t('setup.questionLabel', { n: index + 1 })}
              value={question.text}
              multiline
              onSave={(next) => act(editQuestion(runner, question.id, { text: next }), t('setup.questionSaved'))}
            />
            <TimeboxField
              key={String(question.timeboxMinutes)}
              label={t('setup.timeboxOf', { n: index + 1 })}
              value={question.timeboxMinutes}
              onSave={(minutes) =>
                act(editQuestion(runner, question.id, { timeboxMinutes: minutes }), t('setup.timeboxSaved'))
              }
            />
            <span className="row-actions">
              <button
                type="button"
                className="small-button"
                disabled={index === 0}
                aria-label={t('setup.questionUp', { n: index + 1 })}
                onClick={() => act(moveQuestion(runner, question.id, -1), t('setup.questionMoved', { n: index }))}
              >
                ↑
              </button>
              <button
                type="button"
                className="small-button"
                disabled={index === questions.length - 1}
                aria-label={t('setup.questionDown', { n: index + 1 })}
                onClick={() => act(moveQuestion(runner, question.id, 1), t('setup.questionMoved', { n: index + 2 }))}
              >
                ↓
              </button>
              <button
                type="button"
                className="small-button danger"
                aria-label={t('setup.questionDelete', { n: index + 1 })}
                onClick={() => actUndoable(deleteQuestion(runner, question.id), t('setup.questionDeleted'))}
              >
                {t('setup.delete')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field grow">
          <span>{t('setup.newQuestion')}</span>
          <input type="text" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field narrow">
          <span>{t('setup.timebox')}</span>
          <input type="number" min={1} max={600} value={timebox} onChange={(e) => setTimebox(e.target.value)} />
        </label>
        <button type="submit">{t('setup.addQuestion')}</button>
      </form>
    </section>
  );
}
