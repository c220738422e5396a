/**
 * The capture settings of one session (captureState.ts) as the screen uses them: the current question, speaker,
 * kind and time box resolved against the data, and the changes a new note makes (one-shot flags cleared, the
 * question's time box started).
 */
import { useCallback } from 'react';
import type { Participant, Project, Question, Session } from '../../shared/domain/schemas';
import { useCaptureStore, useSessionCaptureState, type SessionCaptureState } from './captureState';
import { noteAdded, STOPPED, type QuestionClock } from './timebox';

export type CaptureSettings = ReturnType<typeof useCaptureSettings>;

export function useCaptureSettings(
  project: Project,
  session: Session,
  questions: Question[],
  participants: Participant[],
) {
  const state = useSessionCaptureState(session.id);
  const patchStore = useCaptureStore((store) => store.patch);
  const setClockStore = useCaptureStore((store) => store.setClock);
  // A question deleted in setup (or on another device) falls back to the first one.
  const questionIndex = Math.max(
    0,
    questions.findIndex((q) => q.id === state.questionId),
  );
  const question = questions[questionIndex] ?? null;
  // A speaker who withdrew consent is never the current speaker.
  const participant = participants.find((p) => p.id === state.participantId && p.consent !== 'withdrawn') ?? null;
  const kind = project.kinds.find((k) => k.id === state.kind) ?? null;
  const clock: QuestionClock = (question && state.clocks[question.id]) || STOPPED;

  const sessionId = session.id;
  const patch = useCallback(
    (change: Partial<SessionCaptureState>) => patchStore(sessionId, change),
    [patchStore, sessionId],
  );
  const setClock = useCallback(
    (questionId: string, change: (clock: QuestionClock) => QuestionClock) =>
      setClockStore(sessionId, questionId, change),
    [setClockStore, sessionId],
  );
  const noteSubmitted = () => {
    if (state.sensitive || state.doNotQuote || state.culturalProtocol) {
      patch({ sensitive: false, doNotQuote: false, culturalProtocol: false });
    }
    if (question && session.status !== 'closed') setClock(question.id, (c) => noteAdded(c, Date.now()));
  };
  return { state, patch, setClock, questionIndex, question, participant, kind, clock, noteSubmitted };
}
