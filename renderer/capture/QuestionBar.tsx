/** The current question, its position in the guide, and its time box as a running clock. */
import { useEffect, useState } from 'react';
import type { Question } from '../../shared/domain/schemas';
import { routePath } from '../app/router';

function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function QuestionBar({
  questions,
  index,
  startedAt,
  projectId,
}: {
  questions: Question[];
  index: number;
  startedAt: number;
  projectId: string;
}) {
  const question = questions[index];
  if (!question) {
    return (
      <div className="question-bar">
        <p>
          No discussion questions yet. Notes are still saved;{' '}
          <a href={routePath({ name: 'setup', projectId })}>add questions in Setup</a>.
        </p>
      </div>
    );
  }
  return (
    <div className="question-bar" aria-label="Current question">
      <p className="question-position">
        Question {index + 1} of {questions.length}
        <span className="muted"> · Alt+↓ next, Alt+↑ previous</span>
      </p>
      <p className="question-text" data-testid="current-question">
        {question.text}
      </p>
      {question.timeboxMinutes !== null && <Timebox minutes={question.timeboxMinutes} startedAt={startedAt} />}
    </div>
  );
}

function Timebox({ minutes, startedAt }: { minutes: number; startedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = now - startedAt;
  const limit = minutes * 60_000;
  const over = elapsed > limit;
  return (
    <p className={`timebox ${over ? 'timebox-over' : ''}`}>
      <span role="timer" aria-live="off">
        {formatClock(elapsed)} of {minutes}:00
      </span>
      {over && <span> — time box passed</span>}
    </p>
  );
}
