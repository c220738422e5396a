/**
 * The note writer's worker side, without the worker (so Vitest drives it in Node): it saves notes one after
 * another, in the order they were handed over, through its own command runner on the app's database, and answers
 * each with the saved note, the committed command (for the app's runner to adopt: undo and clock) and the moment
 * the transaction committed. It keeps nothing of a note once it has answered.
 */
import type { Note } from '../../shared/domain/schemas';
import { createCommandRunner, type CommandRunner, type CommittedCommand } from './commandRunner';
import { addNote, type AddNoteInput } from './commands/notes';
import { FieldnotesDb } from './db';
import { toDataError, type DataErrorCode, type ErrorWords } from './errors';

export type NoteToWrite = AddNoteInput & { id: string };

export type WriterRequest =
  | { type: 'add'; seq: number; dbName: string; input: NoteToWrite }
  /** Open the database now, so the first note does not wait for it. */
  | { type: 'warm'; dbName: string };

export type WriterReply =
  | { type: 'saved'; seq: number; note: Note; commit: CommittedCommand; committedAt: number }
  | { type: 'failed'; seq: number; error: { code: DataErrorCode; words: ErrorWords } };

/** Milliseconds since the epoch at sub-millisecond precision, comparable between a page and its workers. */
export const preciseNow = () => performance.timeOrigin + performance.now();

export function createNoteWriterHost(
  post: (reply: WriterReply) => void,
  openRunner: (dbName: string) => CommandRunner = (dbName) => createCommandRunner(openWriterDb(dbName)),
  now: () => number = preciseNow,
): (request: WriterRequest) => void {
  const runners = new Map<string, CommandRunner>();
  let queue: Promise<void> = Promise.resolve();

  const runnerFor = (dbName: string): CommandRunner => {
    let runner = runners.get(dbName);
    if (!runner) {
      runner = openRunner(dbName);
      runners.set(dbName, runner);
    }
    return runner;
  };

  async function write({ seq, dbName, input }: Extract<WriterRequest, { type: 'add' }>): Promise<void> {
    try {
      const runner = runnerFor(dbName);
      let commit: CommittedCommand | null = null;
      let committedAt = 0;
      const note = await addNote(runner, input, {
        undoable: false,
        onCommitted: (committed) => {
          commit = committed;
          committedAt = now();
        },
      });
      post({ type: 'saved', seq, note, commit: commit!, committedAt });
    } catch (error) {
      const failure = toDataError(error, 'note');
      post({ type: 'failed', seq, error: { code: failure.code, words: failure.words } });
    }
  }

  return (request) => {
    queue = queue.then(() =>
      request.type === 'add'
        ? write(request)
        : runnerFor(request.dbName)
            .deviceId()
            .then(
              () => undefined,
              () => undefined,
            ),
    );
  };
}

/** The worker's own connection: it lets go at once when another window upgrades the database. */
function openWriterDb(dbName: string): FieldnotesDb {
  const db = new FieldnotesDb(dbName);
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  return db;
}
