/**
 * Suggested clusters off the UI thread (DESIGN §7). The worker runs shared/cluster on the notes it is sent
 * and posts progress (at most every 1%), then the result. It has no cancel message: clustering is synchronous,
 * so a message could not be read until the work was done; the page cancels by terminating the worker
 * (see useClusterSuggestions), which stops it at once.
 */
import { clusterNotes, type ClusterInput, type ClusterResult } from '../../shared/cluster';

export interface ClusterRequest {
  type: 'cluster';
  requestId: number;
  notes: ClusterInput[];
  k?: number;
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

export function handleClusterRequest(request: ClusterRequest, post: (reply: ClusterReply) => void): void {
  const { requestId } = request;
  let reported = -1;
  try {
    const result = clusterNotes(request.notes, {
      k: request.k,
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

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => {
  if (event.data?.type === 'cluster') handleClusterRequest(event.data, (reply) => scope.postMessage(reply));
});
