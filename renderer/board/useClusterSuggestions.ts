/**
 * Suggested clusters for the board, computed in a Web Worker so the board stays responsive.
 *
 * `start(notes)` sends the notes' ids and texts to a fresh worker; `progress` runs 0..1; `suggestions` holds
 * the result once `status` is 'done'. `cancel()` terminates the worker — the only way to stop synchronous
 * work mid-run — and a new `start` supersedes a running one the same way. Replies from a superseded run are
 * ignored by request id. The worker is terminated when the component unmounts. `forget(noteIds)`, called when
 * notes are erased, drops every trace of them: a run that was sent their words is stopped, and a result built
 * from them (its shared words may be theirs) is thrown away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClusterInput, ClusterResult } from '../../shared/cluster';
import type { ClusterReply, ClusterRequest } from './cluster.worker';
import { msg } from '../ui/i18n';

export type ClusterStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface ClusterSuggestionsState {
  status: ClusterStatus;
  progress: number;
  suggestions: ClusterResult | null;
  error: string | null;
}

export interface ClusterSuggestions extends ClusterSuggestionsState {
  start(notes: readonly ClusterInput[], options?: { k?: number }): void;
  cancel(): void;
  forget(noteIds: ReadonlySet<string>): void;
}

export type CreateWorker = () => Worker;

function createClusterWorker(): Worker {
  return new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module', name: 'cluster-suggestions' });
}

const IDLE: ClusterSuggestionsState = { status: 'idle', progress: 0, suggestions: null, error: null };

export function useClusterSuggestions(createWorker: CreateWorker = createClusterWorker): ClusterSuggestions {
  const [state, setState] = useState<ClusterSuggestionsState>(IDLE);
  const worker = useRef<Worker | null>(null);
  const currentRequest = useRef(0);
  /** The notes the current run or result was made from. */
  const sentIds = useRef<ReadonlySet<string>>(new Set());

  const stopWorker = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stopWorker, [stopWorker]);

  const start = useCallback(
    (notes: readonly ClusterInput[], options: { k?: number } = {}) => {
      stopWorker();
      const requestId = ++currentRequest.current;
      const running = createWorker();
      worker.current = running;
      running.onmessage = (event: MessageEvent<ClusterReply>) => {
        const reply = event.data;
        if (reply.requestId !== currentRequest.current) return;
        if (reply.type === 'progress') {
          setState((s) => ({ ...s, progress: reply.fraction }));
          return;
        }
        stopWorker();
        setState(
          reply.type === 'done'
            ? { status: 'done', progress: 1, suggestions: reply.result, error: null }
            : {
                status: 'error',
                progress: 0,
                suggestions: null,
                // The worker's exception is said as unexpected, its own text only as the technical detail.
                error: msg('dataErrors.unexpected', { detail: reply.message }),
              },
        );
      };
      running.onerror = (event: ErrorEvent) => {
        if (requestId !== currentRequest.current) return;
        stopWorker();
        setState({
          status: 'error',
          progress: 0,
          suggestions: null,
          error: event.message || msg('board.clusteringStopped'),
        });
      };
      setState({ status: 'running', progress: 0, suggestions: null, error: null });
      sentIds.current = new Set(notes.map((note) => note.id));
      // Only ids and texts cross to the worker: structured cloning whole notes would cost more than clustering.
      const request: ClusterRequest = {
        type: 'cluster',
        requestId,
        notes: notes.map(({ id, text }) => ({ id, text })),
        k: options.k,
      };
      running.postMessage(request);
    },
    [createWorker, stopWorker],
  );

  const cancel = useCallback(() => {
    if (!worker.current) return;
    stopWorker();
    currentRequest.current++;
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [stopWorker]);

  const forget = useCallback(
    (noteIds: ReadonlySet<string>) => {
      if (![...noteIds].some((id) => sentIds.current.has(id))) return;
      stopWorker();
      currentRequest.current++;
      sentIds.current = new Set();
      setState(IDLE);
    },
    [stopWorker],
  );

  return { ...state, start, cancel, forget };
}
