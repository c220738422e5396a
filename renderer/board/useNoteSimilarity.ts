/**
 * Notes like a note, and a likely theme for it, from a long-lived worker (similarity.worker.ts). The board's
 * notes are sent once, and again only when a text is added, edited or removed (moving a note or theming it
 * changes nothing the worker needs); then `ask` answers about one note. Only the latest question is
 * answered: an answer to an older one is dropped, so fast arrow-key moves never show a stale list.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClusterInput, SimilarNote, ThemeSuggestion } from '../../shared/cluster';
import type { SimilarityReply, SimilarityRequest } from './similarity.worker';
import { msg } from '../ui/i18n';
import { similarityProblem } from './similarityProblem';

export interface SimilarityAnswer {
  noteId: string;
  similar: SimilarNote[];
  theme: ThemeSuggestion | null;
}

export interface NoteSimilarity {
  /** 'indexing' while the worker reads the notes; 'error' if it could not. */
  status: 'indexing' | 'ready' | 'error';
  /** Whether meaning (word vectors) is used, or shared words only. */
  meaning: boolean;
  answer: SimilarityAnswer | null;
  error: string | null;
  ask(noteId: string | null, themeOf: ReadonlyMap<string, string> | null, limit: number): void;
}

export type CreateSimilarityWorker = () => Worker;

function createWorker(): Worker {
  return new Worker(new URL('./similarity.worker.ts', import.meta.url), { type: 'module', name: 'note-similarity' });
}

/** Texts changed (not positions or themes): compare ids and texts in order. */
function sameTexts(a: readonly ClusterInput[] | null, b: readonly ClusterInput[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id || a[i]!.text !== b[i]!.text) return false;
  return true;
}

export function useNoteSimilarity(
  notes: readonly ClusterInput[],
  create: CreateSimilarityWorker = createWorker,
): NoteSimilarity {
  const worker = useRef<Worker | null>(null);
  const sent = useRef<readonly ClusterInput[] | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<Omit<NoteSimilarity, 'ask'>>({
    status: 'indexing',
    meaning: false,
    answer: null,
    error: null,
  });

  useEffect(() => {
    const running = create();
    worker.current = running;
    running.onmessage = (event: MessageEvent<SimilarityReply>) => {
      const reply = event.data;
      if (reply.type === 'indexed') setState((s) => ({ ...s, status: 'ready', meaning: reply.meaning, error: null }));
      else if (reply.type === 'error' || reply.type === 'no-notes')
        setState((s) => ({ ...s, status: 'error', error: similarityProblem(reply) }));
      else if (reply.requestId === latest.current)
        setState((s) => ({ ...s, answer: { noteId: reply.noteId, similar: reply.similar, theme: reply.theme } }));
    };
    running.onerror = (event: ErrorEvent) =>
      setState((s) => ({ ...s, status: 'error', error: event.message || msg('board.similarStopped') }));
    return () => {
      running.terminate();
      worker.current = null;
      sent.current = null;
    };
  }, [create]);

  useEffect(() => {
    if (!worker.current || sameTexts(sent.current, notes)) return;
    sent.current = notes;
    setState((s) => ({ ...s, status: 'indexing' }));
    const request: SimilarityRequest = { type: 'index', requestId: ++latest.current, notes: [...notes] };
    worker.current.postMessage(request);
  }, [notes]);

  const ask = useCallback((noteId: string | null, themeOf: ReadonlyMap<string, string> | null, limit: number) => {
    const requestId = ++latest.current;
    if (!noteId || !worker.current) {
      setState((s) => ({ ...s, answer: null }));
      return;
    }
    const request: SimilarityRequest = {
      type: 'query',
      requestId,
      noteId,
      limit,
      themeOf: themeOf ? [...themeOf] : null,
    };
    worker.current.postMessage(request);
  }, []);

  return { ...state, ask };
}
