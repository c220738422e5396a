/**
 * Live capture: the heart of a session. The facilitator types, presses Enter, and the note is saved with the
 * current question, speaker and kind. Every control has a one-key shortcut (see shortcuts.ts), the note box keeps
 * focus after each note, and the feed below is editable in place.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { SessionMissing } from '../sessions';
import { routePath } from '../app/router';
import { announce } from '../app/announce';
import { getProject, getSession, listParticipants, listQuestions } from '../data/queries';
import { addParticipant, setSessionStatus } from '../data/commands/sessions';
import { editNote, toggleNoteFlag } from '../data/commands/notes';
import type { Note } from '../../shared/domain/schemas';
import { useAct } from '../app/useAct';
import { useCaptureStore, useSessionCaptureState } from './captureState';
import { cycle, matchCaptureShortcut, type CaptureAction } from './shortcuts';
import { QuestionBar } from './QuestionBar';
import { Composer, type ComposerHandle } from './Composer';
import { NoteFeed } from './NoteFeed';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { CaptureContextBar } from './CaptureContextBar';

export function CaptureScreen({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const data = useLiveQuery(
    async () => ({
      project: await getProject(db, projectId),
      session: await getSession(db, sessionId),
      questions: await listQuestions(db, projectId),
      participants: await listParticipants(db, sessionId),
    }),
    [db, projectId, sessionId],
  );
  const state = useSessionCaptureState(sessionId);
  const patch = useCaptureStore((s) => s.patch);
  const composerRef = useRef<ComposerHandle>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const focusComposer = useCallback(() => composerRef.current?.focus(), []);

  const questions = useMemo(() => data?.questions ?? [], [data?.questions]);
  const participants = useMemo(() => data?.participants ?? [], [data?.participants]);
  const kinds = useMemo(() => data?.project?.kinds ?? [], [data?.project?.kinds]);
  // A question deleted in setup (or on another device) falls back to the first one.
  const questionIndex = Math.max(
    0,
    questions.findIndex((q) => q.id === state.questionId),
  );
  const question = questions[questionIndex] ?? null;
  const participant = participants.find((p) => p.id === state.participantId && p.consent !== 'withdrawn') ?? null;
  const kind = kinds.find((k) => k.id === state.kind) ?? null;

  const speakerFor = useCallback(
    async (number: number | 'new') => {
      const prefix = data?.project?.defaults.speakerPrefix ?? 'P';
      if (number !== 'new') {
        const code = `${prefix}${number}`;
        const existing = participants.find((p) => p.code.toLowerCase() === code.toLowerCase());
        if (existing) {
          if (existing.consent === 'withdrawn') {
            announce(`${code} withdrew consent; their notes are not recorded`);
            return undefined;
          }
          return existing;
        }
        return act(addParticipant(runner, sessionId, { code }));
      }
      return act(addParticipant(runner, sessionId));
    },
    [act, data?.project?.defaults.speakerPrefix, participants, runner, sessionId],
  );

  /** Applies a shortcut to the capture settings, or — when a feed note has focus — to that note. */
  const perform = useCallback(
    async (action: CaptureAction, focusedNote: Note | null) => {
      switch (action.type) {
        case 'show-shortcuts':
          setShowShortcuts(true);
          return;
        case 'focus-composer':
          composerRef.current?.focus();
          return;
        case 'add-note':
          return;
        case 'next-question':
        case 'previous-question': {
          if (!questions.length) {
            announce('This project has no questions yet; add them in Setup');
            return;
          }
          const step = action.type === 'next-question' ? 1 : -1;
          const nextIndex = Math.min(questions.length - 1, Math.max(0, questionIndex + step));
          const next = questions[nextIndex]!;
          if (next.id !== question?.id) patch(sessionId, { questionId: next.id, questionStartedAt: Date.now() });
          announce(
            nextIndex === questionIndex
              ? `Still question ${nextIndex + 1}: ${next.text}`
              : `Question ${nextIndex + 1}: ${next.text}`,
          );
          return;
        }
        case 'speaker':
        case 'new-speaker':
        case 'no-speaker': {
          const speaker =
            action.type === 'no-speaker' ? null : await speakerFor(action.type === 'speaker' ? action.number : 'new');
          if (speaker === undefined) return;
          if (focusedNote) {
            await act(
              editNote(runner, focusedNote.id, { participantId: speaker?.id ?? null }),
              `Note speaker: ${speaker?.code ?? 'none'}`,
            );
          } else {
            patch(sessionId, { participantId: speaker?.id ?? null });
            announce(speaker ? `Speaker ${speaker.code}` : 'No speaker');
          }
          return;
        }
        case 'next-kind':
        case 'previous-kind': {
          const step = action.type === 'next-kind' ? 1 : -1;
          const current = focusedNote ? (kinds.find((k) => k.id === focusedNote.kind) ?? null) : kind;
          const next = cycle(kinds, current, step);
          if (focusedNote) {
            await act(
              editNote(runner, focusedNote.id, { kind: next?.id ?? null }),
              `Note kind: ${next?.name ?? 'none'}`,
            );
          } else {
            patch(sessionId, { kind: next?.id ?? null });
            announce(`Kind: ${next?.name ?? 'none'}`);
          }
          return;
        }
        case 'toggle-sensitive':
        case 'toggle-do-not-quote': {
          const flag = action.type === 'toggle-sensitive' ? 'sensitive' : 'doNotQuote';
          const words = flag === 'sensitive' ? 'sensitive' : 'do not quote';
          if (focusedNote) {
            const updated = await act(toggleNoteFlag(runner, focusedNote.id, flag));
            if (updated) announce(`Note ${updated.flags[flag] ? 'marked' : 'no longer'} ${words}`);
          } else {
            const on = !state[flag];
            patch(sessionId, { [flag]: on });
            announce(on ? `Next note will be marked ${words}` : `Next note not ${words}`);
          }
          return;
        }
      }
    },
    [act, kind, kinds, patch, question?.id, questionIndex, questions, runner, sessionId, speakerFor, state],
  );

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const inTextField = target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
    const action = matchCaptureShortcut(event.nativeEvent, inTextField);
    if (!action) return;
    event.preventDefault();
    const noteId = inTextField ? undefined : target.closest<HTMLElement>('[data-note-id]')?.dataset.noteId;
    void (async () => {
      const focusedNote = noteId ? ((await db.notes.get(noteId)) ?? null) : null;
      await perform(action, focusedNote);
    })();
  };

  if (!data) return null;
  if (!data.project || !data.session) {
    return <SessionMissing projectId={projectId} />;
  }
  const session = data.session;

  return (
    <section className="screen capture" onKeyDown={onKeyDown} aria-labelledby="capture-heading">
      <div className="capture-top">
        <p className="breadcrumb">
          <a href={routePath({ name: 'session', projectId, sessionId })}>{session.title}</a> › Capture
        </p>
        <h1 id="capture-heading" className="visually-hidden">
          Capture notes: {session.title}
        </h1>
        {session.status === 'planned' && (
          <button
            type="button"
            className="small-button"
            onClick={() => act(setSessionStatus(runner, sessionId, 'running'), 'Session is running')}
          >
            Mark session running
          </button>
        )}
        <button
          type="button"
          className="small-button"
          onClick={() => setShowShortcuts(true)}
          aria-keyshortcuts="Control+/ F1"
        >
          Shortcuts (Ctrl+/)
        </button>
      </div>
      <QuestionBar
        questions={questions}
        index={questionIndex}
        startedAt={state.questionStartedAt}
        projectId={projectId}
      />
      <CaptureContextBar
        participant={participant}
        kind={kind}
        sensitive={state.sensitive}
        doNotQuote={state.doNotQuote}
      />
      <Composer
        ref={composerRef}
        projectId={session.projectId}
        sessionId={sessionId}
        questionId={question?.id ?? null}
        participantId={participant?.id ?? null}
        kind={kind?.id ?? null}
        sensitive={state.sensitive}
        doNotQuote={state.doNotQuote}
        onAdded={() => {
          if (state.sensitive || state.doNotQuote) patch(sessionId, { sensitive: false, doNotQuote: false });
        }}
      />
      <NoteFeed
        sessionId={sessionId}
        questions={questions}
        participants={participants}
        kinds={kinds}
        onLeave={focusComposer}
      />
      <ShortcutsOverlay
        isOpen={showShortcuts}
        onClose={() => {
          setShowShortcuts(false);
          composerRef.current?.focus();
        }}
      />
    </section>
  );
}
