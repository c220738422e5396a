/**
 * The feed of captured notes, newest first: the notes on their way (outbox.ts: saving, or not saved with Retry,
 * Copy and Discard) above the saved ones. Only the newest notes are read (the feed never loads a whole
 * session), and each item is memoised so adding a note renders one new item, not the whole list. Keys and the
 * note menu are capture's actions (captureActions.ts); the feed tells the screen which notes it shows.
 */
import { useDeferredValue, useEffect, useMemo, useState, type RefObject } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Note, NoteKind, Participant, Question } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { feedWindowStart, sessionNotesSince, type FeedWindow } from '../data/queries';
import type { FeedNoteState } from './captureActions';
import { FeedItem, type FeedNote } from './FeedItem';
import { CAPTURE_TEXT as T } from './messages';
import { useOutbox } from './outbox';

/** How many notes the feed holds at first, and how many more "Show earlier notes" adds. */
export const FEED_PAGE = 100;
/**
 * How many of them the first frame draws: a screenful and more. The rest follow in a render React may interrupt,
 * so opening capture waits for neither, and a key pressed meanwhile is handled first.
 */
const FIRST_FRAME_ITEMS = 20;

export interface FeedIndexEntry {
  note: FeedNote;
  state: FeedNoteState;
}

export function NoteFeed({
  sessionId,
  firstWindow,
  questions,
  participants,
  kinds,
  editingId,
  indexRef,
  onAction,
  onEditDone,
}: {
  sessionId: string;
  /** The first window, read by the screen alongside its own data (null: that read failed, read it again here). */
  firstWindow: Promise<FeedWindow | null>;
  questions: Question[];
  participants: Participant[];
  kinds: NoteKind[];
  editingId: string | null;
  /** Filled with the notes shown, by id, for the screen's key handler and menus. */
  indexRef: RefObject<Map<string, FeedIndexEntry>>;
  onAction(name: string, noteId: string, element: HTMLElement): void;
  onEditDone(): void;
}) {
  const notes = useFeedNotes(sessionId, firstWindow);
  useEffect(() => {
    indexRef.current = new Map((notes?.shown ?? []).map((entry) => [entry.note.id, entry]));
  }, [indexRef, notes]);
  if (!notes) return null;
  return (
    <section aria-labelledby="feed-heading" className="feed">
      <h2 id="feed-heading">
        {T.feedHeading} <span className="muted">{T.feedOrder}</span>
      </h2>
      {notes.shown.length === 0 ? (
        <p className="empty">{T.feedEmpty}</p>
      ) : (
        <FeedList {...{ questions, participants, kinds, editingId, onAction, onEditDone }} shown={notes.shown} />
      )}
      {notes.more && (
        <button type="button" className="link-button" onClick={notes.showMore}>
          {T.showEarlier}
        </button>
      )}
    </section>
  );
}

/** The list itself; mounted when there are notes, so its first frame draws only the newest few (see FIRST_FRAME_ITEMS). */
function FeedList({
  shown,
  questions,
  participants,
  kinds,
  editingId,
  onAction,
  onEditDone,
}: {
  shown: FeedIndexEntry[];
  questions: Question[];
  participants: Participant[];
  kinds: NoteKind[];
  editingId: string | null;
  onAction(name: string, noteId: string, element: HTMLElement): void;
  onEditDone(): void;
}) {
  const drawn = useDeferredValue(Infinity, FIRST_FRAME_ITEMS);
  const questionNumber = new Map(questions.map((q, i) => [q.id, i + 1]));
  const speakerCode = new Map(participants.map((p) => [p.id, p.code]));
  const kindById = new Map(kinds.map((k) => [k.id, k]));
  return (
    <ol id="note-feed" className="note-feed" aria-label={T.feedLabel}>
      {shown.slice(0, drawn).map(({ note, state }) => (
        <FeedItem
          key={note.id}
          note={note}
          state={state}
          questionNumber={note.questionId ? (questionNumber.get(note.questionId) ?? null) : null}
          speaker={note.participantId ? (speakerCode.get(note.participantId) ?? '?') : null}
          kind={note.kind ? (kindById.get(note.kind) ?? null) : null}
          kindRemoved={Boolean(note.kind && !kindById.has(note.kind))}
          editing={editingId === note.id}
          onAction={onAction}
          onEditDone={onEditDone}
        />
      ))}
    </ol>
  );
}

/**
 * The newest notes of the session from the database, with the notes on their way in front of them. Until the
 * live query first answers, the first window (read with the screen's data) is shown.
 */
function useFeedNotes(sessionId: string, firstWindow: Promise<FeedWindow | null>) {
  const { db } = useData();
  const [size, setSize] = useState(FEED_PAGE);
  const [first, setFirst] = useState<{ sessionId: string; notes: Note[] } | null>(null);
  // The window's start is known from the first window, then read again when the feed grows; the live query reads
  // only that window.
  const [since, setSince] = useState<{ sessionId: string; value: string } | null>(null);
  const start = since?.sessionId === sessionId ? since.value : null;
  const live = useLiveQuery(
    () => (start === null ? undefined : sessionNotesSince(db, sessionId, start)),
    [db, sessionId, start],
  );
  const saved = live ?? (first?.sessionId === sessionId ? first.notes : undefined);
  // Once the live query answers, the first window is dropped: it is never shown stale, nor kept after an erasure.
  const answered = live !== undefined;
  if (answered && first) setFirst(null);
  // The window also holds every note captured since it opened: in a long sitting, once it holds twice its size,
  // its start moves up, so a note's cost does not grow with the session (the old window stays shown meanwhile).
  const overgrown = answered && live.length >= 2 * size;
  useEffect(() => {
    let current = true;
    void firstWindow
      .then(
        (window): Promise<{ notes: Note[] | null; since: string }> | FeedWindow =>
          window ?? feedWindowStart(db, sessionId, FEED_PAGE).then((value) => ({ notes: null, since: value })),
      )
      .then(({ notes, since: value }) => {
        if (!current) return;
        if (notes) setFirst({ sessionId, notes });
        // Unless the window has already moved (a long sitting, or "Show earlier notes" before this answered).
        setSince((known) => (known?.sessionId === sessionId ? known : { sessionId, value }));
      });
    return () => {
      current = false;
    };
  }, [db, sessionId, firstWindow]);
  useEffect(() => {
    if (size === FEED_PAGE && !overgrown) return;
    let current = true;
    void feedWindowStart(db, sessionId, size).then((value) => current && setSince({ sessionId, value }));
    return () => {
      current = false;
    };
  }, [db, sessionId, size, overgrown]);
  const outbox = useOutbox((state) => state.notes);
  const dropFromOutbox = useOutbox((state) => state.drop);
  // Once the database returns a note the outbox had, the database's copy is the one shown.
  useEffect(() => {
    if (saved?.length) dropFromOutbox(saved.map((note) => note.id));
  }, [saved, dropFromOutbox]);
  return useMemo(() => {
    const savedIds = new Set((saved ?? []).map((note) => note.id));
    const onTheirWay: FeedIndexEntry[] = outbox
      .filter((note) => note.sessionId === sessionId && !savedIds.has(note.id))
      .map((note) => ({ note, state: note.state }));
    // Notes on their way show even while (or when) the database cannot be read: they are what is at risk.
    if (!saved) return onTheirWay.length ? { shown: onTheirWay, more: false, showMore: () => undefined } : undefined;
    const shown = [...onTheirWay, ...saved.map((note: Note) => ({ note, state: 'saved' as const }))];
    return { shown, more: saved.length >= size, showMore: () => setSize(saved.length + FEED_PAGE) };
  }, [saved, outbox, sessionId, size]);
}
