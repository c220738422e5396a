/**
 * "More like this" and "Suggest a theme" off the UI thread. The page sends the board's notes once (and again
 * when texts change); the worker builds the note index (shared/cluster/similar.ts) with the word-vector table
 * and answers queries about one note at a time, each in a few milliseconds. Replies carry the request id so
 * the page can drop answers to questions it no longer asks.
 */
import { indexNotes, similarNotes, suggestThemes, type ClusterInput, type NoteIndex } from '../../shared/cluster';
import type { SimilarNote, ThemeSuggestion } from '../../shared/cluster';
import type { WordTable } from '../../shared/cluster/wordTable';
import { loadWordTable } from './wordVectors';

export type SimilarityRequest =
  | { type: 'index'; requestId: number; notes: ClusterInput[] }
  | {
      type: 'query';
      requestId: number;
      noteId: string;
      limit: number;
      /** Theme of every themed note, for the theme suggestion; null asks for neighbours only. */
      themeOf: [noteId: string, themeId: string][] | null;
    };

export type SimilarityReply =
  | { type: 'indexed'; requestId: number; meaning: boolean }
  | { type: 'answer'; requestId: number; noteId: string; similar: SimilarNote[]; theme: ThemeSuggestion | null }
  /** Asked about a note before any notes were sent: the page words it in the app's language (a worker has none). */
  | { type: 'no-notes'; requestId: number }
  | { type: 'error'; requestId: number; message: string };

export type SimilarityProblemReply = Extract<SimilarityReply, { type: 'no-notes' | 'error' }>;

interface WorkerScope {
  postMessage(message: SimilarityReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SimilarityRequest>) => void): void;
}

export function createSimilarityHandler(loadTable: () => Promise<WordTable | null> = loadWordTable) {
  let index: Promise<NoteIndex> | null = null;
  return async (request: SimilarityRequest, post: (reply: SimilarityReply) => void): Promise<void> => {
    const { requestId } = request;
    try {
      if (request.type === 'index') {
        const notes = request.notes;
        index = loadTable().then((table) => indexNotes(notes, table));
        post({ type: 'indexed', requestId, meaning: (await index).meaning });
        return;
      }
      if (!index) {
        post({ type: 'no-notes', requestId });
        return;
      }
      const ready = await index;
      const similar = similarNotes(ready, request.noteId, request.limit);
      const themeOf = request.themeOf ? new Map(request.themeOf) : null;
      const theme = themeOf ? (suggestThemes(ready, themeOf, [request.noteId])[0] ?? null) : null;
      post({ type: 'answer', requestId, noteId: request.noteId, similar, theme });
    } catch (error) {
      post({ type: 'error', requestId, message: error instanceof Error ? error.message : String(error) });
    }
  };
}

// Only inside a worker: tests import the handler alone.
const scope = (typeof self === 'undefined' ? null : self) as unknown as WorkerScope | null;
const handle = createSimilarityHandler();
scope?.addEventListener('message', (event) => void handle(event.data, (reply) => scope.postMessage(reply)));
