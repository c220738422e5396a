/**
 * The feed of captured notes, newest first. Only the newest notes are read (the feed never loads a whole
 * session), and each item is memoised so adding a note renders one new item, not the whole list.
 * Keyboard: ↑/↓/Home/End move, Enter or F2 edits in place, Delete deletes (undoable), Shift+Delete erases for
 * ever (after a typed confirmation), Esc returns to the note box.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Note, NoteKind, Participant, Question } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { feedWindowStart, sessionNotesSince } from '../data/queries';
import { deleteNote, editNote } from '../data/commands/notes';
import { useAct } from '../app/useAct';
import { EraseNoteDialog } from './EraseNoteDialog';
import { usePendingNotes, type PendingNote } from './pendingNotes';

type FeedNote = Note | PendingNote;

const PAGE = 100;
/** One formatter for every item: creating an Intl formatter per render costs more than the rest of the item. */
const TIME_FORMAT = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function NoteFeed({
  sessionId,
  questions,
  participants,
  kinds,
  onLeave,
}: {
  sessionId: string;
  questions: Question[];
  participants: Participant[];
  kinds: NoteKind[];
  onLeave(): void;
}) {
  const { db } = useData();
  const [size, setSize] = useState(PAGE);
  // The window's start is read once (per session and size); the live query then reads only that window.
  const [since, setSince] = useState<{ key: string; value: string } | null>(null);
  const windowKey = `${sessionId}:${size}`;
  useEffect(() => {
    let current = true;
    void feedWindowStart(db, sessionId, size).then((value) => current && setSince({ key: windowKey, value }));
    return () => {
      current = false;
    };
  }, [db, sessionId, size, windowKey]);
  const start = since?.key === windowKey ? since.value : null;
  const saved = useLiveQuery(
    () => (start === null ? undefined : sessionNotesSince(db, sessionId, start)),
    [db, sessionId, start],
  );
  const [erasing, setErasing] = useState<{ id: string } | null>(null);
  const pendingAll = usePendingNotes((state) => state.notes);
  const dropPending = usePendingNotes((state) => state.drop);
  // Once the database returns a note, it is no longer pending.
  useEffect(() => {
    if (saved?.length) dropPending(saved.map((note) => note.id));
  }, [saved, dropPending]);
  const notes = useMemo<FeedNote[] | undefined>(() => {
    if (!saved) return undefined;
    const savedIds = new Set(saved.map((note) => note.id));
    const pending = pendingAll.filter((note) => note.sessionId === sessionId && !savedIds.has(note.id));
    return pending.length ? [...pending, ...saved] : saved;
  }, [saved, pendingAll, sessionId]);
  // After an erasure, once the dialog has closed (and restored focus) and the note has left the feed: back to
  // the note box, a frame later so the dialog's own focus restore has happened.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const erased = refocus.current;
    if (!erased || erasing || !notes || notes.some((note) => note.id === erased)) return;
    refocus.current = null;
    requestAnimationFrame(() => onLeave());
  }, [erasing, notes, onLeave]);
  if (!notes) return null;
  const questionNumber = new Map(questions.map((q, i) => [q.id, i + 1]));
  const speakerCode = new Map(participants.map((p) => [p.id, p.code]));
  const kindById = new Map(kinds.map((k) => [k.id, k]));

  return (
    <section aria-labelledby="feed-heading" className="feed">
      <h2 id="feed-heading">
        Notes <span className="muted">(newest first)</span>
      </h2>
      {notes.length === 0 ? (
        <p className="empty">No notes yet. Type in the note box above and press Enter.</p>
      ) : (
        <ol id="note-feed" className="note-feed" aria-label="Captured notes, newest first">
          {notes.map((note) => (
            <FeedItem
              key={note.id}
              note={note}
              questionNumber={note.questionId ? (questionNumber.get(note.questionId) ?? null) : null}
              speaker={note.participantId ? (speakerCode.get(note.participantId) ?? '?') : null}
              kind={note.kind ? (kindById.get(note.kind) ?? null) : null}
              kindRemoved={Boolean(note.kind && !kindById.has(note.kind))}
              onLeave={onLeave}
              onErase={setErasing}
            />
          ))}
        </ol>
      )}
      {saved && saved.length >= size && (
        <button type="button" className="link-button" onClick={() => setSize(saved.length + PAGE)}>
          Show earlier notes
        </button>
      )}
      <EraseNoteDialog note={erasing} onClose={() => setErasing(null)} onErased={(id) => (refocus.current = id)} />
    </section>
  );
}

interface FeedItemProps {
  note: FeedNote;
  questionNumber: number | null;
  speaker: string | null;
  kind: NoteKind | null;
  kindRemoved: boolean;
  onLeave(): void;
  onErase(note: { id: string }): void;
}

/** Moves focus between feed items; module-level so every item gets the same function and memo holds. */
function focusSibling(from: HTMLElement, where: 'next' | 'previous' | 'first' | 'last'): boolean {
  const items = Array.from(from.closest('ol')?.querySelectorAll<HTMLElement>(':scope > li[data-note-id]') ?? []);
  const index = items.indexOf(from);
  const target =
    where === 'first' ? items[0] : where === 'last' ? items.at(-1) : items[index + (where === 'next' ? 1 : -1)];
  target?.focus();
  return Boolean(target);
}

/**
 * Every refresh of the live query returns fresh objects for the same notes, so items compare by what they show
 * (id, last update, saving state) rather than by identity; otherwise each new note would re-render the whole feed.
 */
function sameItem(a: FeedItemProps, b: FeedItemProps): boolean {
  return (
    a.note.id === b.note.id &&
    ('updatedAt' in a.note ? a.note.updatedAt : a.note.saved) ===
      ('updatedAt' in b.note ? b.note.updatedAt : b.note.saved) &&
    a.questionNumber === b.questionNumber &&
    a.speaker === b.speaker &&
    a.kind === b.kind &&
    a.kindRemoved === b.kindRemoved &&
    a.onLeave === b.onLeave &&
    a.onErase === b.onErase
  );
}

const FeedItem = memo(function FeedItem({
  note,
  questionNumber,
  speaker,
  kind,
  kindRemoved,
  onLeave,
  onErase,
}: FeedItemProps) {
  const { runner } = useData();
  const act = useAct();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const [expanded, setExpanded] = useState(false);
  const long = note.text.length > 600;
  const pending = 'saved' in note;

  const stopEditing = (item: HTMLElement | null) => {
    setEditing(false);
    // Back on the note itself, so the keyboard user is where they were.
    requestAnimationFrame(() => item?.focus());
  };

  return (
    <li
      tabIndex={0}
      data-note-id={note.id}
      className={`feed-item${note.flags.sensitive ? ' is-sensitive' : ''}${pending ? ' is-pending' : ''}`}
      aria-busy={pending && !note.saved ? true : undefined}
      aria-label={editing ? undefined : describeNote(note, questionNumber, speaker, kind)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
        const item = event.currentTarget;
        switch (event.key) {
          case 'ArrowDown':
            event.preventDefault();
            focusSibling(item, 'next');
            break;
          case 'ArrowUp':
            event.preventDefault();
            if (!focusSibling(item, 'previous')) onLeave();
            break;
          case 'Home':
            event.preventDefault();
            focusSibling(item, 'first');
            break;
          case 'End':
            event.preventDefault();
            focusSibling(item, 'last');
            break;
          case 'Enter':
          case 'F2':
            event.preventDefault();
            if (pending) return announce('Still saving this note; try again in a moment');
            setDraft(note.text);
            setEditing(true);
            break;
          case 'Delete':
          case 'Backspace': {
            event.preventDefault();
            if (pending) return announce('Still saving this note; try again in a moment');
            if (event.shiftKey && event.key === 'Delete') return onErase({ id: note.id });
            if (!focusSibling(item, 'next')) if (!focusSibling(item, 'previous')) onLeave();
            void act(deleteNote(runner, note.id), 'Note deleted. Ctrl+Z brings it back.');
            break;
          }
          case 'Escape':
            event.preventDefault();
            onLeave();
            break;
        }
      }}
    >
      <div className="feed-meta" aria-hidden="true">
        {questionNumber !== null && <span className="tag">Q{questionNumber}</span>}
        {speaker && <span className="tag tag-speaker">{speaker}</span>}
        {kind && (
          <span className="tag" style={{ borderColor: kind.color }}>
            <span className="swatch" style={{ background: kind.color }} />
            {kind.name}
          </span>
        )}
        {kindRemoved && <span className="tag">(removed kind)</span>}
        {note.flags.sensitive && <span className="tag tag-flag">Sensitive</span>}
        {note.flags.doNotQuote && <span className="tag tag-flag">Do not quote</span>}
        <time dateTime={note.createdAt} className="muted">
          {TIME_FORMAT.format(new Date(note.createdAt))}
        </time>
      </div>
      {editing ? (
        <textarea
          className="feed-edit"
          aria-label="Edit note"
          autoFocus
          value={draft}
          rows={Math.min(10, Math.max(2, Math.ceil(draft.length / 80)))}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={async (event) => {
            const item = event.currentTarget.closest<HTMLElement>('li');
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              stopEditing(item);
            } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              event.stopPropagation();
              if (draft.trim() === note.text) return stopEditing(item);
              const saved = await act(editNote(runner, note.id, { text: draft }), 'Note saved');
              if (saved) stopEditing(item);
            }
          }}
        />
      ) : (
        <p className={`feed-text${long && !expanded ? ' clamped' : ''}`} dir="auto">
          {note.text}
        </p>
      )}
      {long && !editing && (
        <button
          type="button"
          className="link-button"
          tabIndex={-1}
          onClick={() => {
            setExpanded(!expanded);
            announce(expanded ? 'Note collapsed' : 'Showing the whole note');
          }}
        >
          {expanded ? 'Show less' : `Show all ${note.text.length.toLocaleString('en')} characters`}
        </button>
      )}
    </li>
  );
}, sameItem);

function describeNote(
  note: FeedNote,
  questionNumber: number | null,
  speaker: string | null,
  kind: NoteKind | null,
): string {
  const parts = [
    questionNumber !== null ? `Question ${questionNumber}` : null,
    speaker ? `speaker ${speaker}` : null,
    kind ? kind.name : null,
    note.flags.sensitive ? 'sensitive' : null,
    note.flags.doNotQuote ? 'do not quote' : null,
  ].filter(Boolean);
  const text = note.text.length > 300 ? `${note.text.slice(0, 300)}…` : note.text;
  return `${text}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}
