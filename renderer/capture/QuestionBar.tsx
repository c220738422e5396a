/** The current question, its position in the guide, and its time box (see timebox.ts for when it runs). */
import { useT } from '../ui/i18n';
import { useEffect, useState, type ReactNode } from 'react';
import type { Question, SessionStatus } from '../../shared/domain/schemas';
import { routePath } from '../app/router';
import { CAPTURE_TEXT as T } from './messages';
import { elapsedOf, formatClock, timeboxState, type QuestionClock } from './timebox';

export function QuestionBar({
  questions,
  index,
  projectId,
  clock,
  sessionStatus,
  timeboxControl,
}: {
  questions: Question[];
  index: number;
  projectId: string;
  clock: QuestionClock;
  sessionStatus: SessionStatus;
  /** The Start/Pause button (from capture's actions). */
  timeboxControl: ReactNode;
}) {
  const { t } = useT();
  const question = questions[index];
  if (!question) {
    return (
      <div className="question-bar">
        <p>
          {t('capture.noQuestionsYet')}{' '}
          <a href={routePath({ name: 'setup', projectId })}>{t('capture.addQuestionsInSetup')}</a>.
        </p>
      </div>
    );
  }
  return (
    <div className="question-bar" aria-label={t('capture.currentQuestion')}>
      <p className="question-position">
        {t('capture.questionOf', { number: index + 1, count: questions.length })}
        <span className="muted">{t('capture.questionKeys')}</span>
      </p>
      <p className="question-text" data-testid="current-question">
        {question.text}
      </p>
      {question.timeboxMinutes !== null && (
        <div className="timebox-row">
          <Timebox minutes={question.timeboxMinutes} clock={clock} sessionStatus={sessionStatus} />
          {sessionStatus !== 'closed' && timeboxControl}
        </div>
      )}
    </div>
  );
}

function Timebox({
  minutes,
  clock,
  sessionStatus,
}: {
  minutes: number;
  clock: QuestionClock;
  sessionStatus: SessionStatus;
}) {
  const { t } = useT();
  const [now, setNow] = useState(() => Date.now());
  const running = clock.runningSince !== null;
  // Stopped, the clock shows what it counted, whatever `now` is; running, it ticks every second.
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  const limit = minutes * 60_000;
  const state = timeboxState(clock, limit, now);
  const note =
    state === 'over'
      ? T.timeboxPassed
      : sessionStatus === 'closed'
        ? T.timeboxSessionClosed
        : state === 'paused'
          ? T.timeboxPaused
          : state === 'waiting'
            ? T.timeboxWaiting
            : null;
  return (
    <p className={`timebox timebox-${state}`} data-testid="timebox">
      <span role="timer" aria-live="off">
        {t('capture.timeboxOf', { elapsed: formatClock(elapsedOf(clock, now)), limit: `${minutes}:00` })}
      </span>
      {note && <span> — {note}</span>}
    </p>
  );
}
