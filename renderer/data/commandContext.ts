/**
 * The context one command runs in, inside its transaction: the reads it may make and the five writes it may
 * ask for. Each write validates the record, writes it, stamps one change record, moves the clock and remembers
 * the fields it changed (for undo), all issued at once without awaiting the stored clock (architecture:
 * Layers; commandRunner.ts owns the transaction, the retry and the undo stacks). The change records are kept
 * and stored together, one history batch per command (`flush`), because the history's cost is per stored row.
 */
import type { z } from 'zod';
import { diffFields } from '../../shared/changes/change';
import { stampChange } from '../../shared/changes/stamp';
import type { ClockState } from '../../shared/clock/hlc';
import { newId } from '../../shared/domain/ids';
import {
  recordSchemas,
  type Erasure,
  type ErasureReason,
  type RecordTypes,
  type TableName,
} from '../../shared/domain/schemas';
import { isErasedRow, WITHDRAWN_PARTICIPANT_FIELDS } from '../../shared/sync/erasure';
import { sameValue } from '../../shared/sync/merge';
import type { ChangeRecord } from '../../shared/changes/change';
import type { FieldnotesDb } from './db';
import { applyErasure } from './erasure/apply';
import type { ErasedSet } from './erasure/events';
import { addChanges } from './history/write';
import { duplicateError, goneError, type DataError } from './errors';
import type { ReadOnlyDb } from './readView';

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
  /** Reads only: every write goes through the methods above, so it is stamped, synced and undoable. */
  readonly db: ReadOnlyDb;
}

export interface InternalContext extends CommandContext {
  /** Replay one edit (see FieldEdit); returns the edit that undoes the replay, or null when nothing was written. */
  replay(edit: FieldEdit): Promise<FieldEdit | null>;
}

/** An open context and what its writes left behind, for the runner to finish the transaction with. */
export interface OpenContext {
  ctx: InternalContext;
  edits: FieldEdit[];
  erased: ErasedSet[];
  /** The history and clock writes issued alongside the records: awaited before the transaction ends. */
  bookkeeping: Promise<unknown>[];
  /** Store the change records stamped since the last flush as one history batch; call before awaiting bookkeeping. */
  flush(): Promise<unknown> | undefined;
  /** The clock after the last write. */
  clock(): ClockState;
}

const singular = (table: TableName) => table.replace(/s$/, '');

function gone(table: TableName, what = singular(table)): DataError {
  return goneError(what);
}

/** Call inside a rw transaction over meta, changeBatches and the command's tables. */
export function openContext(db: FieldnotesDb, device: string, startClock: ClockState, wallTime: number): OpenContext {
  let clockState = startClock;
  const now = new Date(wallTime).toISOString();
  const edits: FieldEdit[] = [];
  const erased: ErasedSet[] = [];
  const bookkeeping: Promise<unknown>[] = [];
  /** Stamped, not yet stored: all of a command's changes go into one batch. */
  let unstored: ChangeRecord[] = [];
  const flush = (): Promise<unknown> | undefined => {
    if (!unstored.length) return undefined;
    const stored = addChanges(db, unstored, 0);
    bookkeeping.push(stored);
    unstored = [];
    return stored;
  };
  const read = (table: TableName, id: string) =>
    db.table(table).get(id) as Promise<Record<string, unknown> | undefined>;

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
    unstored.push(stampedChange.change);
    bookkeeping.push(db.meta.put({ key: CLOCK_KEY, value: clockState }));
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
          throw duplicateError(singular(table), error);
        }
        throw error;
      },
    );
  };

  const ctx: InternalContext = {
    now,
    deviceId: device,
    db,
    get: async (table, id) => (await read(table, id)) as never,
    require: async (table, id, what) => {
      const record = await read(table, id);
      if (!record || record.deleted) throw gone(table, what);
      return record as never;
    },
    // `add` fails on an existing id, so no read is needed first.
    insert: async (table, record) =>
      (await write(table, record.id, { ...record, createdAt: now, updatedAt: now }, undefined, 'add')) as never,
    update: async (table, id, patch) => {
      const before = await read(table, id);
      if (!before || before.deleted) throw gone(table);
      const { id: _ignoredId, createdAt: _ignoredCreated, ...rest } = patch as Record<string, unknown>;
      return (await write(table, id, { ...before, ...rest }, before)) as never;
    },
    replay: async (edit) => {
      // Undo and redo may bring a tombstoned record back; `update` refuses tombstones on purpose.
      // Never an erasure, an erased record or a withdrawn participant's details: those stay gone.
      if (edit.table === 'erasures') return null;
      const current = await read(edit.table, edit.id);
      if (!current || isErasedRow(current)) return null;
      const pinned = edit.table === 'participants' && current.consent === 'withdrawn';
      const fields = Object.keys(edit.before).filter(
        (key) => sameValue(current[key], edit.after[key]) && !(pinned && key in WITHDRAWN_PARTICIPANT_FIELDS),
      );
      if (!fields.length) return null;
      const pick = (values: Record<string, unknown>) => Object.fromEntries(fields.map((key) => [key, values[key]]));
      await write(edit.table, edit.id, { ...current, ...pick(edit.before) }, current);
      return { table: edit.table, id: edit.id, before: pick(current), after: pick(edit.before) };
    },
    remove: async (table, id) => {
      const before = await read(table, id);
      if (!before || before.deleted) return;
      await write(table, id, { ...before, deleted: true }, before);
    },
    revive: async (table, id) => {
      const before = await read(table, id);
      if (!before || isErasedRow(before)) throw gone(table);
      if (before.deleted) await write(table, id, { ...before, deleted: false }, before);
    },
    erase: async (input) => {
      const id = newId(wallTime);
      const record = {
        id,
        projectId: input.projectId,
        reason: input.reason,
        records: input.records,
        participantId: input.participantId ?? null,
        deviceId: device,
        createdAt: now,
        updatedAt: now,
      };
      const erasure = (await write('erasures', id, record, undefined, 'add')) as unknown as Erasure;
      // Stored before the erasure reads and rewrites history, so a change this command made to an erased record
      // is emptied with the rest rather than stored after it with its words.
      await flush();
      erased.push(await applyErasure(db, erasure));
      return erasure;
    },
  };
  return { ctx, edits, erased, bookkeeping, flush, clock: () => clockState };
}
