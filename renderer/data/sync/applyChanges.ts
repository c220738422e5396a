/**
 * Applying changes that came from elsewhere (the sync folder or a bundle) to this device's store.
 *
 * Contract:
 * - One rw transaction per batch (records, the change history, meta): a crash leaves whole batches.
 * - Per-field last-writer-wins by HLC (shared/sync/merge.ts); order-free and idempotent: a change already in
 *   the history (same HLC) is skipped, so duplicates, re-imports and re-reads change nothing.
 * - Every new change is stored, winning or not, so history is complete: a batch's new changes are stored as one
 *   history batch per project (../history). Where it came from decides `published`:
 *   from the sync folder → 1 (everyone there already has it, never write it back); from a bundle → 0 (this
 *   device relays it to its folder, the only way it reaches devices that did not get the bundle).
 * - Records known only through partial changes are pending (see merge.ts); their keys live in meta.
 * - Our clock receives the newest HLC seen, clamped if far ahead; such devices are reported.
 * - Before anything is written, the mass-deletion guard: if the changes would remove more than half of a
 *   project's records, nothing is applied and the caller is asked (status 'needs-confirmation').
 * - Erasures come first and win for ever (erasure/screen.ts): a new erasure is applied in the transaction of its
 *   batch, and a change holding an erased value is counted and left out, never stored. An erasure is deliberate
 *   and typed out by a person, so the mass-deletion guard does not hold it back.
 */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import { createClock, receive, type ClockState } from '../../../shared/clock/hlc';
import { newDeviceId } from '../../../shared/domain/ids';
import type { TableName } from '../../../shared/domain/schemas';
import { rejectUnchecked } from '../../../shared/sync/checkOnce';
import { findClocksAhead, maxHlc } from '../../../shared/sync/clockCheck';
import { isMassDeletion, type ProjectDeletions } from '../../../shared/sync/guard';
import { groupByRow, rowKey, type Overwrite, type Row } from '../../../shared/sync/merge';
import { pinWithdrawn } from '../../../shared/sync/erasure';
import { CLOCK_KEY, DEVICE_KEY } from '../commandRunner';
import { RECORD_TABLES, type FieldnotesDb } from '../db';
import { applyErasure, eraseRecords, forgetInMeta, markForReverify } from '../erasure/apply';
import { notifyErased, type ErasedSet } from '../erasure/events';
import { screenIncoming } from '../erasure/screen';
import { changesByStamps } from '../history/read';
import { addChanges } from '../history/write';
import { absentRecords } from './absentRecords';
import { holdIncoming } from './held';
import { planBatch } from './planBatch';
import { newRecordTest, settleStampConflicts } from './stampConflicts';
import { countRefused, emptyReport, tally, type ApplyReport } from './applyReport';
import { MAX_OVERWRITES, OVERWRITES_KEY, PENDING_KEY } from './syncMeta';
import type { ErrorWords } from '../../../shared/i18n/words';

export interface ApplyOptions {
  published: 0 | 1;
  now?: () => number;
  /** Projects whose mass deletion a person confirmed; `true` for all (used after the question was answered). */
  allowMassDeletion?: boolean | readonly string[];
  /** Changes per transaction: the architecture's Persistence section measured 1–5k per transaction as the sweet spot. */
  batchSize?: number;
  /**
   * Stamps of changes read from their own device's folder, the only proof of who wrote a change. Such a change
   * displaces a stored one that reuses its stamp with other content (a forgery that arrived first).
   */
  authentic?: ReadonlySet<string>;
  /** Apply changes dated more than a day ahead too (a person accepted them); by default they are held. */
  acceptFuture?: boolean;
}

function syncTables(db: FieldnotesDb) {
  return [db.meta, db.changeBatches, ...RECORD_TABLES.map((name) => db.table(name))];
}

async function loadPending(db: FieldnotesDb): Promise<Set<string>> {
  return new Set(((await db.meta.get(PENDING_KEY))?.value as string[] | undefined) ?? []);
}

async function liveCount(db: FieldnotesDb, projectId: string): Promise<number> {
  let live = 1;
  for (const table of RECORD_TABLES) {
    if (table === 'projects' || table === 'erasures') continue;
    live += await db
      .recordTable(table)
      .where('projectId')
      .equals(projectId)
      .filter((row) => row.deleted !== true)
      .count();
  }
  return live;
}

/** The guard's arithmetic: per project, how many live records these changes would remove. */
export async function countDeletions(db: FieldnotesDb, changes: readonly ChangeRecord[]): Promise<ProjectDeletions[]> {
  const deleting = new Set(changes.filter((c) => c.fields.deleted === true).map((c) => rowKey(c.table, c.rowId)));
  if (!deleting.size) return [];
  const relevant = changes.filter((change) => deleting.has(rowKey(change.table, change.rowId)));
  return db.transaction('r', syncTables(db), async () => {
    const { plans } = await planBatch(db, relevant, await loadPending(db));
    const byProject = new Map<string, { removed: number; projectRemoved: boolean }>();
    for (const plan of plans) {
      if (!plan.before || plan.before.deleted === true || plan.after?.deleted !== true) continue;
      const entry = byProject.get(plan.projectId) ?? { removed: 0, projectRemoved: false };
      entry.removed++;
      if (plan.table === 'projects') entry.projectRemoved = true;
      byProject.set(plan.projectId, entry);
    }
    const out: ProjectDeletions[] = [];
    for (const [projectId, { removed, projectRemoved }] of byProject) {
      const live = await liveCount(db, projectId);
      const project = await db.projects.get(projectId);
      out.push({ projectId, projectName: project?.name ?? '', live, deleting: projectRemoved ? live : removed });
    }
    return out;
  });
}

function allowed(option: ApplyOptions['allowMassDeletion'], projectId: string): boolean {
  return option === true || (Array.isArray(option) && option.includes(projectId));
}

/** Split into batches of whole records, so one record's changes are planned together. */
function batches(changes: readonly ChangeRecord[], size: number): ChangeRecord[][] {
  const out: ChangeRecord[][] = [];
  let current: ChangeRecord[] = [];
  for (const group of groupByRow(changes).values()) {
    current.push(...group);
    if (current.length >= size) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

export async function applyRemoteChanges(
  db: FieldnotesDb,
  incoming: readonly ChangeRecord[],
  options: ApplyOptions,
): Promise<ApplyReport> {
  const now = options.now ?? Date.now;
  const report = emptyReport(incoming.length);
  const checked: ChangeRecord[] = [];
  const rejectedBy = new Map<string, { amount: number; first: ErrorWords }>();
  for (const change of incoming) {
    // A bundle's changes were checked when its preview opened it (checkOnce.ts).
    const reason = rejectUnchecked(change);
    if (!reason) checked.push(change);
    else {
      const seen = rejectedBy.get(change.deviceId);
      rejectedBy.set(change.deviceId, { amount: (seen?.amount ?? 0) + 1, first: seen?.first ?? reason });
    }
  }
  for (const [deviceId, { amount, first }] of rejectedBy) {
    report.rejected += amount;
    report.problems.push({ kind: 'invalid-changes', deviceId, amount, reason: first });
  }
  // Held before anything else looks at them: a change that waits neither counts for the guard nor moves our clock.
  let valid = checked;
  if (!options.acceptFuture) {
    const hold = await holdIncoming(db, checked, now(), options.published);
    valid = hold.accepted;
    report.held = hold.held;
    report.problems.push(...hold.problems);
  }
  report.massDeletions = (await countDeletions(db, valid)).filter(isMassDeletion);
  if (report.massDeletions.some((count) => !allowed(options.allowMassDeletion, count.projectId))) {
    // Erasures do not wait for the answer: they are applied now; everything else waits.
    const erasures = valid.filter((c) => c.table === 'erasures');
    if (erasures.length) {
      const done = await applyRemoteChanges(db, erasures, { ...options, allowMassDeletion: true });
      Object.assign(report, {
        stored: done.stored,
        erasures: done.erasures,
        erasedRecords: done.erasedRecords,
        erasedValues: done.erasedValues,
      });
    }
    return { ...report, status: 'needs-confirmation' };
  }
  report.problems.push(...findClocksAhead(valid, now()));
  // Erasures go in the first batch, so nothing they erase is ever stored by an earlier one.
  const ordered = [...valid.filter((c) => c.table === 'erasures'), ...valid.filter((c) => c.table !== 'erasures')];
  const erased: ErasedSet[] = [];
  const absent = await absentRecords(db, ordered);
  try {
    for (const batch of batches(ordered, options.batchSize ?? 2000)) {
      await applyInTransaction(db, batch, options, now(), report, erased, absent);
    }
  } finally {
    notifyErased(db, erased);
  }
  report.duplicates = report.received - report.rejected - report.stored - report.erasedValues - report.held;
  return report;
}

/**
 * A presumption of newness that failed when the batch's writes put it to the proof:
 * - a change presumed new (its record is neither stored nor pending, so its stamp was not looked up) whose stamp
 *   the history already holds: a stamp reused by another record's change, or history left behind without its
 *   record. Adding it fails on the history's unique stamp index;
 * - a record presumed absent since the merge began (absentRecords.ts) that another writer stored meanwhile:
 *   adding it fails on its key, or the read that stands in for a write finds it.
 * The batch's transaction is undone and the batch runs again reading everything, so the rare case gets exactly
 * the checks of the common one.
 */
class PresumedNewCollision extends Error {}

/** One batch in one transaction; run again with every stamp looked up if a presumption of newness failed. */
async function applyInTransaction(
  db: FieldnotesDb,
  batch: ChangeRecord[],
  options: ApplyOptions,
  now: number,
  report: ApplyReport,
  erased: ErasedSet[],
  absent: ReadonlySet<string>,
): Promise<void> {
  const reportBefore = structuredClone(report);
  const erasedBefore = erased.length;
  try {
    await db.transaction('rw', syncTables(db), () => applyBatch(db, batch, options, now, report, erased, absent));
  } catch (error) {
    if (!(error instanceof PresumedNewCollision)) throw error;
    // The transaction was undone: so is what it counted.
    Object.assign(report, reportBefore);
    erased.length = erasedBefore;
    await db.transaction('rw', syncTables(db), () => applyBatch(db, batch, options, now, report, erased, null));
  }
}

/** New erasures, then notes erased on arrival; what is left of the batch is merged as usual. */
async function applyErasures(
  db: FieldnotesDb,
  batch: ChangeRecord[],
  published: 0 | 1,
  report: ApplyReport,
  erased: ErasedSet[],
  presumedAbsent: ReadonlySet<string>,
): Promise<{
  kept: ChangeRecord[];
  withdrawn: Set<string>;
  stored: ChangeRecord[];
  /** The records as read before planning, while no erasure has changed them in this batch. */
  rows?: ReadonlyMap<string, unknown>;
}> {
  const screened = await screenIncoming(db, batch, presumedAbsent);
  report.erasedValues += screened.erasedValues;
  const stored: ChangeRecord[] = [];
  for (const { change, erasure } of screened.erasures) {
    const [known] = await changesByStamps(db, [change.hlc]);
    if (!known) {
      await addChanges(db, [change], published);
      stored.push(change);
      report.stored++;
    }
    await db.erasures.put(erasure);
    const set = await applyErasure(db, erasure);
    report.erasures++;
    report.erasedRecords += set.records.length;
    erased.push(set);
  }
  for (const { projectId, id, at } of screened.eraseOnArrival) {
    const records = await eraseRecords(db, projectId, [{ table: 'notes', id }], at);
    await forgetInMeta(db, new Set(records), new Set());
    await markForReverify(db, projectId);
    report.erasedRecords++;
    erased.push({ projectId, records, participants: [] });
  }
  const untouched = !screened.erasures.length && !screened.eraseOnArrival.length;
  return {
    kept: screened.kept,
    withdrawn: new Set(screened.withdrawn.keys()),
    stored,
    ...(untouched ? { rows: screened.rows } : {}),
  };
}

async function applyBatch(
  db: FieldnotesDb,
  incoming: ChangeRecord[],
  { published, authentic }: ApplyOptions,
  now: number,
  report: ApplyReport,
  erased: ErasedSet[],
  /** Records presumed not stored (absentRecords.ts); null to presume nothing and read everything. */
  presumedAbsent: ReadonlySet<string> | null,
) {
  const presumeNew = presumedAbsent !== null;
  const absent = presumedAbsent ?? new Set<string>();
  const screened = await applyErasures(db, incoming, published, report, erased, absent);
  const { withdrawn, stored: erasureChanges, rows } = screened;
  const pending = await loadPending(db);
  // With the records as read (none erased in this batch), stamps of records new here need no look-up.
  const isNewRecord = presumeNew && rows ? newRecordTest(rows, pending) : undefined;
  // No call at all when there is nothing to settle: an async call that touches no table can end the transaction.
  const settled = screened.kept.length
    ? await settleStampConflicts(db, screened.kept, authentic, { isNewRecord })
    : { kept: screened.kept, refold: new Set<string>(), refused: [], alreadyStored: new Set<string>() };
  countRefused(report, 'stamp-conflict', settled.refused);
  const batch = settled.kept;
  const planned = await planBatch(db, batch, pending, {
    rows: settled.refold.size ? undefined : screened.rows,
    refold: settled.refold,
    alreadyStored: settled.alreadyStored,
  });
  const { fresh, plans } = planned;
  countRefused(report, 'other-project', planned.otherProject);
  const pinned = { records: new Set<string>(), participants: withdrawn };
  if (!fresh.length) return receiveClock(db, erasureChanges, now, report);
  // The writes are all asked for before any is awaited: the requests of one transaction run in order, and a wait
  // between them would leave the database idle while the page plans the next. A failure undoes them all anyway.
  const writes: Promise<unknown>[] = [
    addChanges(db, fresh, published).catch((error: unknown) => {
      // Only a presumption can meet a stamp already stored here; without one, the error is a true failure.
      throw isNewRecord && error instanceof Dexie.BulkError ? new PresumedNewCollision() : error;
    }),
  ];
  report.stored += fresh.length;
  const puts = new Map<TableName, Row[]>();
  const adds = new Map<TableName, Row[]>();
  const unproved = new Map<TableName, string[]>();
  const overwrites: Overwrite[] = [];
  let pendingChanged = false;
  for (const plan of plans) {
    tally(report.tables, plan);
    overwrites.push(...plan.overwrites);
    const key = rowKey(plan.table, plan.rowId);
    const presumed = !plan.before && absent.has(key);
    if (plan.status === 'pending' && presumed) append(unproved, plan.table, plan.rowId);
    if (plan.status === 'pending') {
      if (!pending.has(key)) {
        pending.add(key);
        pendingChanged = true;
      }
      continue;
    }
    if (pending.delete(key)) pendingChanged = true;
    if (!plan.after) continue;
    const after = pinWithdrawn(plan.table, plan.after, pinned);
    append(presumed ? adds : puts, plan.table, after);
    if (plan.table === 'participants' && after.consent === 'withdrawn' && !withdrawn.has(after.id)) {
      report.withdrawnWithoutErasure.push(after.id);
    }
  }
  if (unproved.size) writes.push(proveAbsent(db, unproved));
  for (const [table, rows] of adds) {
    writes.push(
      db
        .recordTable(table)
        .bulkAdd(rows)
        .catch((error: unknown) => {
          throw error instanceof Dexie.BulkError ? new PresumedNewCollision() : error;
        }),
    );
  }
  for (const [table, rows] of puts) writes.push(db.recordTable(table).bulkPut(rows));
  await Dexie.Promise.all(writes);
  if (pendingChanged) await db.meta.put({ key: PENDING_KEY, value: [...pending] });
  if (overwrites.length) {
    report.overwrites += overwrites.length;
    const at = new Date(now).toISOString();
    const log = ((await db.meta.get(OVERWRITES_KEY))?.value as unknown[] | undefined) ?? [];
    const next = [...log, ...overwrites.map((entry) => ({ ...entry, at }))].slice(-MAX_OVERWRITES);
    await db.meta.put({ key: OVERWRITES_KEY, value: next });
  }
  await receiveClock(db, [...erasureChanges, ...fresh], now, report);
}

function append<T>(map: Map<TableName, T[]>, table: TableName, item: T): void {
  const list = map.get(table);
  if (list) list.push(item);
  else map.set(table, [item]);
}

/** Records presumed absent that the batch does not write (left pending): read, since no `add` proves them. */
function proveAbsent(db: FieldnotesDb, unproved: ReadonlyMap<TableName, string[]>): Promise<unknown> {
  return Dexie.Promise.all(
    [...unproved].map(([table, ids]) =>
      db
        .recordTable(table)
        .bulkGet(ids)
        .then((rows) => {
          if (rows.some((row) => row !== undefined)) throw new PresumedNewCollision();
        }),
    ),
  );
}

/** Fold the newest HLC into our clock so the next local edit sorts after everything seen. */
async function receiveClock(db: FieldnotesDb, fresh: readonly ChangeRecord[], now: number, report: ApplyReport) {
  const newest = maxHlc(fresh);
  if (!newest) return;
  let device = (await db.meta.get(DEVICE_KEY))?.value as string | undefined;
  if (!device) {
    device = newDeviceId();
    await db.meta.put({ key: DEVICE_KEY, value: device });
  }
  const state = ((await db.meta.get(CLOCK_KEY))?.value as ClockState | undefined) ?? createClock(device);
  const result = receive(state, newest, now);
  await db.meta.put({ key: CLOCK_KEY, value: result.state });
  if (result.clampedFrom !== undefined && !report.problems.some((p) => p.kind === 'clock-ahead')) {
    report.problems.push({ kind: 'clock-ahead', deviceId: newest.slice(-16), amount: result.clampedFrom - now });
  }
}
