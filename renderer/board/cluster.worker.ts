/**
 * Suggested clusters off the UI thread. The worker loads the word-vector table (once), runs shared/cluster on
 * the notes it is sent and posts progress (at most every 1%), then the result. It has no cancel message:
 * clustering is synchronous, so a message could not be read until the work was done; the page cancels by
 * terminating the worker (see useClusterSuggestions), which stops it at once.
 */
import { clusterNotes, type ClusterInput, type ClusterMethod, type ClusterResult } from '../../shared/cluster';
import type { WordTable } from '../../shared/cluster/wordTable';
import { loadWordTable } from './wordVectors';

export interface ClusterRequest {
  type: 'cluster';
  requestId: number;
  notes: ClusterInput[];
  k?: number;
  method?: ClusterMethod;
}

export type ClusterReply =
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'done'; requestId: number; result: ClusterResult }
  | { type: 'error'; requestId: number; message: string };

/** The part of DedicatedWorkerGlobalScope used here; the web tsconfig has the DOM lib, not the worker lib. */
interface WorkerScope {
  postMessage(message: ClusterReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ClusterRequest>) => void): void;
}

export async function handleClusterRequest(
  request: ClusterRequest,
  post: (reply: ClusterReply) => void,
  loadTable: () => Promise<WordTable | null> = loadWordTable,
): Promise<void> {
  const { requestId } = request;
  let reported = -1;
  try {
    const method = request.method ?? 'meaning';
    const wordTable = method === 'meaning' ? await loadTable() : null;
    const result = clusterNotes(request.notes, {
      k: request.k,
      method,
      wordTable,
      onProgress: (fraction) => {
        if (fraction < 1 && fraction - reported < 0.01) return;
        reported = fraction;
        post({ type: 'progress', requestId, fraction });
      },
    });
    post({ type: 'done', requestId, result });
  } catch (error) {
    post({ type: 'error', requestId, message: error instanceof Error ? error.message : String(error) });
  }
}

// Only inside a worker: tests import the handler alone.
const scope = (typeof self === 'undefined' ? null : self) as unknown as WorkerScope | null;
scope?.addEventListener('message', (event) => {
  if (event.data?.type === 'cluster') void handleClusterRequest(event.data, (reply) => scope.postMessage(reply));
});
