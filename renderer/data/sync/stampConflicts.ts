/** Changes that reuse a stored change's stamp with other content: which one is genuine, and what it reshaped. */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import { foldChanges, rowKey, sameChange, validRow } from '../../../shared/sync/merge';
import { DEVICE_KEY } from '../commandRunner';
import type { FieldnotesDb } from '../db';
import { changesByStamps } from '../history/read';
import { deleteStamps } from '../history/write';
import { loadHistories } from './history';

export interface SettledBatch {
  kept: ChangeRecord[];
  /** Records whose stored history lost a forged change: to be planned again from their whole history. */
  refold: Set<string>;
  refused: ChangeRecord[];
  /** Stamps of kept changes that are stored already, content and all: duplicates. */
  alreadyStored: Set<string>;
}

/**
 * Changes whose stamps need looking up: all of them, unless the caller knows which records are new here. A
 * change of a record that is neither stored nor pending cannot have been stored (an erased record keeps its
 * tombstone), except as a stamp another record's change reused; the caller presumes those new and lets the
 * history's unique stamp index catch that rare case when it adds them (see applyChanges.ts,
 * `PresumedNewCollision`). On a merge into a new store this saves one read per change, as many requests as the
 * writes themselves.
 */
export interface StampLookup {
  /** Which changes' records are new here (not stored, not pending); undefined to look every stamp up. */
  isNewRecord?: (change: ChangeRecord) => boolean;
}

/**
 * The `isNewRecord` test from the records a batch's changes are for, as just read in this transaction: a record
 * read and absent, and not pending, is new here.
 */
export function newRecordTest(
  rows: ReadonlyMap<string, unknown>,
  pending: ReadonlySet<string>,
): (change: ChangeRecord) => boolean {
  return (change) => {
    const key = rowKey(change.table, change.rowId);
    return rows.has(key) && rows.get(key) === undefined && !pending.has(key);
  };
}

/**
 * A change is the same change as a stored one only if its stamp *and* its content agree. Another content under a
 * stored stamp means one of the two is forged: an authentic change (from its own device's folder) removes the
 * stored one, whose records are then planned again from their whole history; any other is refused (the caller reports it).
 * Our own changes are never displaced: this database is the authority on what this device wrote.
 */
export async function settleStampConflicts(
  db: FieldnotesDb,
  batch: ChangeRecord[],
  authentic: ReadonlySet<string> | undefined,
  { isNewRecord }: StampLookup = {},
): Promise<SettledBatch> {
  const refold = new Set<string>();
  const known = isNewRecord ? batch.filter((change) => !isNewRecord(change)) : batch;
  // At least one real read even when every record is new: an await that touches no table can let Dexie lose the
  // caller's transaction (see planBatch.ts).
  const lookedUp = known.length ? known : batch.slice(0, 1);
  const found = await changesByStamps(
    db,
    lookedUp.map((change) => change.hlc),
  );
  const byStamp = new Map(lookedUp.map((change, index) => [change.hlc, found[index]]));
  const stored = lookedUp === batch ? found : batch.map((change) => byStamp.get(change.hlc));
  // Read once here and handed on, so planning need not look the same stamps up again.
  const alreadyStored = new Set(batch.filter((change, index) => stored[index]).map((change) => change.hlc));
  if (stored.every((old, index) => !old || sameChange(old, batch[index]!)))
    return { kept: batch, refold, refused: [], alreadyStored };
  const own = (await db.meta.get(DEVICE_KEY))?.value as string | undefined;
  const kept: ChangeRecord[] = [];
  const refused: ChangeRecord[] = [];
  const forged: ChangeRecord[] = [];
  batch.forEach((change, index) => {
    const old = stored[index];
    if (!old || sameChange(old, change)) kept.push(change);
    else if (authentic?.has(change.hlc) && old.deviceId !== own) {
      forged.push(old);
      alreadyStored.delete(change.hlc);
      kept.push(change);
      refold.add(rowKey(change.table, change.rowId));
    } else refused.push(change);
  });
  if (forged.length) {
    await deleteStamps(
      db,
      forged.map((change) => change.hlc),
    );
    const elsewhere = forged.filter((old) => !refold.has(rowKey(old.table, old.rowId)));
    if (elsewhere.length) await refoldRows(db, elsewhere);
  }
  return { kept, refold, refused, alreadyStored };
}

/**
 * Records a removed forgery had shaped, with no incoming change of their own: rebuilt from what history is left.
 * One Dexie promise chain, not an async function: native awaits between these writes let Dexie lose the
 * transaction (PrematureCommitError, seen when the forgery had made a record of its own).
 */
function refoldRows(db: FieldnotesDb, rows: readonly ChangeRecord[]): Promise<unknown> {
  return loadHistories(db, rows).then((histories) =>
    Dexie.Promise.all(
      rows.map(({ table, rowId }) => {
        const history = histories.get(rowKey(table, rowId)) ?? [];
        const after = history.length ? validRow(table, foldChanges(history)) : null;
        return after
          ? db
              .recordTable(table)
              .put(after)
              .then(() => undefined)
          : db.recordTable(table).delete(rowId);
      }),
    ),
  );
}
