/**
 * Applying an erasure to this device's store, inside the caller's rw transaction (the command that erases, or
 * the sync batch that brought the erasure), so the words leave every table at once or not at all:
 * - each erased record becomes an erased tombstone (erasure.ts `erasedRow`): no content, marked erased; an
 *   erased note's codings and memos are erased with it;
 * - every stored change of it is emptied in place (its history batch is written again whole, history/erase.ts) —
 *   same clock, so a copy that arrives again is recognised as already here and dropped, no fields, and marked
 *   published (there is nothing left to send);
 * - a withdrawn participant keeps its code, marked withdrawn; its personal details leave the row and its history;
 * - notes made from an erased photo lose their link to it, in the row and its history;
 * - the conflict log and the pending-record list forget the records;
 * - the project's sync state learns that its read index is out of date and that this device's own files must be
 *   checked (syncProject.ts re-reads every file and rewrites its own before the next sync completes).
 * What lives in memory (undo and redo stacks, caches, workers) is told after the commit (events.ts).
 *
 * Every function here returns one chain of Dexie promises (no async functions): native awaits nested inside a
 * transaction can make Dexie lose track of it.
 */
import Dexie from 'dexie';
import type { Erasure, TableName } from '../../../shared/domain/schemas';
import { erasedRow, isErasedRow, WITHDRAWN_PARTICIPANT_FIELDS } from '../../../shared/sync/erasure';
import { rowKey, type Overwrite } from '../../../shared/sync/merge';
import type { FieldnotesDb } from '../db';
import { emptied, reviseProject, reviseRecords } from '../history/erase';
import { changesOfProject, type HistoryReader } from '../history/read';
import { emptySyncState, OVERWRITES_KEY, PENDING_KEY, syncStateKey, type ProjectSyncState } from '../sync/syncMeta';
import { HELD_KEY, withoutErased, type HeldStore } from '../sync/held';
import type { ErasedSet } from './events';

/** Notes that any stored change attributes to the participant: their current ones, and any that ever were. */
export function notesNamingParticipant(db: HistoryReader, projectId: string, participantId: string): Promise<string[]> {
  return changesOfProject(db, projectId).then((changes) => [
    ...new Set(
      changes
        .filter((change) => change.table === 'notes' && change.fields.participantId === participantId)
        .map((change) => change.rowId),
    ),
  ]);
}

function tombstone(db: FieldnotesDb, projectId: string, table: TableName, id: string, at: string): Promise<unknown> {
  return db
    .recordTable(table)
    .get(id)
    .then((current) =>
      // The earliest erasure of a record decides its tombstone, so every device ends with the same one.
      !isErasedRow(current) || String(current!.updatedAt) > at
        ? db.recordTable(table).put(erasedRow(table, id, projectId, at) as never)
        : null,
    );
}

/**
 * Tombstone the records and empty their history. Returns their row keys. The history of all of them is
 * rewritten in one pass: two passes at once could each rewrite the same batch and the later would put back
 * what the earlier erased.
 */
export function eraseRecords(
  db: FieldnotesDb,
  projectId: string,
  targets: readonly { table: TableName; id: string }[],
  at: string,
): Promise<string[]> {
  return Dexie.Promise.all([
    ...targets.map(({ table, id }) => tombstone(db, projectId, table, id, at)),
    reviseRecords(db, targets, emptied),
  ]).then(() => targets.map(({ table, id }) => rowKey(table, id)));
}

/** The participant keeps its code, withdrawn; its personal details leave the row and every stored change. */
function withdrawParticipant(db: FieldnotesDb, participantId: string): Promise<unknown> {
  const personal = Object.keys(WITHDRAWN_PARTICIPANT_FIELDS);
  return db.participants
    .get(participantId)
    .then((row) => row && db.participants.put({ ...row, ...(WITHDRAWN_PARTICIPANT_FIELDS as object) }))
    .then(() =>
      reviseRecords(db, [{ table: 'participants', id: participantId }], (change) => {
        if (!personal.some((field) => field in change.fields)) return undefined;
        const fields = { ...change.fields };
        for (const field of personal) delete fields[field];
        return { change: { ...change, fields }, publish: false };
      }),
    );
}

/**
 * The conflict log, the pending list and the held changes forget erased records (and a withdrawn participant's
 * details).
 */
export function forgetInMeta(
  db: FieldnotesDb,
  records: ReadonlySet<string>,
  participants: ReadonlySet<string>,
): Promise<unknown> {
  return Dexie.Promise.all([db.meta.get(OVERWRITES_KEY), db.meta.get(PENDING_KEY), db.meta.get(HELD_KEY)]).then(
    ([logEntry, pendingEntry, heldEntry]) => {
      const log = (logEntry?.value as (Overwrite & { at: string })[] | undefined) ?? [];
      const kept = log.filter(
        (entry) =>
          !records.has(rowKey(entry.table, entry.rowId)) &&
          !(
            entry.table === 'participants' &&
            participants.has(entry.rowId) &&
            entry.field in WITHDRAWN_PARTICIPANT_FIELDS
          ),
      );
      const pending = (pendingEntry?.value as string[] | undefined) ?? [];
      const stillPending = pending.filter((key) => !records.has(key));
      const held = heldEntry?.value as HeldStore | undefined;
      return db.meta.bulkPut([
        { key: OVERWRITES_KEY, value: kept },
        { key: PENDING_KEY, value: stillPending },
        ...(held ? [{ key: HELD_KEY, value: withoutErased(held, records, participants) }] : []),
      ]);
    },
  );
}

/** The read index no longer says which files hold erased values, and our own files must be checked. */
export function markForReverify(db: FieldnotesDb, projectId: string): Promise<unknown> {
  return db.meta.get(syncStateKey(projectId)).then((entry) => {
    const state = { ...emptySyncState(projectId), ...(entry?.value as Partial<ProjectSyncState> | undefined) };
    return db.meta.put({ key: syncStateKey(projectId), value: { ...state, erasureEpoch: state.erasureEpoch + 1 } });
  });
}

/**
 * Everything this device must do for one erasure, in the caller's transaction. One chain of Dexie promises,
 * not an async function: nested native awaits inside a transaction can make Dexie lose it.
 */
export function applyErasure(db: FieldnotesDb, erasure: Erasure): Promise<ErasedSet> {
  const participants = erasure.participantId ? [erasure.participantId] : [];
  const named = erasure.participantId
    ? notesNamingParticipant(db, erasure.projectId, erasure.participantId)
    : Dexie.Promise.resolve<string[]>([]);
  return named.then((noteIds) => {
    const targets = new Map<string, { table: TableName; id: string }>();
    for (const record of erasure.records) targets.set(rowKey(record.table, record.id), record);
    for (const id of noteIds) targets.set(rowKey('notes', id), { table: 'notes', id });
    const erasedNotes = [...targets.values()];
    return Dexie.Promise.all([codingsOfNotes(db, erasedNotes), memosOfNotes(db, erasedNotes)])
      .then(([codingIds, memoIds]) => {
        for (const id of codingIds) targets.set(rowKey('codings', id), { table: 'codings', id });
        for (const id of memoIds) targets.set(rowKey('memos', id), { table: 'memos', id });
      })
      .then(() =>
        eraseRecords(db, erasure.projectId, [...targets.values()], erasure.createdAt).then((records) =>
          // The history rewrites run one after another (each rewrites whole batches, see eraseRecords).
          participants
            .reduce<Promise<unknown>>(
              (previous, id) => previous.then(() => withdrawParticipant(db, id)),
              Dexie.Promise.resolve(),
            )
            .then(() => unlinkErasedPhotos(db, erasure))
            .then(() =>
              Dexie.Promise.all([
                forgetInMeta(db, new Set(records), new Set(participants)),
                markForReverify(db, erasure.projectId),
              ]),
            )
            .then(() => ({ projectId: erasure.projectId, records, participants })),
        ),
      );
  });
}

/**
 * Notes made from an erased photo keep their words and lose the link, in the record and in every stored change
 * (emptied to `null` in place, as `screenChange` empties an arriving copy, so the two stay the same change). This
 * runs wherever the erasure is applied, so a device it reaches by sync or bundle unlinks the notes it made from
 * the photo too, not only those the erasing device knew.
 */
function unlinkErasedPhotos(db: FieldnotesDb, erasure: Erasure): Promise<unknown> {
  const photoIds = new Set(erasure.records.filter((r) => r.table === 'photos').map((r) => r.id));
  if (!photoIds.size) return Dexie.Promise.resolve();
  const linked = (region: unknown) =>
    !!region && typeof region === 'object' && photoIds.has(String((region as { photoId?: unknown }).photoId));
  return db.notes
    .where('projectId')
    .equals(erasure.projectId)
    .filter((note) => linked(note.photoRegion))
    .modify((note) => {
      note.photoRegion = null;
    })
    .then(() =>
      reviseProject(db, erasure.projectId, (change) =>
        change.table === 'notes' && linked(change.fields.photoRegion)
          ? { change: { ...change, fields: { ...change.fields, photoRegion: null } }, publish: false }
          : undefined,
      ),
    );
}

/** The codings of the erased notes among `targets`: an erased note's codings are erased with it. */
function codingsOfNotes(db: FieldnotesDb, targets: readonly { table: TableName; id: string }[]): Promise<string[]> {
  const noteIds = targets.filter((target) => target.table === 'notes').map((target) => target.id);
  if (!noteIds.length) return Dexie.Promise.resolve([]);
  return db.codings
    .where('noteId')
    .anyOf(noteIds)
    .primaryKeys()
    .then((ids) => ids.map(String));
}

/** The memos on the erased notes among `targets`: a memo on a note may quote its speaker, so it goes with it. */
function memosOfNotes(db: FieldnotesDb, targets: readonly { table: TableName; id: string }[]): Promise<string[]> {
  const noteIds = targets.filter((target) => target.table === 'notes').map((target) => target.id);
  if (!noteIds.length) return Dexie.Promise.resolve([]);
  return db.memos
    .where('targetId')
    .anyOf(noteIds)
    .filter((memo) => memo.target === 'note')
    .primaryKeys()
    .then((ids) => ids.map(String));
}
