/**
 * Notes from the moment Enter is pressed until the feed shows them from the database. Each is kept on this
 * device first (localCapture.ts), then handed to the note writer, then shown: the feed has it at once, marked
 * “saving”. Once committed it is dropped from the device copy; once the database's live query returns it, it
 * leaves this list. A note whose save fails stays, marked “not saved” with the reason, until it is saved (Retry)
 * or the facilitator discards it — it is never shown as saved when it is not, and never silently dropped.
 */
import { create } from 'zustand';
import type { NoteWriter } from '../data/noteWriter';
import { describeError } from '../data/errors';
import { uiTranslator } from '../ui/i18n';
import { forgetErasedUnsaved, forgetUnsaved, keepUnsaved, listUnsaved, type UnsavedNote } from './localCapture';

export type OutboxState = 'saving' | 'saved' | 'failed';
export type OutboxNote = UnsavedNote & { state: OutboxState };

interface OutboxStore {
  notes: OutboxNote[];
  put(note: OutboxNote): void;
  drop(ids: readonly string[]): void;
}

export const useOutbox = create<OutboxStore>((set) => ({
  notes: [],
  put: (note) =>
    set((state) => {
      const index = state.notes.findIndex((n) => n.id === note.id);
      if (index < 0) return { notes: [note, ...state.notes] };
      const notes = [...state.notes];
      notes[index] = note;
      return { notes };
    }),
  drop: (ids) => {
    const gone = new Set(ids);
    useOutbox.setState((state) =>
      state.notes.some((n) => gone.has(n.id)) ? { notes: state.notes.filter((n) => !gone.has(n.id)) } : state,
    );
  },
}));

function save(writer: NoteWriter, note: UnsavedNote): Promise<boolean> {
  const { put } = useOutbox.getState();
  return writer.add(note).then(
    () => {
      forgetUnsaved(note.sessionId, note.id);
      // Still shown until the feed's live query has it, so the note never blinks out.
      if (useOutbox.getState().notes.some((n) => n.id === note.id)) put({ ...note, error: null, state: 'saved' });
      return true;
    },
    (failure: unknown) => {
      const failed = { ...note, error: describeError(failure, uiTranslator()) };
      keepUnsaved(failed);
      put({ ...failed, state: 'failed' });
      return false;
    },
  );
}

/**
 * Enter was pressed: the note is on this device before anything else happens (false: the browser refused to
 * keep a copy, which the caller says, but the save goes ahead), then the write is issued, then the feed shows it.
 */
export function submitNote(writer: NoteWriter, note: UnsavedNote): { kept: boolean; saved: Promise<boolean> } {
  const kept = keepUnsaved(note);
  const saved = save(writer, note);
  useOutbox.getState().put({ ...note, state: 'saving' });
  return { kept, saved };
}

export function retryNote(writer: NoteWriter, id: string): Promise<boolean> {
  const note = useOutbox.getState().notes.find((n) => n.id === id);
  if (!note || note.state === 'saving') return Promise.resolve(false);
  useOutbox.getState().put({ ...note, state: 'saving' });
  return save(writer, note);
}

/** The facilitator gave up on a note that could not be saved; returns it, for an Undo. */
export function discardNote(id: string): OutboxNote | null {
  const note = useOutbox.getState().notes.find((n) => n.id === id && n.state === 'failed');
  if (!note) return null;
  forgetUnsaved(note.sessionId, note.id);
  useOutbox.getState().drop([id]);
  return note;
}

export function undiscardNote(note: OutboxNote): void {
  keepUnsaved(note);
  useOutbox.getState().put({ ...note, state: 'failed' });
}

/**
 * An erasure committed (here, from sync or in another window): notes on their way whose id it erased or whose
 * speaker withdrew leave the feed and this device's copies. A note of a withdrawn speaker is not saved by Retry
 * anyway (the command refuses it); its words must not wait on this device for someone to press Discard.
 */
export function forgetErased(noteIds: readonly string[], participantIds: readonly string[]): void {
  const ids = new Set(noteIds);
  const speakers = new Set(participantIds);
  forgetErasedUnsaved(ids, speakers);
  const gone = useOutbox
    .getState()
    .notes.filter((n) => ids.has(n.id) || (n.participantId !== null && speakers.has(n.participantId)));
  if (gone.length) useOutbox.getState().drop(gone.map((n) => n.id));
}

/**
 * Opening a session's capture: notes left on this device by a reload, a crash or a closed window come back. One
 * that the database already has (erased ones too), or whose speaker has since withdrawn, is forgotten; one that had failed stays “not saved”; one whose save was
 * interrupted (Enter was pressed, the commit never came) is saved now, as the facilitator meant it to be.
 */
export async function recoverNotes(
  writer: NoteWriter,
  sessionId: string,
  settled: (note: UnsavedNote) => Promise<boolean>,
) {
  const shown = new Set(useOutbox.getState().notes.map((n) => n.id));
  for (const note of listUnsaved(sessionId)) {
    if (shown.has(note.id)) continue;
    if (await settled(note)) {
      forgetUnsaved(sessionId, note.id);
    } else if (note.error) {
      useOutbox.getState().put({ ...note, state: 'failed' });
    } else {
      useOutbox.getState().put({ ...note, state: 'saving' });
      void save(writer, note);
    }
  }
}
