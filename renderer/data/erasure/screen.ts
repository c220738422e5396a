/**
 * Screening changes that arrive from elsewhere (sync folder, bundle) against the erasures — the ones already
 * here and the ones arriving with them. Reads only, so the bundle preview can use it too; applyChanges.ts then
 * applies the new erasures and erases on arrival in the same transaction as the rest of the batch.
 *
 * An erased record stays erased for ever: a change for it (from an old segment, an old bundle, a device that
 * was offline) is left out and counted, never stored. A note that a change attributes to a withdrawn participant
 * is erased on arrival, so its words are never stored either. A note's link to an erased photo is dropped from
 * the change, the note kept.
 */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import type { Erasure, TableName } from '../../../shared/domain/schemas';
import { erasureOfChange, isErasedRow, memoNoteId, screenChange } from '../../../shared/sync/erasure';
import { rowKey } from '../../../shared/sync/merge';
import type { FieldnotesDb } from '../db';
import { storedRows } from './storedRows';

export interface ScreenedBatch {
  /** Erasures new to this device, each with the change that carries it. */
  erasures: { change: ChangeRecord; erasure: Erasure }[];
  /** The changes that may be merged (a withdrawn participant's details already taken out). */
  kept: ChangeRecord[];
  /** Changes left out because they hold erased values. */
  erasedValues: number;
  /** Notes attributed to a withdrawn participant that are not erased here yet: erased on arrival. */
  eraseOnArrival: { projectId: string; id: string; at: string }[];
  /** Withdrawn participants (known and arriving), each with the erasure that withdrew them. */
  withdrawn: Map<string, Erasure>;
  /** The stored records the batch's changes are for, as read (so merging need not read them again). */
  rows: ReadonlyMap<string, unknown>;
}

/** The note a coding codes or a memo is about, when the change names one: erased with that note. */
function noteOfDependent(change: ChangeRecord): string | null {
  if (change.table === 'codings') return typeof change.fields.noteId === 'string' ? change.fields.noteId : null;
  return memoNoteId(change);
}

/**
 * The stored records of a batch's changes, and of the notes its codings and memos name. Records in `presumedAbsent`
 * are not read (taken as not stored: the caller proves it when writing, see sync/absentRecords.ts); a named note
 * is always read, since nothing written would prove it.
 * Not an async function: each native await layer inside a transaction is a chance for Dexie to lose it.
 */
function rowsOf(
  db: FieldnotesDb,
  changes: readonly ChangeRecord[],
  presumedAbsent: ReadonlySet<string>,
): Promise<Map<string, unknown>> {
  const rows = new Map<string, unknown>();
  const idsByTable = new Map<TableName, Set<string>>();
  const want = (table: TableName, id: string) => {
    const ids = idsByTable.get(table) ?? new Set<string>();
    ids.add(id);
    idsByTable.set(table, ids);
  };
  for (const change of changes) {
    const key = rowKey(change.table, change.rowId);
    if (presumedAbsent.has(key)) rows.set(key, undefined);
    else want(change.table, change.rowId);
  }
  // A coding or a memo names its note: the note is read too, so one of an erased note is recognised.
  for (const change of changes) {
    const noteId = noteOfDependent(change);
    if (noteId) want('notes', noteId);
  }
  return Dexie.Promise.all(
    [...idsByTable].map(([table, ids]) => {
      const list = [...ids];
      return storedRows(db.recordTable(table), list).then((found) =>
        list.forEach((id, index) => rows.set(rowKey(table, id), found[index])),
      );
    }),
  ).then(() => rows);
}

/** Not an async function either, for the same reason: one Dexie promise chain. */
export function screenIncoming(
  db: FieldnotesDb,
  batch: readonly ChangeRecord[],
  presumedAbsent: ReadonlySet<string> = new Set(),
): Promise<ScreenedBatch> {
  const projectIds = [...new Set(batch.map((change) => change.projectId))];
  const others = batch.filter((change) => change.table !== 'erasures');
  return db.erasures
    .where('projectId')
    .anyOf(projectIds)
    .toArray()
    .then((known) => rowsOf(db, others, presumedAbsent).then((rows) => screen(batch, others, known, rows)));
}

function screen(
  batch: readonly ChangeRecord[],
  others: readonly ChangeRecord[],
  known: readonly Erasure[],
  rows: ReadonlyMap<string, unknown>,
): ScreenedBatch {
  const knownIds = new Set(known.map((erasure) => erasure.id));
  const erasures: ScreenedBatch['erasures'] = [];
  const arrivingRecords = new Set<string>();
  for (const change of batch) {
    const erasure = erasureOfChange(change);
    if (!erasure || knownIds.has(erasure.id)) continue;
    knownIds.add(erasure.id);
    erasures.push({ change, erasure });
    for (const record of erasure.records) arrivingRecords.add(rowKey(record.table, record.id));
  }
  const withdrawn = new Map<string, Erasure>();
  for (const erasure of [...known, ...erasures.map((e) => e.erasure)]) {
    const earlier = erasure.participantId ? withdrawn.get(erasure.participantId) : undefined;
    if (erasure.participantId && (!earlier || erasure.createdAt < earlier.createdAt))
      withdrawn.set(erasure.participantId, erasure);
  }
  // Erased photos are named so that a note's link to one is dropped (the note itself is kept).
  const erasedPhotos = [...known, ...erasures.map((e) => e.erasure)].flatMap((erasure) =>
    erasure.records.filter((record) => record.table === 'photos').map((record) => rowKey('photos', record.id)),
  );
  const participantFilter = { records: new Set(erasedPhotos), participants: new Set(withdrawn.keys()) };
  const arriving = new Map<string, { projectId: string; id: string; at: string }>();
  let erasedValues = 0;
  const candidates: ChangeRecord[] = [];
  for (const change of others) {
    const key = rowKey(change.table, change.rowId);
    // A change with no fields is what an erasure left of one (a device relaying its emptied history).
    if (arrivingRecords.has(key) || isErasedRow(rows.get(key)) || !Object.keys(change.fields).length) {
      erasedValues++;
      continue;
    }
    // A coder's coding of an erased note, or a memo on it (erased here, or by an erasure arriving now), is erased
    // with it.
    const ofNote = noteOfDependent(change);
    if (ofNote && (arrivingRecords.has(rowKey('notes', ofNote)) || isErasedRow(rows.get(rowKey('notes', ofNote))))) {
      erasedValues++;
      continue;
    }
    const speaker = change.table === 'notes' ? change.fields.participantId : undefined;
    if (typeof speaker === 'string' && withdrawn.has(speaker)) {
      arriving.set(change.rowId, {
        projectId: change.projectId,
        id: change.rowId,
        at: withdrawn.get(speaker)!.createdAt,
      });
      erasedValues++;
      continue;
    }
    const screened = screenChange(change, participantFilter);
    if (screened !== change) erasedValues++;
    if (screened) candidates.push(screened);
  }
  // A note erased on arrival loses its other changes in the batch too (an edit that did not name the speaker).
  const kept = candidates.filter((change) => change.table !== 'notes' || !arriving.has(change.rowId));
  erasedValues += candidates.length - kept.length;
  return { erasures, kept, erasedValues, eraseOnArrival: [...arriving.values()], withdrawn, rows };
}
