/**
 * Notes the facilitator has entered that are still being saved. The feed shows them at once (marked
 * “saving”), so the note appears the instant Enter is pressed; each is dropped from here as soon as the
 * database's own live query returns it. A note whose save fails is removed and its text goes back into
 * the note box with the reason — it is never shown as saved when it is not.
 */
import { create } from 'zustand';
import type { Note } from '../../shared/domain/schemas';

export type PendingNote = Pick<
  Note,
  'id' | 'sessionId' | 'text' | 'questionId' | 'participantId' | 'kind' | 'flags' | 'createdAt'
> & { saved: boolean };

interface PendingStore {
  notes: PendingNote[];
  add(note: PendingNote): void;
  markSaved(id: string): void;
  drop(ids: readonly string[]): void;
}

export const usePendingNotes = create<PendingStore>((set) => ({
  notes: [],
  add: (note) => set((state) => ({ notes: [note, ...state.notes] })),
  markSaved: (id) => set((state) => ({ notes: state.notes.map((n) => (n.id === id ? { ...n, saved: true } : n)) })),
  drop: (ids) => {
    const gone = new Set(ids);
    set((state) =>
      state.notes.some((n) => gone.has(n.id)) ? { notes: state.notes.filter((n) => !gone.has(n.id)) } : state,
    );
  },
}));
