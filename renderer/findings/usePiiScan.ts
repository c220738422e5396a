/**
 * Runs the personal-information scan in a Web Worker with progress and cancel. Where no Worker exists (component
 * tests), the same steps run on the main thread, yielding between chunks so the page stays responsive.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { PiiMatch } from '../../shared/privacy/types';
import type { ScanMessage, ScanRequest } from './privacy.worker';
import { scanInSteps } from './scanInSteps';
import { msg } from '../ui/i18n';

export type ScanState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; matches: PiiMatch[]; names: boolean }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export function usePiiScan() {
  const [state, setState] = useState<ScanState>({ status: 'idle' });
  const stopRef = useRef<(() => void) | null>(null);

  const cancel = useCallback(() => {
    stopRef.current?.();
    stopRef.current = null;
    setState({ status: 'cancelled' });
  }, []);

  const reset = useCallback(() => {
    stopRef.current?.();
    stopRef.current = null;
    setState({ status: 'idle' });
  }, []);

  const start = useCallback((snapshot: FindingsSnapshot, names: boolean) => {
    stopRef.current?.();
    setState({ status: 'running', done: 0, total: 0 });
    if (typeof Worker === 'undefined') {
      stopRef.current = runOnMainThread(snapshot, names, setState);
      return;
    }
    const worker = new Worker(new URL('./privacy.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      if (stopRef.current === stop) stopRef.current = null;
    };
    const stop = () => worker.terminate();
    stopRef.current = stop;
    worker.onmessage = (event: MessageEvent<ScanMessage>) => {
      const message = event.data;
      if (message.type === 'progress') setState({ status: 'running', done: message.done, total: message.total });
      else if (message.type === 'done') {
        finish();
        setState({ status: 'done', matches: message.matches, names });
      } else {
        finish();
        // The worker's exception is said as unexpected, its own text only as the technical detail.
        setState({ status: 'failed', message: msg('dataErrors.unexpected', { detail: message.message }) });
      }
    };
    worker.onerror = (event) => {
      finish();
      setState({ status: 'failed', message: event.message || msg('export.scan.stopped') });
    };
    worker.postMessage({ snapshot, names } satisfies ScanRequest);
  }, []);

  // Leaving the screen stops a scan nobody will read.
  useEffect(() => () => stopRef.current?.(), []);

  return { state, start, cancel, reset };
}

function runOnMainThread(snapshot: FindingsSnapshot, names: boolean, setState: (s: ScanState) => void): () => void {
  let stopped = false;
  const steps = scanInSteps(snapshot, { names });
  const chunk = () => {
    if (stopped) return;
    const started = Date.now();
    while (Date.now() - started < 30) {
      const next = steps.next();
      if (next.done) {
        setState({ status: 'done', matches: next.value, names });
        return;
      }
      setState({ status: 'running', done: next.value.done, total: next.value.total });
    }
    setTimeout(chunk, 0);
  };
  setTimeout(chunk, 0);
  return () => {
    stopped = true;
  };
}
