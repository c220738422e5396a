/**
 * The note box. Enter adds the note (Shift+Enter is a new line; Enter while an input method is composing is
 * left alone). The text is cleared only once the note is saved, so a failed save never loses what was typed.
 */
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { MAX_NOTE_LENGTH } from '../../shared/domain/limits';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { addNote, checkNoteText, cleanNoteText } from '../data/commands/notes';
import { newId } from '../../shared/domain/ids';
import { usePendingNotes } from './pendingNotes';
import { describeError } from '../data/errors';

export interface ComposerHandle {
  focus(): void;
}

export function Composer({
  ref,
  projectId,
  sessionId,
  questionId,
  participantId,
  kind,
  sensitive,
  doNotQuote,
  onAdded,
}: {
  ref: Ref<ComposerHandle>;
  projectId: string;
  sessionId: string;
  questionId: string | null;
  participantId: string | null;
  kind: string | null;
  sensitive: boolean;
  doNotQuote: boolean;
  onAdded(): void;
}) {
  const { runner } = useData();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const lastAdded = useRef<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => fieldRef.current?.focus() }), []);

  /**
   * The box clears at once so a fast note-taker can type the next note while this one saves; saves run one
   * after another so notes keep their order. If a save fails, its text comes back into the box (ahead of
   * anything typed since) with the reason, so nothing typed is ever lost.
   */
  const submit = () => {
    if (!text.trim()) {
      setError(null);
      announce('Type a note first');
      return;
    }
    try {
      checkNoteText(text);
    } catch (failure) {
      setError(describeError(failure));
      return;
    }
    const typed = text;
    setText('');
    setError(null);
    const flags = { sensitive, doNotQuote, culturalProtocol: false };
    const input = { id: newId(), projectId, sessionId, text: typed, questionId, participantId, kind, flags };
    const pending = usePendingNotes.getState();
    pending.add({ ...input, text: cleanNoteText(typed), createdAt: new Date().toISOString(), saved: false });
    lastAdded.current = input.id;
    queue.current = queue.current.then(async () => {
      try {
        await addNote(runner, input);
        // A standard performance mark: lets the capture benchmark see the commit without reaching into the app.
        performance.mark('fieldnotes:note-saved');
        pending.markSaved(input.id);
        onAdded();
        announce('Note added');
      } catch (failure) {
        pending.drop([input.id]);
        setText((current) => (current.trim() ? `${typed}\n${current}` : typed));
        setError(describeError(failure));
      }
    });
  };

  const tooLong = text.length > MAX_NOTE_LENGTH;
  return (
    <div className="composer">
      <label htmlFor="composer-text" className="composer-label">
        Note <span className="muted">(Enter adds it, Shift+Enter for a new line)</span>
      </label>
      <textarea
        id="composer-text"
        ref={fieldRef}
        autoFocus
        rows={3}
        value={text}
        aria-invalid={tooLong || undefined}
        aria-describedby={error ? 'composer-error' : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            submit();
          } else if (event.key === 'ArrowUp' && !text && !event.altKey) {
            event.preventDefault();
            // The note just typed may still be saving: wait for it, so ↑ lands on it and not the one before.
            void queue.current.then(() => focusFeedNote(lastAdded.current));
          }
        }}
      />
      {text.length > 2000 && (
        <p className={tooLong ? 'field-error' : 'muted'}>
          {text.length.toLocaleString('en')} of {MAX_NOTE_LENGTH.toLocaleString('en')} characters
        </p>
      )}
      {error && (
        <p id="composer-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
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
