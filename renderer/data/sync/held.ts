/**
 * Changes held back because their clock is more than a day ahead of ours (a laptop whose date says 9999 would
 * otherwise win every field for ever). They wait in `meta` (`sync:held`) until a person accepts or rejects them
 * on the Sync screen. A rejected change is gone for good: its stamp is remembered, so the same change read again
 * from the folder or another bundle is dropped on arrival. Erasures are never held (holdFuture), and an erasure
 * that arrives later removes the held changes of what it erased (erasure/apply.ts), so no erased words wait here.
 */
import type { ChangeRecord } from '../../../shared/changes/change';
import { parseTimestamp } from '../../../shared/clock/hlc';
import { holdFuture } from '../../../shared/sync/clockCheck';
import { rowKey } from '../../../shared/sync/merge';
import type { SyncProblem } from '../../../shared/sync/problems';
import type { FieldnotesDb, StoredChange } from '../db';
import { changesByStamps } from '../history/read';

export const HELD_KEY = 'sync:held';

export interface HeldStore {
  /** Waiting changes, with how they arrived (`published` as applying would have stored them). */
  changes: StoredChange[];
  /** Stamps of changes a person rejected: never held nor applied again. */
  rejected: string[];
}

export interface HeldGroup {
  projectId: string;
  deviceId: string;
  count: number;
  /** Earliest and latest dates among the group's stamps (ISO). */
  earliest: string;
  latest: string;
}

export interface HoldOutcome {
  /** What may be applied now (including copies of changes already stored here, which applying skips). */
  accepted: ChangeRecord[];
  /** Changes newly set aside or already waiting. */
  held: number;
  /** Changes a person rejected before, dropped again. */
  dropped: number;
  problems: SyncProblem[];
}

export async function loadHeld(db: FieldnotesDb): Promise<HeldStore> {
  const value = (await db.meta.get(HELD_KEY))?.value as Partial<HeldStore> | undefined;
  return { changes: value?.changes ?? [], rejected: value?.rejected ?? [] };
}

function saveHeld(db: FieldnotesDb, store: HeldStore): Promise<unknown> {
  return db.meta.put({ key: HELD_KEY, value: store });
}

/** The wall time of a stamp, as ISO. */
function stampDate(hlc: string): string {
  return new Date(parseTimestamp(hlc).millis).toISOString();
}

/**
 * Set aside the changes dated more than a day ahead of `now`, remembering them with `published`; the rest come
 * back to be applied. Touches the database only when something is to be held, so callers inside a
 * transaction that holds nothing are not disturbed.
 */
export async function holdIncoming(
  db: FieldnotesDb,
  changes: readonly ChangeRecord[],
  now: number,
  published: 0 | 1,
): Promise<HoldOutcome> {
  const split = holdFuture(changes, now);
  if (!split.held.length) return { accepted: split.accepted, held: 0, dropped: 0, problems: [] };
  return db.transaction('rw', db.meta, db.changeBatches, async () => {
    const store = await loadHeld(db);
    const rejected = new Set(store.rejected);
    const waiting = new Set(store.changes.map((change) => change.hlc));
    const known = await changesByStamps(
      db,
      split.held.map((change) => change.hlc),
    );
    const accepted = [...split.accepted];
    const held: ChangeRecord[] = [];
    let dropped = 0;
    split.held.forEach((change, index) => {
      if (rejected.has(change.hlc)) dropped++;
      // Already stored here (accepted earlier, or applied before holding existed): applying finds the duplicate.
      else if (known[index]) accepted.push(change);
      else {
        held.push(change);
        if (!waiting.has(change.hlc)) {
          waiting.add(change.hlc);
          store.changes.push({ ...change, published });
        }
      }
    });
    if (held.length) await saveHeld(db, store);
    return { accepted, held: held.length, dropped, problems: holdFuture(held, now).problems };
  });
}

/** What waits for a person in one project, one entry per device, in the order the devices first appear. */
export function summarizeHeld(store: HeldStore, projectId: string): HeldGroup[] {
  const groups = new Map<string, HeldGroup>();
  for (const change of store.changes) {
    if (change.projectId !== projectId) continue;
    const date = stampDate(change.hlc);
    const group = groups.get(change.deviceId);
    if (!group) {
      groups.set(change.deviceId, { projectId, deviceId: change.deviceId, count: 1, earliest: date, latest: date });
      continue;
    }
    group.count++;
    if (date < group.earliest) group.earliest = date;
    if (date > group.latest) group.latest = date;
  }
  return [...groups.values()];
}

export async function listHeld(db: FieldnotesDb, projectId: string): Promise<HeldGroup[]> {
  return summarizeHeld(await loadHeld(db), projectId);
}

const inGroup = (projectId: string, deviceId: string) => (change: ChangeRecord) =>
  change.projectId === projectId && change.deviceId === deviceId;

/**
 * Take one device's held changes of a project out of the list; `reject` also remembers their stamps for good.
 * Call inside a rw transaction over meta (the acceptance applies them in the same one).
 */
export async function takeHeld(
  db: FieldnotesDb,
  projectId: string,
  deviceId: string,
  reject: boolean,
): Promise<StoredChange[]> {
  const store = await loadHeld(db);
  const chosen = inGroup(projectId, deviceId);
  const taken = store.changes.filter(chosen);
  if (!taken.length) return [];
  await saveHeld(db, {
    changes: store.changes.filter((change) => !chosen(change)),
    rejected: reject ? [...store.rejected, ...taken.map((change) => change.hlc)] : store.rejected,
  });
  return taken;
}

/** A held store without the changes of erased records or of withdrawn participants (erasure/apply.ts). */
export function withoutErased(
  store: HeldStore,
  records: ReadonlySet<string>,
  participants: ReadonlySet<string>,
): HeldStore {
  const erased = (change: ChangeRecord) =>
    records.has(rowKey(change.table, change.rowId)) ||
    (change.table === 'participants' && participants.has(change.rowId)) ||
    (typeof change.fields.participantId === 'string' && participants.has(change.fields.participantId));
  return { ...store, changes: store.changes.filter((change) => !erased(change)) };
}
