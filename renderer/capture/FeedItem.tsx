/**
 * One note in the capture feed: its tags, its words (editable in place), and its controls — Edit and Delete,
 * shown on hover and focus (the keyboard has Enter, Delete and Shift+F10 for the menu), or, for a note that could
 * not be saved, Retry, Copy and Discard, always shown. Memoised: a new note renders one item, not the feed.
 */
import { msg, uiLocale } from '../ui/i18n';
import { memo, useState, type KeyboardEvent } from 'react';
import type { Note, NoteKind } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { editNote } from '../data/commands/notes';
import { useAct } from '../app/useAct';
import type { FeedNoteState } from './captureActions';
import { ACTION_TEXT as A, CAPTURE_TEXT as T } from './messages';
import type { OutboxNote } from './outbox';

export type FeedNote = Note | OutboxNote;

/** One formatter for every item: creating an Intl formatter per render costs more than the rest of the item. */
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(locale: string): Intl.DateTimeFormat {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    timeFormats.set(locale, format);
  }
  return format;
}
const LONG = 600;

interface FeedItemProps {
  note: FeedNote;
  state: FeedNoteState;
  questionNumber: number | null;
  speaker: string | null;
  kind: NoteKind | null;
  kindRemoved: boolean;
  editing: boolean;
  onAction(name: string, noteId: string, element: HTMLElement): void;
  onEditDone(): void;
}

const timeOf = (note: FeedNote) => ('createdAt' in note ? note.createdAt : note.typedAt);
const versionOf = (note: FeedNote) => ('updatedAt' in note ? note.updatedAt : note.error);

/**
 * Every refresh of the live query returns fresh objects for the same notes, so items compare by what they show
 * (id, last update, state) rather than by identity; otherwise each new note would re-render the whole feed.
 */
function sameItem(a: FeedItemProps, b: FeedItemProps): boolean {
  return (
    a.note.id === b.note.id &&
    versionOf(a.note) === versionOf(b.note) &&
    a.state === b.state &&
    a.questionNumber === b.questionNumber &&
    a.speaker === b.speaker &&
    a.kind === b.kind &&
    a.kindRemoved === b.kindRemoved &&
    a.editing === b.editing &&
    a.onAction === b.onAction &&
    a.onEditDone === b.onEditDone
  );
}

export const FeedItem = memo(function FeedItem(props: FeedItemProps) {
  const { note, state, editing, onAction } = props;
  const [expanded, setExpanded] = useState(false);
  const long = note.text.length > LONG;
  const act = (name: string) => (event: { currentTarget: Element }) =>
    onAction(name, note.id, event.currentTarget.closest<HTMLElement>('li')!);

  return (
    <li
      tabIndex={0}
      data-note-id={note.id}
      data-state={state}
      className={`feed-item${note.flags.sensitive ? ' is-sensitive' : ''} is-${state}`}
      aria-busy={state === 'saving' || undefined}
      aria-label={editing ? undefined : describeNote(props)}
      onContextMenu={(event) => {
        event.preventDefault();
        event.currentTarget.focus();
        onAction('note-menu', note.id, event.currentTarget);
      }}
    >
      <div className="feed-meta" aria-hidden="true">
        <Tags {...props} />
        <time dateTime={timeOf(note)} className="muted">
          {timeFormat(uiLocale()).format(new Date(timeOf(note)))}
        </time>
      </div>
      {state === 'saved' && !editing && (
        // Out of the tab order: on a focused note, Enter edits, Delete deletes and Shift+F10 opens the menu.
        <div className="feed-hover-actions">
          <button type="button" className="small-button" tabIndex={-1} onClick={act('edit-note')}>
            {A.edit()}
          </button>
          <button type="button" className="small-button danger" tabIndex={-1} onClick={act('delete-note')}>
            {A.delete()}
          </button>
        </div>
      )}
      {editing && 'updatedAt' in note ? (
        <InlineEditor note={note} onDone={props.onEditDone} />
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
            announce(expanded ? T.collapsed : T.expanded);
          }}
        >
          {expanded ? T.showLess : T.showAll(note.text.length)}
        </button>
      )}
      {state === 'failed' && <NotSaved note={note as OutboxNote} act={act} />}
    </li>
  );
}, sameItem);

function Tags({ note, state, questionNumber, speaker, kind, kindRemoved }: FeedItemProps) {
  return (
    <>
      {state === 'failed' && <span className="tag tag-unsaved">{T.notSavedTag}</span>}
      {state === 'saving' && <span className="tag tag-saving">{T.saving}</span>}
      {questionNumber !== null && <span className="tag">Q{questionNumber}</span>}
      {speaker && <span className="tag tag-speaker">{speaker}</span>}
      {kind && (
        <span className="tag" style={{ borderColor: kind.color }}>
          <span className="swatch" style={{ background: kind.color }} />
          {kind.name}
        </span>
      )}
      {kindRemoved && <span className="tag">{T.removedKind}</span>}
      {note.flags.sensitive && <span className="tag tag-flag">{T.sensitiveTag}</span>}
      {note.flags.doNotQuote && <span className="tag tag-flag">{T.doNotQuoteTag}</span>}
      {note.flags.culturalProtocol && <span className="tag tag-flag">{T.culturalProtocolTag}</span>}
    </>
  );
}

/** A note that could not be saved: why, and what can be done (always visible, in the tab order). */
function NotSaved({
  note,
  act,
}: {
  note: OutboxNote;
  act: (name: string) => (event: { currentTarget: Element }) => void;
}) {
  return (
    <div className="feed-unsaved">
      <p className="field-error">{note.error ? T.notSavedBecause(note.error) : T.notSaved}</p>
      <div className="button-row">
        <button type="button" className="small-button" onClick={act('retry-note')}>
          {T.retry}
        </button>
        <button type="button" className="small-button" onClick={act('copy-note')}>
          {T.copy}
        </button>
        <button type="button" className="small-button danger" onClick={act('delete-note')}>
          {T.discard}
        </button>
      </div>
    </div>
  );
}

function InlineEditor({ note, onDone }: { note: Note; onDone(): void }) {
  const { runner } = useData();
  const act = useAct();
  const [draft, setDraft] = useState(note.text);
  const stop = (item: HTMLElement | null) => {
    onDone();
    // Back on the note itself, so the keyboard user is where they were.
    requestAnimationFrame(() => item?.focus());
  };
  const onKeyDown = async (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const item = event.currentTarget.closest<HTMLElement>('li');
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      stop(item);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      if (draft.trim() === note.text) return stop(item);
      if (await act(editNote(runner, note.id, { text: draft }), T.noteSaved)) stop(item);
    }
  };
  return (
    <textarea
      className="feed-edit"
      aria-label={T.editLabel}
      autoFocus
      value={draft}
      rows={Math.min(10, Math.max(2, Math.ceil(draft.length / 80)))}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

function describeNote({ note, state, questionNumber, speaker, kind }: FeedItemProps): string {
  const parts = [
    state === 'failed' ? msg('capture.describe.notSaved') : state === 'saving' ? msg('capture.describe.saving') : null,
    questionNumber !== null ? msg('capture.describe.question', { number: questionNumber }) : null,
    speaker ? msg('capture.describe.speaker', { code: speaker }) : null,
    kind ? kind.name : null,
    note.flags.sensitive ? msg('capture.describe.sensitive') : null,
    note.flags.doNotQuote ? msg('capture.describe.doNotQuote') : null,
    note.flags.culturalProtocol ? msg('capture.describe.culturalProtocol') : null,
  ].filter(Boolean);
  const text = note.text.length > 300 ? `${note.text.slice(0, 300)}…` : note.text;
  return `${text}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}
