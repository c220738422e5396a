/**
 * The one command layer (architecture: Layers). Every write in the app goes through `run`: one Dexie `rw` transaction
 * that writes the records, appends one change record per changed record (the outbox sync publishes), moves
 * the hybrid logical clock, and — if anything throws — leaves the database exactly as it was.
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
import type { z } from 'zod';
import { diffFields } from '../../shared/changes/change';
import { stampChange } from '../../shared/changes/stamp';
import { createClock, type ClockState } from '../../shared/clock/hlc';
import { newDeviceId, newId } from '../../shared/domain/ids';
import {
  recordSchemas,
  type Erasure,
  type ErasureReason,
  type RecordTypes,
  type TableName,
} from '../../shared/domain/schemas';
import { isErasedRow, WITHDRAWN_PARTICIPANT_FIELDS } from '../../shared/sync/erasure';
import { rowKey, sameValue } from '../../shared/sync/merge';
import { RECORD_TABLES, type FieldnotesDb, type StoredChange } from './db';
import { applyErasure } from './erasure/apply';
import { notifyErased, subscribeErased, type ErasedSet } from './erasure/events';
import { DataError, toDataError } from './errors';

export const DEVICE_KEY = 'deviceId';
export const CLOCK_KEY = 'clock';

/** What a record looks like when a command creates it: timestamps and tombstone are filled in for it. */
export type NewRecord<T extends TableName> = Omit<z.input<(typeof recordSchemas)[T]>, 'createdAt' | 'updatedAt'> & {
  id: string;
};

/** One record's part of a history entry: replaying it writes `before` to the fields that still hold `after`. */
export interface FieldEdit {
  table: TableName;
  id: string;
  /** The values to write back (for a creation: `deleted: true`). */
  before: Record<string, unknown>;
  /** The values the fields must still hold for the write to happen (for a creation: `deleted: false`). */
  after: Record<string, unknown>;
}

export interface HistoryEntry {
  label: string;
  edits: FieldEdit[];
}

/** What a command erases: records by id, and for a withdrawn consent the participant. No text, ever. */
export interface ErasureInput {
  projectId: string;
  reason: ErasureReason;
  records: { table: Erasure['records'][number]['table']; id: string }[];
  participantId?: string | null;
}

export interface CommandContext {
  readonly now: string;
  readonly deviceId: string;
  get<T extends TableName>(table: T, id: string): Promise<RecordTypes[T] | undefined>;
  /** Get a live (not deleted) record or fail with a clear message. */
  require<T extends TableName>(table: T, id: string, what?: string): Promise<RecordTypes[T]>;
  insert<T extends TableName>(table: T, record: NewRecord<T>): Promise<RecordTypes[T]>;
  update<T extends TableName>(table: T, id: string, patch: Partial<RecordTypes[T]>): Promise<RecordTypes[T]>;
  /** Tombstone: the record stays, marked deleted, so the deletion can sync. */
  remove(table: TableName, id: string): Promise<void>;
  /** Brings a tombstoned record back: the inverse of `remove`. Never an erased record. */
  revive(table: TableName, id: string): Promise<void>;
  /**
   * Erase for ever: writes the erasure record (which syncs) and removes the words from every table in this
   * transaction (erasure/apply.ts). The command is never undoable. Only for commands that lock every table.
   */
  erase(input: ErasureInput): Promise<Erasure>;
  readonly db: FieldnotesDb;
}

interface InternalContext extends CommandContext {
  /** Replay one edit (see FieldEdit); returns the edit that undoes the replay, or null when nothing was written. */
  replay(edit: FieldEdit): Promise<FieldEdit | null>;
}

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
  run<T>(label: string, body: (ctx: CommandContext) => Promise<T>, options?: RunOptions): Promise<T>;
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
  history(): { undo: string[]; redo: string[] };
  subscribe(listener: () => void): () => void;
  deviceId(): Promise<string>;
  /**
   * Take over a command another runner of this device committed: it goes on this undo stack (as if run here, less
   * any edit of a record erased since) and this runner's clock copy moves up to it, so the next command here needs
   * no retry.
   */
  adopt(commit: CommittedCommand, options?: { undoable?: boolean }): void;
}

const MAX_HISTORY = 200;

/** Thrown inside a command's transaction (rolling it back) when the stored clock moved under it. */
class ClockMoved extends Error {}

function isAhead(a: ClockState, b: ClockState): boolean {
  return a.millis > b.millis || (a.millis === b.millis && a.counter > b.counter);
}

/**
 * One closure over the undo and redo stacks, the clock copy and the device id (longer than most functions here
 * for that reason); its parts are the small functions inside: execute, forgetErased, run, replay, step.
 */
export function createCommandRunner(db: FieldnotesDb, clock: () => number = Date.now): CommandRunner {
  const undoStack: HistoryEntry[] = [];
  const redoStack: HistoryEntry[] = [];
  const listeners = new Set<() => void>();
  let cachedDeviceId: string | null = null;
  /** This runner's copy of the clock after its last successful command (null: read it from storage). */
  let clockCache: ClockState | null = null;
  const notify = () => listeners.forEach((listener) => listener());

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
    const tables = [db.meta, db.changes, ...scope.map((name) => db.table(name))];
    return db
      .transaction('rw', tables, async () => {
        // The runner keeps its own copy of the clock so a command's writes can all be issued at once, without
        // first waiting for the stored clock: one round trip to IndexedDB is most of what makes capture instant.
        // The stored clock is still read, alongside, and checked at the end: if another window or a sync moved
        // it meanwhile, the command is rolled back and run again from the stored clock (see `run`).
        const storedClockRead = db.meta.get(CLOCK_KEY);
        storedClockRead.catch(() => undefined); // a command that fails first must not also report this read
        const startClock =
          clockCache ?? ((await storedClockRead)?.value as ClockState | undefined) ?? createClock(device);
        let clockState = startClock;
        const wallTime = clock();
        const now = new Date(wallTime).toISOString();
        const edits: FieldEdit[] = [];
        const erased: ErasedSet[] = [];
        const bookkeeping: Promise<unknown>[] = [];

        /** Validates and issues the writes of one record at once (record, change record, clock); no awaits before. */
        const write = (
          table: TableName,
          id: string,
          next: Record<string, unknown>,
          before?: Record<string, unknown>,
          mode: 'add' | 'put' = 'put',
        ): Promise<Record<string, unknown>> => {
          const parsed = recordSchemas[table].parse(next) as Record<string, unknown> & { projectId?: string };
          const changed = diffFields(before, parsed);
          if (!changed) return Promise.resolve(parsed);
          const stamped = { ...parsed, updatedAt: now };
          changed.updatedAt = now;
          const stampedChange = stampChange(clockState, wallTime, {
            deviceId: device,
            table,
            rowId: id,
            record: stamped,
            fields: changed,
          });
          clockState = stampedChange.clock;
          const recordWrite = mode === 'add' ? db.table(table).add(stamped) : db.table(table).put(stamped);
          const change: StoredChange = { ...stampedChange.change, published: 0 };
          bookkeeping.push(db.changes.add(change), db.meta.put({ key: CLOCK_KEY, value: clockState }));
          const { updatedAt: _bookkeeping, ...after } = changed;
          edits.push(
            before
              ? { table, id, before: Object.fromEntries(Object.keys(after).map((key) => [key, before[key]])), after }
              : { table, id, before: { deleted: true }, after: { deleted: false } },
          );
          return recordWrite.then(
            () => stamped,
            (error: unknown) => {
              if ((error as { name?: string }).name === 'ConstraintError') {
                throw new DataError('conflict', `A ${table.replace(/s$/, '')} with this id already exists.`, {
                  cause: error,
                });
              }
              throw error;
            },
          );
        };

        const ctx: InternalContext = {
          now,
          deviceId: device,
          db,
          get: async (table, id) => (await db.table(table).get(id)) as never,
          require: async (table, id, what = table.replace(/s$/, '')) => {
            const record = (await db.table(table).get(id)) as { deleted?: boolean } | undefined;
            if (!record || record.deleted) throw new DataError('not-found', `That ${what} no longer exists.`);
            return record as never;
          },
          // `add` fails on an existing id, so no read is needed first.
          insert: async (table, record) =>
            (await write(table, record.id, { ...record, createdAt: now, updatedAt: now }, undefined, 'add')) as never,
          update: async (table, id, patch) => {
            const before = (await db.table(table).get(id)) as Record<string, unknown> | undefined;
            if (!before || before.deleted)
              throw new DataError('not-found', `That ${table.replace(/s$/, '')} no longer exists.`);
            const { id: _ignoredId, createdAt: _ignoredCreated, ...rest } = patch as Record<string, unknown>;
            return (await write(table, id, { ...before, ...rest }, before)) as never;
          },
          replay: async (edit) => {
            // Undo and redo may bring a tombstoned record back; `update` refuses tombstones on purpose.
            // Never an erasure, an erased record or a withdrawn participant's details: those stay gone.
            if (edit.table === 'erasures') return null;
            const current = (await db.table(edit.table).get(edit.id)) as Record<string, unknown> | undefined;
            if (!current || isErasedRow(current)) return null;
            const pinned = edit.table === 'participants' && current.consent === 'withdrawn';
            const fields = Object.keys(edit.before).filter(
              (key) => sameValue(current[key], edit.after[key]) && !(pinned && key in WITHDRAWN_PARTICIPANT_FIELDS),
            );
            if (!fields.length) return null;
            const pick = (values: Record<string, unknown>) =>
              Object.fromEntries(fields.map((key) => [key, values[key]]));
            await write(edit.table, edit.id, { ...current, ...pick(edit.before) }, current);
            return { table: edit.table, id: edit.id, before: pick(current), after: pick(edit.before) };
          },
          remove: async (table, id) => {
            const before = (await db.table(table).get(id)) as Record<string, unknown> | undefined;
            if (!before || before.deleted) return;
            await write(table, id, { ...before, deleted: true }, before);
          },
          revive: async (table, id) => {
            const before = (await db.table(table).get(id)) as Record<string, unknown> | undefined;
            if (!before || isErasedRow(before))
              throw new DataError('not-found', `That ${table.replace(/s$/, '')} no longer exists.`);
            if (before.deleted) await write(table, id, { ...before, deleted: false }, before);
          },
          erase: async (input) => {
            const id = newId(wallTime);
            const erasure = (await write(
              'erasures',
              id,
              {
                id,
                projectId: input.projectId,
                reason: input.reason,
                records: input.records,
                participantId: input.participantId ?? null,
                deviceId: device,
                createdAt: now,
                updatedAt: now,
              },
              undefined,
              'add',
            )) as unknown as Erasure;
            erased.push(await applyErasure(db, erasure));
            return erasure;
          },
        };

        const result = await body(ctx);
        await Promise.all(bookkeeping);
        const stored = (await storedClockRead)?.value as ClockState | undefined;
        if (clockCache && stored && isAhead(stored, startClock)) throw new ClockMoved();
        return { result, edits, erased, clockState };
      })
      .then(({ result, edits, erased, clockState }) => {
        clockCache = clockState;
        return { result, edits, erased };
      });
  }

  /**
   * Everything erased while this runner lives (row keys, and withdrawn participants' ids): a command another
   * runner committed before an erasure can reach `adopt` after it, and must not bring the erased records back
   * onto a stack. Ids only, never words.
   */
  const erasedRecords = new Set<string>();
  const withdrawnParticipants = new Set<string>();
  const touchesErased = (edit: FieldEdit) =>
    erasedRecords.has(rowKey(edit.table, edit.id)) ||
    (edit.table === 'participants' && withdrawnParticipants.has(edit.id));

  /** An erasure committed (here or elsewhere): no edit of what it erased may stay on either stack. */
  function forgetErased(set: ErasedSet): void {
    set.records.forEach((key) => erasedRecords.add(key));
    set.participants.forEach((id) => withdrawnParticipants.add(id));
    let changed = false;
    for (const stack of [undoStack, redoStack]) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const entry = stack[i]!;
        const edits = entry.edits.filter((edit) => !touchesErased(edit));
        if (edits.length === entry.edits.length) continue;
        changed = true;
        if (edits.length) stack[i] = { ...entry, edits };
        else stack.splice(i, 1);
      }
    }
    if (changed) notify();
  }
  subscribeErased(db, forgetErased);

  async function run<T>(
    label: string,
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
      if (options.undoable !== false && edits.length && !erased.length) {
        undoStack.push({ label, edits });
        if (undoStack.length > MAX_HISTORY) undoStack.shift();
        redoStack.length = 0;
        notify();
      }
      if (options.onCommitted && clockCache) options.onCommitted({ label, edits, clock: clockCache });
      return result;
    } catch (error) {
      throw toDataError(error, describeSubject(label));
    }
  }

  /**
   * Replay a history entry as a new recorded command (last edit first) and return its inverse, which goes on the
   * other stack: what undo replaced is exactly what redo writes back.
   */
  async function replay(entry: HistoryEntry, verb: 'Undo' | 'Redo'): Promise<HistoryEntry> {
    const inverse: FieldEdit[] = [];
    await run(
      `${verb} ${entry.label}`,
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

  async function step(from: HistoryEntry[], to: HistoryEntry[], verb: 'Undo' | 'Redo'): Promise<string | null> {
    const entry = from.pop();
    if (!entry) return null;
    try {
      to.push(await replay(entry, verb));
    } catch (error) {
      from.push(entry);
      throw error;
    }
    notify();
    return entry.label;
  }

  const undo = () => step(undoStack, redoStack, 'Undo');
  const redo = () => step(redoStack, undoStack, 'Redo');

  return {
    db,
    run,
    undo,
    redo,
    history: () => ({ undo: undoStack.map((e) => e.label), redo: redoStack.map((e) => e.label) }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    deviceId,
    adopt(commit, { undoable = true } = {}) {
      if (!clockCache || isAhead(commit.clock, clockCache)) clockCache = commit.clock;
      const edits = commit.edits.filter((edit) => !touchesErased(edit));
      if (!undoable || !edits.length) return;
      undoStack.push({ label: commit.label, edits });
      if (undoStack.length > MAX_HISTORY) undoStack.shift();
      redoStack.length = 0;
      notify();
    },
  };
}

function describeSubject(label: string): string {
  const lower = label.toLowerCase();
  for (const noun of ['note', 'question', 'session', 'participant', 'theme', 'project', 'group', 'finding', 'kind']) {
    if (lower.includes(noun)) return noun;
  }
  return 'change';
}
