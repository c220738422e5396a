/**
 * The rules of erasure, pure, so the app, the folder code and the command line apply the same ones.
 *
 * An erasure record (shared/domain/schemas.ts) names records whose content is gone for ever, and — for a
 * withdrawn consent — a participant. From the erasures known, an `ErasureFilter` says which values may never be
 * stored, written or exported again:
 * - every change of an erased record (its creation, its edits, its deletion: the erasure stands for all of them);
 * - every note that any change attributes to a withdrawn participant, including notes another device added
 *   after the withdrawal (this is decided on the set of changes, so every device reaches the same answer);
 * - every coding (one coder's theme for a note) of an erased note, and every memo on an erased note (a memo may
 *   quote the speaker);
 * - a withdrawn participant's personal fields (attributes) and any change to their consent: the participant
 *   keeps only its code, withdrawn for ever, so codes are never reused and the list still says what happened.
 * - the link of a note to an erased photo (`photoRegion`): the note keeps its words and loses the link, on every
 *   device and in every file, notes another device made from the photo before it heard of the erasure included.
 * The erasure records themselves are kept: they hold ids and a reason, never text, and they are what tells the
 * next device to erase.
 */
import { z } from 'zod';
import type { ChangeRecord } from '../changes/change';
import { erasureSchema, idSchema, NO_FLAGS, TABLE_NAMES, type Erasure, type TableName } from '../domain/schemas';
import { rowKey, type Row } from './merge';

export interface ErasureFilter {
  /** Erased records, as `rowKey(table, id)`. */
  records: Set<string>;
  /** Participants who withdrew consent. */
  participants: Set<string>;
}

/** The participant fields a withdrawal removes (personal details) or fixes (consent), and what they become. */
export const WITHDRAWN_PARTICIPANT_FIELDS: Readonly<Record<string, unknown>> = { attributes: {}, consent: 'withdrawn' };

/** A stored record that was erased carries this marker (local bookkeeping: it is never part of a change). */
export const ERASED_MARKER = 'erased';

export function emptyErasureFilter(): ErasureFilter {
  return { records: new Set(), participants: new Set() };
}

export function isEmptyFilter(filter: ErasureFilter): boolean {
  return filter.records.size === 0 && filter.participants.size === 0;
}

/** The form that crosses IPC or goes into a request: plain arrays. */
export const erasureFilterSchema = z.object({
  records: z.array(z.object({ table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]), id: idSchema })).max(500_000),
  participants: z.array(idSchema).max(100_000),
});
export type SerializedErasureFilter = z.infer<typeof erasureFilterSchema>;

export function serializeFilter(filter: ErasureFilter): SerializedErasureFilter {
  return {
    records: [...filter.records].map((key) => {
      const [table, id] = key.split('\u0000') as [TableName, string];
      return { table, id };
    }),
    participants: [...filter.participants],
  };
}

export function deserializeFilter(serialized: SerializedErasureFilter | undefined): ErasureFilter {
  const filter = emptyErasureFilter();
  for (const { table, id } of serialized?.records ?? []) filter.records.add(rowKey(table, id));
  for (const id of serialized?.participants ?? []) filter.participants.add(id);
  return filter;
}

export function addErasure(filter: ErasureFilter, erasure: Pick<Erasure, 'records' | 'participantId'>): void {
  for (const { table, id } of erasure.records) filter.records.add(rowKey(table, id));
  if (erasure.participantId) filter.participants.add(erasure.participantId);
}

/** The erasure a change creates, or null when it is not a whole, valid erasure record. */
export function erasureOfChange(change: ChangeRecord): Erasure | null {
  if (change.table !== 'erasures') return null;
  const parsed = erasureSchema.safeParse(change.fields);
  return parsed.success && parsed.data.id === change.rowId && parsed.data.projectId === change.projectId
    ? parsed.data
    : null;
}

/** Whether a change gives a note to a withdrawn participant. */
export function namesWithdrawnParticipant(change: ChangeRecord, filter: ErasureFilter): boolean {
  const participantId = change.fields.participantId;
  return change.table === 'notes' && typeof participantId === 'string' && filter.participants.has(participantId);
}

/**
 * The filter a set of changes implies, on top of `base` (what is already known): the erasures among them, then
 * every note any of them attributes to a withdrawn participant.
 */
export function erasureFilterOf(changes: Iterable<ChangeRecord>, base?: ErasureFilter): ErasureFilter {
  const filter: ErasureFilter = {
    records: new Set(base?.records ?? []),
    participants: new Set(base?.participants ?? []),
  };
  const list = [...changes];
  for (const change of list) {
    const erasure = erasureOfChange(change);
    if (erasure) addErasure(filter, erasure);
  }
  if (filter.participants.size) {
    for (const change of list) {
      if (namesWithdrawnParticipant(change, filter)) filter.records.add(rowKey('notes', change.rowId));
    }
  }
  for (const change of list) {
    if (codesErasedNote(change, filter)) filter.records.add(rowKey('codings', change.rowId));
    if (memoOfErasedNote(change, filter)) filter.records.add(rowKey('memos', change.rowId));
  }
  return filter;
}

/** Whether a change is a memo on an erased note: the memo is erased with the note (it may quote the speaker). */
export function memoOfErasedNote(change: ChangeRecord, filter: ErasureFilter): boolean {
  const noteId = memoNoteId(change);
  return noteId !== null && filter.records.has(rowKey('notes', noteId));
}

/** The note a memo change is about, when the change names it (a memo's target never changes after creation). */
export function memoNoteId(change: ChangeRecord): string | null {
  const { target, targetId } = change.fields;
  return change.table === 'memos' && target === 'note' && typeof targetId === 'string' ? targetId : null;
}

/** Whether a change is a coder's coding of an erased note: an erased note's codings are erased with it. */
export function codesErasedNote(change: ChangeRecord, filter: ErasureFilter): boolean {
  const noteId = change.fields.noteId;
  return change.table === 'codings' && typeof noteId === 'string' && filter.records.has(rowKey('notes', noteId));
}

/** The photo a note change links the note to, when it names one. */
export function linkedPhotoId(change: ChangeRecord): string | null {
  const region = change.fields.photoRegion;
  if (change.table !== 'notes' || !region || typeof region !== 'object') return null;
  const photoId = (region as { photoId?: unknown }).photoId;
  return typeof photoId === 'string' ? photoId : null;
}

/** Whether a note change links its note to an erased photo: the link goes, the note stays. */
export function linksErasedPhoto(change: ChangeRecord, filter: ErasureFilter): boolean {
  const photoId = linkedPhotoId(change);
  return photoId !== null && filter.records.has(rowKey('photos', photoId));
}

const BOOKKEEPING = new Set(['updatedAt']);

/**
 * What may be kept of one change: the change itself (same object) when it holds nothing erased, a copy without
 * a withdrawn participant's personal fields or without a link to an erased photo, or null when nothing of it
 * may be kept. The link becomes `null`, exactly as `applyErasure` empties it in a stored change, so the copy a
 * device stored and the copy arriving again from an old file are the same change.
 */
export function screenChange(change: ChangeRecord, filter: ErasureFilter): ChangeRecord | null {
  if (change.table === 'erasures') return change;
  if (filter.records.has(rowKey(change.table, change.rowId))) return null;
  if (namesWithdrawnParticipant(change, filter)) return null;
  if (linksErasedPhoto(change, filter)) return { ...change, fields: { ...change.fields, photoRegion: null } };
  if (change.table === 'participants' && filter.participants.has(change.rowId)) {
    const strip = Object.keys(change.fields).filter((field) => field in WITHDRAWN_PARTICIPANT_FIELDS);
    if (!strip.length) return change;
    const fields = Object.fromEntries(Object.entries(change.fields).filter(([field]) => !strip.includes(field)));
    return Object.keys(fields).some((field) => !BOOKKEEPING.has(field)) ? { ...change, fields } : null;
  }
  return change;
}

/** Whether a change holds a value that an erasure removed (so a file holding it must be rewritten). */
export function holdsErasedValue(change: ChangeRecord, filter: ErasureFilter): boolean {
  return screenChange(change, filter) !== change;
}

export interface FilteredChanges {
  kept: ChangeRecord[];
  /** Changes that held erased values (dropped, or stripped of a withdrawn participant's fields). */
  erased: number;
  filter: ErasureFilter;
}

/** Apply every erasure found among `changes` (and in `base`) to them. */
export function filterErased(changes: Iterable<ChangeRecord>, base?: ErasureFilter): FilteredChanges {
  const list = [...changes];
  const filter = erasureFilterOf(list, base);
  if (isEmptyFilter(filter)) return { kept: list, erased: 0, filter };
  const kept: ChangeRecord[] = [];
  let erased = 0;
  for (const change of list) {
    const screened = screenChange(change, filter);
    if (screened !== change) erased++;
    if (screened) kept.push(screened);
  }
  return { kept, erased, filter };
}

/** A merged record as an erasure leaves it: a withdrawn participant keeps its code, marked withdrawn. */
export function pinWithdrawn(table: TableName, row: Row, filter: ErasureFilter): Row {
  if (table !== 'participants' || !filter.participants.has(row.id)) return row;
  return { ...row, ...WITHDRAWN_PARTICIPANT_FIELDS };
}

/**
 * What an erased record is stored as: a tombstone that says only that it existed and was erased. The same on
 * every device (it depends on the erasure, not on what the device knew of the record), so replicas agree.
 */
export function erasedRow(table: TableName, id: string, projectId: string, at: string): Row {
  const base: Row = { id, projectId, createdAt: at, updatedAt: at, deleted: true, [ERASED_MARKER]: true };
  if (table !== 'notes') return base;
  return {
    ...base,
    sessionId: '',
    questionId: null,
    participantId: null,
    kind: null,
    text: '',
    flags: { ...NO_FLAGS },
    themeId: null,
    linkedThemeIds: [],
    x: 0,
    y: 0,
    color: null,
    votes: 0,
  };
}

export function isErasedRow(row: unknown): boolean {
  return typeof row === 'object' && row !== null && (row as Record<string, unknown>)[ERASED_MARKER] === true;
}
