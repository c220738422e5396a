/** The note writer's worker: see noteWriter.ts for why notes are saved here, and noteWriterHost.ts for how. */
import { z } from 'zod';
import { createNoteWriterHost, type WriterReply, type WriterRequest } from './noteWriterHost';

// As in the page: the CSP forbids `new Function`, so zod must not probe for it.
z.config({ jitless: true });

/** The part of DedicatedWorkerGlobalScope used here; the web tsconfig has the DOM lib, not the worker lib. */
interface WorkerScope {
  postMessage(message: WriterReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WriterRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createNoteWriterHost((reply) => scope.postMessage(reply));
scope.addEventListener('message', (event) => {
  if (event.data?.type === 'add' || event.data?.type === 'warm') handle(event.data);
});
