/**
 * Planning a batch of incoming changes: which are new, which records they make or change, and which are refused
 * because they name another project's record. Reads only, so the bundle preview plans with it too; applyChanges.ts
 * writes what the plan says (architecture: Sync).
 */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import type { TableName } from '../../../shared/domain/schemas';
import {
  groupByRow,
  planRow,
  rowKey,
  sameValue,
  splitByProject,
  type Row,
  type RowPlan,
} from '../../../shared/sync/merge';
import type { FieldnotesDb, StoredChange } from '../db';
import { changesByStamps } from '../history/read';
import { loadHistories } from './history';

export interface BatchPlan {
  fresh: ChangeRecord[];
  duplicates: number;
  plans: RowPlan[];
  /** Changes naming a record of another project than their own: refused, never stored. */
  otherProject: ChangeRecord[];
}

/** What the caller has just read in this transaction, so planning need not read it again. */
export interface KnownState {
  /** The stored records of these changes. */
  rows?: ReadonlyMap<string, unknown>;
  /** Records whose stored history lost a forged change: planned again from their whole history. */
  refold?: ReadonlySet<string>;
  /** Which of these changes are stored already (from settleStampConflicts' read of the same stamps). */
  alreadyStored?: ReadonlySet<string>;
}

function unseenChanges(db: FieldnotesDb, changes: readonly ChangeRecord[], known: KnownState) {
  const { alreadyStored } = known;
  if (alreadyStored) return Dexie.Promise.resolve(changes.filter((change) => !alreadyStored.has(change.hlc)));
  return changesByStamps(
    db,
    changes.map((change) => change.hlc),
  ).then((existing) => changes.filter((_, index) => !existing[index]));
}

/**
 * Plan a set of changes against the store as it is. Reads only; call inside a transaction over syncTables.
 * Inside a Dexie transaction every await must settle through an IndexedDB request: awaiting a promise that
 * never touches the database (an empty Promise.all) lets Dexie lose the transaction. Hence the early returns.
 */
export async function planBatch(
  db: FieldnotesDb,
  changes: readonly ChangeRecord[],
  pending: Set<string>,
  given: KnownState = {},
): Promise<BatchPlan> {
  const { refold } = given;
  const known = given.rows;
  const unseen = await unseenChanges(db, changes, given);
  if (!unseen.length) return { fresh: [], duplicates: changes.length, plans: [], otherProject: [] };
  const groups = [...groupByRow(unseen).values()];
  const idsByTable = new Map<TableName, string[]>();
  for (const group of groups) {
    const { table, rowId } = group[0]!;
    const ids = idsByTable.get(table) ?? [];
    ids.push(rowId);
    idsByTable.set(table, ids);
  }
  const current = new Map<string, Row | undefined>();
  if (known) {
    for (const group of groups) {
      const key = rowKey(group[0]!.table, group[0]!.rowId);
      current.set(key, known.get(key) as Row | undefined);
    }
  } else {
    await Dexie.Promise.all(
      [...idsByTable].map(([table, ids]) =>
        db
          .recordTable(table)
          .bulkGet(ids)
          .then((rows) => ids.forEach((id, index) => current.set(rowKey(table, id), rows[index] as Row | undefined))),
      ),
    );
  }
  const needHistory = groups
    .map((group) => group[0]!)
    .filter(({ table, rowId }) => current.get(rowKey(table, rowId)) || pending.has(rowKey(table, rowId)));
  const histories = needHistory.length ? await loadHistories(db, needHistory) : new Map<string, StoredChange[]>();
  const fresh: ChangeRecord[] = [];
  const otherProject: ChangeRecord[] = [];
  const plans: RowPlan[] = [];
  for (const all of groups) {
    const { table, rowId } = all[0]!;
    const key = rowKey(table, rowId);
    const before = current.get(key);
    const history = histories.get(key) ?? [];
    const { kept, refused } = splitByProject(table, before, history, all);
    otherProject.push(...refused);
    if (!kept.length) continue;
    fresh.push(...kept);
    plans.push(
      refold?.has(key)
        ? replanWhole(table, rowId, before, history, kept)
        : planRow(table, rowId, before, history, kept),
    );
  }
  return { fresh, duplicates: changes.length - unseen.length, plans, otherProject };
}

/** A record's plan from its whole history, ignoring what is stored (which a forged change may have shaped). */
function replanWhole(
  table: TableName,
  rowId: string,
  before: Row | undefined,
  history: readonly ChangeRecord[],
  fresh: readonly ChangeRecord[],
): RowPlan {
  const plan = planRow(table, rowId, undefined, history, fresh);
  if (!before || !plan.after) return { ...plan, before };
  const changedFields = Object.keys(plan.after).filter((field) => !sameValue(plan.after![field], before[field]));
  if (!changedFields.length) return { ...plan, before, status: 'unchanged', after: undefined, changedFields };
  return { ...plan, before, status: 'updated', changedFields };
}
