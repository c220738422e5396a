/**
 * The one command layer (architecture: Layers). Every write in the app goes through `run`: one Dexie `rw` transaction
 * that writes the records, appends one change record per changed record (the outbox sync publishes; a command's
 * changes are stored as one history batch), moves the hybrid logical clock, and — if anything throws — leaves the
 * database exactly as it was.
 *
 * Undo is a wrapper, not a per-screen feature: each write remembers the fields it changed, their old values
 * and their new ones. Undo writes the old values back as a new command (so undo is itself recorded and syncs),
 * but only to fields that still hold what the command left: a field another device or window changed since
 * keeps that later value (nobody's work is lost to an undo). A creation is undone by a tombstone. Undo then
 * puts on the redo stack exactly what it replaced, and redo does the same in reverse, so undo and redo are
 * each other's inverse: undo k times then redo k times gives back the same records, whatever synced before.
 * Only the fields a command changed are touched, so an edit to another field of the same record survives.
 *
 * Erasure is the one write undo never reaches: a command that erases (`ctx.erase`) is not put on the stack, and
 * once any erasure commits — here, from sync, or in another window — every edit of the erased records leaves
 * both stacks (erasure/events.ts). Replaying an entry never writes to an erased record, whatever it holds.
 */
import { createClock, type ClockState } from '../../shared/clock/hlc';
import { newDeviceId } from '../../shared/domain/ids';
import type { TableName } from '../../shared/domain/schemas';
import type { CommandLabel } from './commandLabel';
import { CLOCK_KEY, openContext, type CommandContext, type FieldEdit, type InternalContext } from './commandContext';
import { RECORD_TABLES, type FieldnotesDb } from './db';
import { notifyErased, subscribeErased, type ErasedSet } from './erasure/events';
import { toDataError } from './errors';
import { createUndoStacks, type HistoryEntry } from './undoStacks';

export { CLOCK_KEY } from './commandContext';
export type { CommandContext, ErasureInput, FieldEdit, NewRecord } from './commandContext';
export type { HistoryEntry } from './undoStacks';
export type { CommandLabel, CommandSubject } from './commandLabel';
export type { ReadOnlyDb } from './readView';

export const DEVICE_KEY = 'deviceId';

export interface RunOptions {
  /** False for commands that must not appear on the undo stack (undo and redo themselves, sync). */
  undoable?: boolean;
  /**
   * The record tables the command touches, for hot paths. A narrower transaction does not wait for (or hold up)
   * the live queries reading other tables; leaving it out locks every table, which is always correct.
   */
  tables?: readonly TableName[];
  /**
   * Told what the command wrote once it has committed. Another runner of this device (the capture writer in its
   * worker, see noteWriter.ts) hands this to the app's runner's `adopt`, so undo covers the write.
   */
  onCommitted?(commit: CommittedCommand): void;
}

/** A committed command as another runner of the same device can take it over: its undo entry and the clock after it. */
export interface CommittedCommand extends HistoryEntry {
  clock: ClockState;
}

export interface CommandRunner {
  readonly db: FieldnotesDb;
  /** `label` names the command on the undo stack, as a message reference the app translates when it shows it. */
  run<T>(label: CommandLabel, body: (ctx: CommandContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /** The label of the command undone (null: nothing to undo). */
  undo(): Promise<CommandLabel | null>;
  redo(): Promise<CommandLabel | null>;
  history(): { undo: CommandLabel[]; redo: CommandLabel[] };
  subscribe(listener: () => void): () => void;
  deviceId(): Promise<string>;
  /**
   * Take over a command another runner of this device committed: it goes on this undo stack (as if run here, less
   * any edit of a record erased since) and this runner's clock copy moves up to it, so the next command here needs
   * no retry.
   */
  adopt(commit: CommittedCommand, options?: { undoable?: boolean }): void;
}

/** Thrown inside a command's transaction (rolling it back) when the stored clock moved under it. */
class ClockMoved extends Error {}

function isAhead(a: ClockState, b: ClockState): boolean {
  return a.millis > b.millis || (a.millis === b.millis && a.counter > b.counter);
}

/**
 * One closure over the undo and redo stacks, the clock copy and the device id; its parts are the small functions
 * inside (execute, run, replay, step), the context a command writes through is commandContext.ts.
 */
export function createCommandRunner(db: FieldnotesDb, clock: () => number = Date.now): CommandRunner {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const stacks = createUndoStacks(notify);
  subscribeErased(db, stacks.forgetErased);
  let cachedDeviceId: string | null = null;
  /** This runner's copy of the clock after its last successful command (null: read it from storage). */
  let clockCache: ClockState | null = null;

  async function deviceId(): Promise<string> {
    if (cachedDeviceId) return cachedDeviceId;
    cachedDeviceId = await db.transaction('rw', db.meta, async () => {
      const existing = await db.meta.get(DEVICE_KEY);
      if (existing && typeof existing.value === 'string') return existing.value;
      const id = newDeviceId();
      await db.meta.put({ key: DEVICE_KEY, value: id });
      return id;
    });
    return cachedDeviceId;
  }

  async function clockCopyIsStale(): Promise<boolean> {
    if (!clockCache) return false;
    const stored = (await db.meta.get(CLOCK_KEY))?.value as ClockState | undefined;
    return Boolean(stored && isAhead(stored, clockCache));
  }

  async function execute<T>(
    body: (ctx: CommandContext) => Promise<T>,
    scope: readonly TableName[] = RECORD_TABLES,
  ): Promise<{ result: T; edits: FieldEdit[]; erased: ErasedSet[] }> {
    const device = await deviceId();
    const tables = [db.meta, db.changeBatches, ...scope.map((name) => db.table(name))];
    const done = await db.transaction('rw', tables, async () => {
      // The runner keeps its own copy of the clock so a command's writes can all be issued at once, without
      // first waiting for the stored clock: one round trip to IndexedDB is most of what makes capture instant.
      // The stored clock is still read, alongside, and checked at the end: if another window or a sync moved
      // it meanwhile, the command is rolled back and run again from the stored clock (see `run`).
      const storedClockRead = db.meta.get(CLOCK_KEY);
      storedClockRead.catch(() => undefined); // a command that fails first must not also report this read
      const startClock =
        clockCache ?? ((await storedClockRead)?.value as ClockState | undefined) ?? createClock(device);
      const open = openContext(db, device, startClock, clock());
      const result = await body(open.ctx);
      open.flush();
      await Promise.all(open.bookkeeping);
      const stored = (await storedClockRead)?.value as ClockState | undefined;
      if (clockCache && stored && isAhead(stored, startClock)) throw new ClockMoved();
      return { result, edits: open.edits, erased: open.erased, clockState: open.clock() };
    });
    clockCache = done.clockState;
    return done;
  }

  async function run<T>(
    label: CommandLabel,
    body: (ctx: CommandContext) => Promise<T>,
    options: RunOptions = {},
  ): Promise<T> {
    try {
      const { result, edits, erased } = await execute(body, options.tables).catch(async (error: unknown) => {
        // A stale clock copy shows up either as the explicit check or as a clash of change timestamps.
        if (!(error instanceof ClockMoved) && !(await clockCopyIsStale())) throw error;
        clockCache = null;
        return execute(body, options.tables);
      });
      // Every listener (this runner's stacks among them) forgets the erased records now that they are gone.
      notifyErased(db, erased);
      if (options.undoable !== false && !erased.length) stacks.record({ label, edits });
      if (options.onCommitted && clockCache) options.onCommitted({ label, edits, clock: clockCache });
      return result;
    } catch (error) {
      throw toDataError(error, label.subject);
    }
  }

  /**
   * Replay a history entry as a new recorded command (last edit first) and return its inverse, which goes on the
   * other stack: what undo replaced is exactly what redo writes back.
   */
  async function replay(entry: HistoryEntry): Promise<HistoryEntry> {
    const inverse: FieldEdit[] = [];
    // Undo and redo are not on a stack themselves, so their own label is only the subject of a failure.
    await run(
      entry.label,
      async (ctx) => {
        inverse.length = 0; // a command can be run twice (see `run`); only the last run counts
        for (const edit of [...entry.edits].reverse()) {
          const undone = await (ctx as InternalContext).replay(edit);
          if (undone) inverse.push(undone);
        }
      },
      { undoable: false },
    );
    return { label: entry.label, edits: inverse };
  }

  async function step(from: HistoryEntry[], to: HistoryEntry[]): Promise<CommandLabel | null> {
    const entry = from.pop();
    if (!entry) return null;
    try {
      to.push(await replay(entry));
    } catch (error) {
      from.push(entry);
      throw error;
    }
    notify();
    return entry.label;
  }

  return {
    db,
    run,
    undo: () => step(stacks.undo, stacks.redo),
    redo: () => step(stacks.redo, stacks.undo),
    history: stacks.labels,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    deviceId,
    adopt(commit, { undoable = true } = {}) {
      if (!clockCache || isAhead(commit.clock, clockCache)) clockCache = commit.clock;
      if (undoable) stacks.record({ label: commit.label, edits: commit.edits });
    },
  };
}
