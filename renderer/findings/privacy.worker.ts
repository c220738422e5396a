/**
 * The personal-information scan off the main thread (the name tagger is slow on big projects): posts progress as
 * it goes and the matches at the end. Cancelling is the page terminating the worker.
 */
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { PiiMatch } from '../../shared/privacy/types';
import { scanInSteps, type ScanProgress } from './scanInSteps';

export type ScanRequest = { snapshot: FindingsSnapshot; names: boolean };
export type ScanMessage =
  ({ type: 'progress' } & ScanProgress) | { type: 'done'; matches: PiiMatch[] } | { type: 'failed'; message: string };

const post = (message: ScanMessage) => (self as unknown as { postMessage(m: ScanMessage): void }).postMessage(message);

self.onmessage = (event: MessageEvent<ScanRequest>) => {
  try {
    const steps = scanInSteps(event.data.snapshot, { names: event.data.names });
    for (;;) {
      const next = steps.next();
      if (next.done) {
        post({ type: 'done', matches: next.value });
        return;
      }
      post({ type: 'progress', ...next.value });
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
