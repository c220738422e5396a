/**
 * Saving captured notes off the page's main thread.
 *
 * Why: after a key press, Chromium holds back the page's IndexedDB replies until the frame that answers the key
 * press is on screen. A note saved from the main thread therefore commits only after the feed has been
 * re-rendered and painted, however cheap the write itself is (traced: the database had done its part 4 ms after
 * Enter, the page received the reply 20 ms after Enter, just after the next frame was presented). A dedicated
 * worker's replies are not held back, so there the note commits while the page renders it.
 *
 * How: the worker runs the same `addNote` command through its own command runner on the same database (see
 * noteWriterHost.ts); the app's runner adopts each committed command, so Ctrl+Z undoes it and the next command
 * here needs no clock retry. The page's live queries hear of the write as of any other window's (Dexie tells
 * them). Where there are no workers (tests in jsdom) or the worker cannot run, notes are saved on the main
 * thread as before. Every note gets a `fieldnotes:note-saved` performance mark at the moment it committed (a
 * standard mark: the capture benchmark reads it without reaching into the app).
 */
import type { Note } from '../../shared/domain/schemas';
import { isErasedRow } from '../../shared/sync/erasure';
import type { CommandRunner } from './commandRunner';
import { addNote } from './commands/notes';
import { DataError } from './errors';
import { preciseNow, type NoteToWrite, type WriterReply, type WriterRequest } from './noteWriterHost';

export type { NoteToWrite } from './noteWriterHost';

export interface NoteWriter {
  /** Saves the note; resolves once it is committed, rejects with a DataError saying why it was not. */
  add(input: NoteToWrite): Promise<Note>;
  /** Resolves once every note handed over so far is committed or has failed. */
  settled(): Promise<void>;
  /** Starts the worker and opens its database ahead of the first note. */
  warm(): void;
}

export type CreateWorker = () => Worker | null;

function createWriterWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./noteWriter.worker.ts', import.meta.url), { type: 'module', name: 'note-writer' });
}

function markSaved(note: Note, committedAt: number): void {
  performance.mark('fieldnotes:note-saved', {
    startTime: Math.max(0, committedAt - performance.timeOrigin),
    detail: { noteId: note.id },
  });
}

interface InFlight {
  input: NoteToWrite;
  resolve(note: Note): void;
  reject(error: unknown): void;
}

export function createNoteWriter(runner: CommandRunner, createWorker: CreateWorker = createWriterWorker): NoteWriter {
  let worker: Worker | null | undefined;
  let seq = 0;
  const inFlight = new Map<number, InFlight>();
  let last: Promise<unknown> = Promise.resolve();
  let mainQueue: Promise<unknown> = Promise.resolve();

  /** One after another, as in the worker: notes keep their order and never race for the same clock tick. */
  const onMainThread = (input: NoteToWrite): Promise<Note> => {
    const saved = mainQueue.then(async () => {
      const note = await addNote(runner, input);
      markSaved(note, preciseNow());
      return note;
    });
    mainQueue = saved.catch(() => undefined);
    return saved;
  };

  /** The worker could not start or died: what it had not answered is saved here instead (same ids: no doubles). */
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const [key, pending] of inFlight) {
      inFlight.delete(key);
      onMainThread(pending.input).then(pending.resolve, pending.reject);
    }
  };

  const onReply = (reply: WriterReply) => {
    const pending = inFlight.get(reply.seq);
    if (!pending) return;
    inFlight.delete(reply.seq);
    if (reply.type === 'failed') {
      pending.reject(new DataError(reply.error.code, reply.error.words));
      return;
    }
    runner.adopt(reply.commit);
    markSaved(reply.note, reply.committedAt);
    pending.resolve(reply.note);
  };

  const start = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = createWorker();
    } catch {
      worker = null;
    }
    worker?.addEventListener('message', (event: MessageEvent<WriterReply>) => onReply(event.data));
    worker?.addEventListener('error', fallBack);
    worker?.addEventListener('messageerror', fallBack);
    return worker;
  };

  /**
   * Saving is idempotent by note id: a note handed over twice (a retry after a crash, or a worker that died
   * between its commit and its answer) was saved once, and that is success — unless it was erased since: an
   * erased id stays erased, and its words are not written again.
   */
  const unlessSaved = (input: NoteToWrite) => async (error: unknown) => {
    if (!(error instanceof DataError) || error.code !== 'conflict') throw error;
    const stored = await runner.db.notes.get(input.id);
    if (isErasedRow(stored)) throw new DataError('invalid', { id: 'dataErrors.noteErased' });
    if (!stored || stored.deleted || stored.sessionId !== input.sessionId) throw error;
    return stored;
  };

  return {
    add(input) {
      const running = start();
      const attempt = running
        ? new Promise<Note>((resolve, reject) => {
            const key = ++seq;
            inFlight.set(key, { input, resolve, reject });
            running.postMessage({ type: 'add', seq: key, dbName: runner.db.name, input } satisfies WriterRequest);
          })
        : onMainThread(input);
      const saved = attempt.catch(unlessSaved(input));
      last = saved.catch(() => undefined);
      return saved;
    },
    settled: () => last.then(() => undefined),
    warm() {
      start()?.postMessage({ type: 'warm', dbName: runner.db.name } satisfies WriterRequest);
    },
  };
}

const writers = new WeakMap<CommandRunner, NoteWriter>();

/** One writer (and one worker) per open database, made on first use and kept while the app runs. */
export function noteWriterFor(runner: CommandRunner): NoteWriter {
  let writer = writers.get(runner);
  if (!writer) {
    writer = createNoteWriter(runner);
    writers.set(runner, writer);
  }
  return writer;
}
