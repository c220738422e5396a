/**
 * Suggested clusters forget erased notes: a run that was sent their words is stopped (its worker terminated, a
 * late reply ignored), and a result built from them is dropped; notes it never saw change nothing. The worker is
 * an in-page stand-in that runs the real clustering (cluster.worker.ts) a tick later, as a worker would.
 */
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { handleClusterRequest, type ClusterReply, type ClusterRequest } from './cluster.worker';
import { useClusterSuggestions } from './useClusterSuggestions';

class InPageWorker {
  onmessage: ((event: MessageEvent<ClusterReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(request: ClusterRequest) {
    setTimeout(() =>
      handleClusterRequest(request, (reply) => this.onmessage?.({ data: reply } as MessageEvent<ClusterReply>)),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

const NOTES = [
  { id: 'n1', text: 'bus stop lighting is poor at night' },
  { id: 'n2', text: 'more lighting at the bus stop please' },
  { id: 'n3', text: 'the library opens late on saturdays' },
  { id: 'n4', text: 'library hours should be longer on saturdays' },
];

function setUp() {
  const workers: InPageWorker[] = [];
  const hook = renderHook(() =>
    useClusterSuggestions(() => {
      const worker = new InPageWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    }),
  );
  return { hook, workers };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('suggested clusters and erasure', () => {
  it('drop a finished result that was made from an erased note, and keep one that was not', async () => {
    const { hook } = setUp();
    act(() => hook.result.current.start(NOTES));
    await settle();
    expect(hook.result.current.status).toBe('done');
    act(() => hook.result.current.forget(new Set(['elsewhere'])));
    expect(hook.result.current.status).toBe('done');
    act(() => hook.result.current.forget(new Set(['n2'])));
    expect(hook.result.current).toMatchObject({ status: 'idle', suggestions: null });
  });

  it('stop a run that was sent an erased note, and ignore its late reply', async () => {
    const { hook, workers } = setUp();
    act(() => hook.result.current.start(NOTES));
    act(() => hook.result.current.forget(new Set(['n3'])));
    expect(workers[0]!.terminated).toBe(true);
    await settle();
    expect(hook.result.current).toMatchObject({ status: 'idle', suggestions: null });
  });
});
