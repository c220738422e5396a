/** Changes that reuse a stored change's stamp with other content: which one is genuine, and what it reshaped. */
import type { ChangeRecord } from '../../../shared/changes/change';
import { foldChanges, rowKey, sameChange, validRow } from '../../../shared/sync/merge';
import { DEVICE_KEY } from '../commandRunner';
import type { FieldnotesDb } from '../db';
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
 * A change is the same change as a stored one only if its stamp *and* its content agree. Another content under a
 * stored stamp means one of the two is forged: an authentic change (from its own device's folder) removes the
 * stored one, whose records are then planned again from their whole history; any other is refused (the caller reports it).
 * Our own changes are never displaced: this database is the authority on what this device wrote.
 */
export async function settleStampConflicts(
  db: FieldnotesDb,
  batch: ChangeRecord[],
  authentic: ReadonlySet<string> | undefined,
): Promise<SettledBatch> {
  const refold = new Set<string>();
  const stored = await db.changes.bulkGet(batch.map((change) => change.hlc));
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
    await db.changes.bulkDelete(forged.map((change) => change.hlc));
    const elsewhere = forged.filter((old) => !refold.has(rowKey(old.table, old.rowId)));
    if (elsewhere.length) await refoldRows(db, elsewhere);
  }
  return { kept, refold, refused, alreadyStored };
}

/** Records a removed forgery had shaped, with no incoming change of their own: rebuilt from what history is left. */
async function refoldRows(db: FieldnotesDb, rows: readonly ChangeRecord[]): Promise<void> {
  const histories = await loadHistories(db, rows);
  for (const { table, rowId } of rows) {
    const history = histories.get(rowKey(table, rowId)) ?? [];
    const after = history.length ? validRow(table, foldChanges(history)) : null;
    if (after) await db.recordTable(table).put(after);
    else await db.recordTable(table).delete(rowId);
  }
}
