/** The discussion guide: add, edit, reorder and delete questions, each with an optional time box. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { listQuestions } from '../data/queries';
import { addQuestion, deleteQuestion, editQuestion, moveQuestion } from '../data/commands/guide';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { useUndoableAct } from '../app/useUndoableAct';
import { TimeboxField } from './TimeboxField';

export function QuestionsSection({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const questions = useLiveQuery(() => listQuestions(db, projectId), [db, projectId]) ?? [];
  const [text, setText] = useState('');
  const [timebox, setTimebox] = useState('');

  const submit = async () => {
    if (!text.trim()) return;
    const minutes = timebox.trim() ? Number(timebox) : null;
    const created = await act(addQuestion(runner, projectId, { text, timeboxMinutes: minutes }), 'Question added');
    if (created) {
      setText('');
      setTimebox('');
    }
  };

  return (
    <section aria-labelledby="guide-heading" className="setup-section">
      <h2 id="guide-heading">Discussion guide</h2>
      {questions.length === 0 && <p className="empty">No questions yet.</p>}
      <ol className="question-list">
        {questions.map((question, index) => (
          <li key={question.id} className="question-item">
            <span className="question-number" aria-hidden="true">
              Q{index + 1}
            </span>
            <InlineEdit
              label={`question ${index + 1}`}
              value={question.text}
              multiline
              onSave={(next) => act(editQuestion(runner, question.id, { text: next }), 'Question saved')}
            />
            <TimeboxField
              key={String(question.timeboxMinutes)}
              label={`Time box for question ${index + 1} (minutes)`}
              value={question.timeboxMinutes}
              onSave={(minutes) =>
                act(editQuestion(runner, question.id, { timeboxMinutes: minutes }), 'Time box saved')
              }
            />
            <span className="row-actions">
              <button
                type="button"
                className="small-button"
                disabled={index === 0}
                aria-label={`Move question ${index + 1} up`}
                onClick={() => act(moveQuestion(runner, question.id, -1), `Question moved to position ${index}`)}
              >
                ↑
              </button>
              <button
                type="button"
                className="small-button"
                disabled={index === questions.length - 1}
                aria-label={`Move question ${index + 1} down`}
                onClick={() => act(moveQuestion(runner, question.id, 1), `Question moved to position ${index + 2}`)}
              >
                ↓
              </button>
              <button
                type="button"
                className="small-button danger"
                aria-label={`Delete question ${index + 1}`}
                onClick={() => actUndoable(deleteQuestion(runner, question.id), 'Question deleted')}
              >
                Delete
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
          <span>New question</span>
          <input type="text" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field narrow">
          <span>Time box (minutes)</span>
          <input type="number" min={1} max={600} value={timebox} onChange={(e) => setTimebox(e.target.value)} />
        </label>
        <button type="submit">Add question</button>
      </form>
    </section>
  );
}
