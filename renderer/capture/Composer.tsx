/**
 * The note box. Enter adds the note (the key handling is capture's action list: Enter here runs “add-note”);
 * Shift+Enter is a new line. What is typed is kept on this device as a draft (useDraft), and a note is kept there
 * from the moment Enter is pressed until it is committed (outbox.ts), so a reload, a crash or a failed save never
 * loses a word. The write is issued before the feed re-renders, and runs in the note writer's worker.
 */
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { MAX_NOTE_LENGTH } from '../../shared/domain/limits';
import { newId } from '../../shared/domain/ids';
import { announce } from '../app/announce';
import { checkNoteText, cleanNoteText } from '../data/commands/notes';
import { describeError } from '../data/errors';
import { uiTranslator } from '../ui/i18n';
import type { NoteWriter } from '../data/noteWriter';
import { CAPTURE_TEXT as T } from './messages';
import { submitNote } from './outbox';
import { useDraft } from './useDraft';

export interface ComposerHandle {
  focus(): void;
  submit(): void;
  isEmpty(): boolean;
  /** Writes the draft now (the window is closing, or the page going away). */
  flush(): void;
}

export interface NextNote {
  projectId: string;
  sessionId: string;
  questionId: string | null;
  participantId: string | null;
  kind: string | null;
  sensitive: boolean;
  doNotQuote: boolean;
  culturalProtocol: boolean;
}

export function Composer({
  ref,
  writer,
  next,
  onSubmitted,
}: {
  ref: Ref<ComposerHandle>;
  writer: NoteWriter;
  next: NextNote;
  /** Called with the new note's id once it is handed to the writer (before it commits). */
  onSubmitted(noteId: string, saved: Promise<boolean>): void;
}) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const draft = useDraft(next.sessionId, fieldRef);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const typed = draft.text;
    if (!typed.trim()) {
      setError(null);
      return announce(T.typeFirst);
    }
    try {
      checkNoteText(typed);
    } catch (failure) {
      return setError(describeError(failure, uiTranslator()));
    }
    const id = newId();
    const { kept, saved } = submitNote(writer, {
      id,
      projectId: next.projectId,
      sessionId: next.sessionId,
      text: cleanNoteText(typed),
      questionId: next.questionId,
      participantId: next.participantId,
      kind: next.kind,
      flags: { sensitive: next.sensitive, doNotQuote: next.doNotQuote, culturalProtocol: next.culturalProtocol },
      typedAt: new Date().toISOString(),
      error: null,
    });
    draft.clear();
    setError(kept ? null : T.noteNotKept);
    void saved.then((ok) => ok && announce(T.noteAdded));
    onSubmitted(id, saved);
  };

  useImperativeHandle(ref, () => ({
    focus: () => fieldRef.current?.focus(),
    submit,
    isEmpty: () => !fieldRef.current?.value,
    flush: draft.flush,
  }));

  const tooLong = draft.text.length > MAX_NOTE_LENGTH;
  const notice = error ?? (draft.kept ? null : T.draftNotKept);
  return (
    <div className="composer">
      <label htmlFor="composer-text" className="composer-label">
        {T.noteLabel} <span className="muted">{T.noteHint}</span>
      </label>
      <textarea
        id="composer-text"
        ref={fieldRef}
        autoFocus
        rows={3}
        value={draft.text}
        aria-invalid={tooLong || undefined}
        aria-describedby={notice ? 'composer-error' : draft.restored ? 'composer-restored' : undefined}
        onChange={(event) => {
          draft.change(event.target.value);
          if (error) setError(null);
        }}
        onSelect={(event) => draft.caretMoved(event.currentTarget.selectionStart, event.currentTarget.selectionEnd)}
      />
      {draft.text.length > 2000 && (
        <p className={tooLong ? 'field-error' : 'muted'}>{T.characters(draft.text.length, MAX_NOTE_LENGTH)}</p>
      )}
      {draft.restored && !notice && (
        <p id="composer-restored" className="muted composer-restored">
          {T.draftRestored}
        </p>
      )}
      {notice && (
        <p id="composer-error" className="field-error" role="alert">
          {notice}
        </p>
      )}
    </div>
  );
}
