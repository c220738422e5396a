/**
 * Live capture: the heart of a session. The facilitator types, presses Enter, and the note is saved with the
 * current question, speaker and kind. Every key, menu item and button is one of capture's actions
 * (captureActions.ts), done by its commands (captureCommands.ts); the note box keeps focus after each note, and
 * the feed below is editable in place.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant, Project, Question, Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { SessionNotFound } from '../ui/NotFound';
import { routePath } from '../app/router';
import {
  feedFirstWindow,
  getProject,
  getSession,
  listParticipants,
  listQuestions,
  type FeedWindow,
} from '../data/queries';
import { noteWriterFor, type NoteWriter } from '../data/noteWriter';
import { useAct } from '../app/useAct';
import { ActionButton } from '../ui/ActionMenu';
import { captureAction, type CaptureContext, type NoteInFocus } from './captureActions';
import { createCaptureCommands, type CaptureDeps, type CaptureUi } from './captureCommands';
import { useCaptureSettings } from './useCaptureSettings';
import { useCaptureLifecycle } from './useCaptureLifecycle';
import { useCaptureKeys, type Overlay } from './useCaptureKeys';
import { QuestionBar } from './QuestionBar';
import { Composer, type ComposerHandle } from './Composer';
import { FEED_PAGE, NoteFeed, type FeedIndexEntry } from './NoteFeed';
import { CaptureContextBar } from './CaptureContextBar';
import { CaptureOverlays, CaptureTopBar } from './CaptureChrome';
import './capture.css';

export function CaptureScreen({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { db } = useData();
  // Read together, not one after another: these four reads are most of what stands between start-up and typing.
  const data = useLiveQuery(async () => {
    const [project, session, questions, participants] = await Promise.all([
      getProject(db, projectId),
      getSession(db, sessionId),
      listQuestions(db, projectId),
      listParticipants(db, sessionId),
    ]);
    return { project, session, questions, participants };
  }, [db, projectId, sessionId]);
  // The feed's newest notes are read alongside, not after, the reads above: capture opens after one round of
  // reads. A one-off read (the feed's own live query takes over from it), so a new note does not re-run the
  // reads above.
  const firstWindow = useMemo(() => feedFirstWindow(db, sessionId, FEED_PAGE).catch(() => null), [db, sessionId]);
  if (!data) return null;
  if (!data.project || !data.session)
    return <SessionNotFound sessionsHref={routePath({ name: 'sessions', projectId })} />;
  // Keyed by session: the note box, its draft and the feed start afresh for another session.
  return (
    <CaptureView key={sessionId} {...data} project={data.project} session={data.session} firstWindow={firstWindow} />
  );
}

interface CaptureViewProps {
  project: Project;
  session: Session;
  questions: Question[];
  participants: Participant[];
  firstWindow: Promise<FeedWindow | null>;
}

function CaptureView({ project, session, questions, participants, firstWindow }: CaptureViewProps) {
  const { runner } = useData();
  const act = useAct();
  const writer = noteWriterFor(runner);
  const settings = useCaptureSettings(project, session, questions, participants);
  const kindRef = useRef<HTMLDivElement>(null);
  const feedIndex = useRef(new Map<string, FeedIndexEntry>());
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const { ui, composerRef, lastAddedRef } = useCaptureUi(writer, setOverlay, setEditingId);

  const deps: CaptureDeps = {
    ...{ runner, writer, act, project, session, questions, participants, kinds: project.kinds },
    ...settings,
    ui,
  };
  const commands = createCaptureCommands(deps);
  const contextFor = (place: CaptureContext['place'], note: NoteInFocus | null, composerEmpty = false) => ({
    ...{ place, note, composerEmpty, sessionStatus: session.status, commands },
    nextFlags: {
      sensitive: settings.state.sensitive,
      doNotQuote: settings.state.doNotQuote,
      culturalProtocol: settings.state.culturalProtocol,
    },
    timeboxRunning: settings.clock.runningSince !== null,
  });
  /** Only called from events: the feed's index is read when a key or button is used, never while rendering. */
  const noteInFocus = (noteId: string, element: HTMLElement | null): NoteInFocus | null => {
    const entry = feedIndex.current.get(noteId);
    if (!entry) return null;
    const { flags, kind, text } = entry.note;
    return { id: noteId, state: entry.state, flags, kind, text, element };
  };
  const onKeyDown = useCaptureKeys(contextFor, noteInFocus, overlay !== null);
  useCaptureLifecycle({ writer, session, settings, composerRef });

  // The feed's buttons and context menu run actions too; one stable callback keeps its items memoised.
  const latest = useRef({ contextFor, noteInFocus });
  useLayoutEffect(() => {
    latest.current = { contextFor, noteInFocus };
  });
  const onFeedAction = useCallback((name: string, noteId: string, element: HTMLElement) => {
    const { contextFor: context, noteInFocus: find } = latest.current;
    const note = find(noteId, element);
    if (note) void captureAction(name).perform(context('note', note), { source: 'button' });
  }, []);
  const onEditDone = useCallback(() => setEditingId(null), [setEditingId]);
  const screenContext = contextFor('other', null);

  return (
    <section className="screen capture" onKeyDown={onKeyDown} aria-labelledby="capture-heading">
      <CaptureTopBar project={project} session={session} context={screenContext} />
      <QuestionBar
        questions={questions}
        index={settings.questionIndex}
        projectId={project.id}
        clock={settings.clock}
        sessionStatus={session.status}
        timeboxControl={<ActionButton action={captureAction('toggle-timebox')} context={screenContext} showKeys />}
      />
      <CaptureContextBar
        kindRef={kindRef}
        onChooseKind={() => commands.chooseKind(null)}
        participant={settings.participant}
        kind={settings.kind}
        sensitive={settings.state.sensitive}
        doNotQuote={settings.state.doNotQuote}
        culturalProtocol={settings.state.culturalProtocol}
      />
      <Composer
        ref={composerRef}
        writer={writer}
        next={{
          ...{ projectId: project.id, sessionId: session.id, questionId: settings.question?.id ?? null },
          ...{ participantId: settings.participant?.id ?? null, kind: settings.kind?.id ?? null },
          ...{ sensitive: settings.state.sensitive, doNotQuote: settings.state.doNotQuote },
          culturalProtocol: settings.state.culturalProtocol,
        }}
        onSubmitted={(noteId) => {
          lastAddedRef.current = noteId;
          settings.noteSubmitted();
        }}
      />
      <NoteFeed
        {...{ questions, participants, editingId, onEditDone }}
        sessionId={session.id}
        firstWindow={firstWindow}
        kinds={project.kinds}
        indexRef={feedIndex}
        onAction={onFeedAction}
      />
      <CaptureOverlays
        overlay={overlay}
        deps={deps}
        kindRef={kindRef}
        noteContext={(note) => contextFor('note', note)}
        screenContext={screenContext}
        onClose={(backToComposer) => {
          setOverlay(null);
          if (backToComposer) composerRef.current?.focus();
        }}
      />
    </section>
  );
}

/** The screen's parts that commands reach (the note box, dialogs, the note being edited), read only when used. */
function useCaptureUi(
  writer: NoteWriter,
  setOverlay: (overlay: Overlay) => void,
  setEditingId: (noteId: string | null) => void,
) {
  const composerRef = useRef<ComposerHandle>(null);
  const lastAddedRef = useRef<string | null>(null);
  const ui = useMemo<CaptureUi>(
    () => ({
      showShortcuts: () => setOverlay({ kind: 'shortcuts' }),
      openKindPicker: (note) => setOverlay({ kind: 'kind-picker', note }),
      openNoteMenu: (note) => setOverlay({ kind: 'note-menu', note }),
      openEraseDialog: (note) => setOverlay({ kind: 'erase-note', note }),
      startEditing: setEditingId,
      composer: () => composerRef.current,
      focusLastAdded: () => void writer.settled().then(() => focusFeedNote(lastAddedRef.current)),
    }),
    [setEditingId, setOverlay, writer],
  );
  return { ui, composerRef, lastAddedRef };
}

/** Focus the feed item of `noteId` once the feed has rendered it (or the newest note if it never appears). */
function focusFeedNote(noteId: string | null, framesLeft = 30): void {
  const wanted = noteId ? document.querySelector<HTMLElement>(`#note-feed [data-note-id="${noteId}"]`) : null;
  if (wanted || framesLeft === 0 || !noteId) {
    (wanted ?? document.querySelector<HTMLElement>('#note-feed [data-note-id]'))?.focus();
    return;
  }
  requestAnimationFrame(() => focusFeedNote(noteId, framesLeft - 1));
}
