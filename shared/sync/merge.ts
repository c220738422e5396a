/**
 * Merge planning: given a record as stored, the changes already applied to it and the changes arriving,
 * decide what the record becomes. Pure; the renderer runs it inside a Dexie transaction, the CLI in memory.
 *
 * Contract (architecture: Sync and bundles):
 * - Per-field last-writer-wins: a field takes the value of the change with the highest HLC that set it.
 *   A field's clock is the max HLC among the applied changes of that record that set it.
 * - Order-free and idempotent: the result depends only on the set of changes, not on arrival order,
 *   duplicates or batching. A change already applied (same HLC) is skipped by the caller.
 * - A losing change is still kept in history; it just writes no field.
 * - A record first seen through a partial change (an edit whose creation has not arrived) stays *pending*:
 *   its changes are stored, the record is not, until the fold of its changes validates against its schema.
 *   Then it is written whole. So no half-record ever reaches a screen.
 * - A change whose values fail the table's schema is rejected before it is stored, on every device alike,
 *   so one bad writer cannot make two devices disagree.
 */
import type { z } from 'zod';
import type { ChangeRecord } from '../changes/change';
import { recordSchemas, type TableName } from '../domain/schemas';
import { issuePhotoProblem, issueWords } from '../i18n/schemaIssue';
import type { ErrorWords } from '../i18n/words';

export type Row = Record<string, unknown> & { id: string };

/** A value one device wrote that another device's later value replaced: kept so a person can restore it. */
export interface Overwrite {
  table: TableName;
  rowId: string;
  field: string;
  lostValue: unknown;
  lostHlc: string;
  keptValue: unknown;
  keptHlc: string;
}

export type RowStatus = 'created' | 'updated' | 'unchanged' | 'pending';

export interface RowPlan {
  table: TableName;
  rowId: string;
  projectId: string;
  status: RowStatus;
  before: Row | undefined;
  /** The record to store (created/updated); undefined when unchanged or pending. */
  after: Row | undefined;
  changedFields: string[];
  overwrites: Overwrite[];
}

/** Fields that every write touches; a difference in them alone is not a conflict worth logging. */
const BOOKKEEPING = new Set(['updatedAt']);

export function deviceOfHlc(hlc: string): string {
  return hlc.slice(-16);
}

export function byHlc(a: ChangeRecord, b: ChangeRecord): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}

/** Deep equality for JSON values (key order ignored): decides "unchanged" and what counts as an overwrite. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => sameValue(left[key], right[key]));
}

/** Field → HLC of the change that currently wins it. */
export function fieldClocksOf(history: Iterable<ChangeRecord>): Map<string, string> {
  const clocks = new Map<string, string>();
  for (const change of history) {
    for (const field of Object.keys(change.fields)) {
      const current = clocks.get(field);
      if (current === undefined || change.hlc > current) clocks.set(field, change.hlc);
    }
  }
  return clocks;
}

/** The record a set of changes describes: each field from the highest-HLC change that set it. */
export function foldChanges(changes: readonly ChangeRecord[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const change of [...changes].sort(byHlc)) Object.assign(row, change.fields);
  return row;
}

const partialSchemas = new Map<TableName, z.ZodType>();
function partialSchemaOf(table: TableName): z.ZodType {
  let schema = partialSchemas.get(table);
  if (!schema) {
    schema = recordSchemas[table].partial();
    partialSchemas.set(table, schema);
  }
  return schema;
}

/**
 * Why a change cannot be applied, or null. Unknown fields are allowed (a newer minor version may add
 * some; the record schema drops them); known fields must hold valid values, and ids must agree.
 */
export function rejectChange(change: ChangeRecord): ErrorWords | null {
  const { fields } = change;
  if ('id' in fields && fields.id !== change.rowId) return { id: 'changeChecks.idMismatch' };
  if (change.table === 'projects') {
    if (change.projectId !== change.rowId) return { id: 'changeChecks.projectMismatch' };
  } else if ('projectId' in fields && fields.projectId !== change.projectId) {
    return { id: 'changeChecks.projectMismatch' };
  }
  if (deviceOfHlc(change.hlc) !== change.deviceId) return { id: 'changeChecks.clockMismatch' };
  const parsed = partialSchemaOf(change.table).safeParse(fields);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  // A refused photo says why (over the size cap, not a JPEG, still carrying location metadata): the sender can act.
  const photoProblem = issue && issuePhotoProblem(issue);
  if (photoProblem) return { id: 'changeChecks.photoRefused', values: { problem: { photoProblem } } };
  return { id: 'changeChecks.value', values: { issue: issue ? issueWords(issue) : { id: 'changeChecks.notValid' } } };
}

/** Parse a folded record against its table's schema; null while it is incomplete (pending). */
export function validRow(table: TableName, candidate: Record<string, unknown>): Row | null {
  const result = recordSchemas[table].safeParse(candidate);
  return result.success ? (result.data as Row) : null;
}

/**
 * Plan one record. `history` is every change already applied to it, `fresh` the new ones (not yet applied,
 * deduplicated). `current` is the stored record, if any; a stored record is always the fold of its history.
 */
export function planRow(
  table: TableName,
  rowId: string,
  current: Row | undefined,
  history: readonly ChangeRecord[],
  fresh: readonly ChangeRecord[],
): RowPlan {
  const projectId = fresh[0]?.projectId ?? history[0]?.projectId ?? (current?.projectId as string | undefined) ?? '';
  const base = { table, rowId, projectId, before: current };
  if (!current) {
    const after = validRow(table, foldChanges([...history, ...fresh]));
    if (!after) return { ...base, status: 'pending', after: undefined, changedFields: [], overwrites: [] };
    return { ...base, status: 'created', after, changedFields: Object.keys(after), overwrites: [] };
  }
  const clocks = fieldClocksOf(history);
  const next: Record<string, unknown> = { ...current };
  const overwrites: Overwrite[] = [];
  for (const change of [...fresh].sort(byHlc)) {
    for (const [field, value] of Object.entries(change.fields)) {
      const clock = clocks.get(field);
      const wins = clock === undefined || change.hlc > clock;
      const otherDevice = clock !== undefined && deviceOfHlc(clock) !== change.deviceId;
      if (otherDevice && !BOOKKEEPING.has(field) && !sameValue(next[field], value)) {
        overwrites.push(
          wins
            ? { table, rowId, field, lostValue: next[field], lostHlc: clock, keptValue: value, keptHlc: change.hlc }
            : { table, rowId, field, lostValue: value, lostHlc: change.hlc, keptValue: next[field], keptHlc: clock },
        );
      }
      if (wins) {
        next[field] = value;
        clocks.set(field, change.hlc);
      }
    }
  }
  const after = validRow(table, next);
  // Every incoming value was checked by rejectChange, so this only fails on a record stored before a schema
  // tightened; leaving it as it is beats writing something invalid.
  if (!after) return { ...base, status: 'unchanged', after: undefined, changedFields: [], overwrites };
  const changedFields = Object.keys(after).filter((key) => !sameValue(after[key], current[key]));
  if (!changedFields.length) return { ...base, status: 'unchanged', after: undefined, changedFields, overwrites };
  return { ...base, status: 'updated', after, changedFields, overwrites };
}

/** The project a stored record belongs to (a project record belongs to itself). */
export function projectOfRow(table: TableName, row: Row): string | undefined {
  const owner = table === 'projects' ? row.id : row.projectId;
  return typeof owner === 'string' ? owner : undefined;
}

/**
 * A change may only touch a record of the project its file belongs to. The record's project is the stored
 * record's, else that of the changes already applied to it, else that of the earliest arriving change that
 * creates it (one that sets its project), else the first one's. Changes naming another project are refused,
 * so a file filed under one project can never edit a record of another by guessing its id.
 */
export function splitByProject(
  table: TableName,
  current: Row | undefined,
  history: readonly ChangeRecord[],
  fresh: readonly ChangeRecord[],
): { kept: ChangeRecord[]; refused: ChangeRecord[] } {
  const creating = (change: ChangeRecord) =>
    table === 'projects' ? 'id' in change.fields : 'projectId' in change.fields;
  const owner =
    (current && projectOfRow(table, current)) ??
    history[0]?.projectId ??
    [...fresh].sort(byHlc).find(creating)?.projectId ??
    fresh[0]?.projectId;
  const kept: ChangeRecord[] = [];
  const refused: ChangeRecord[] = [];
  for (const change of fresh) (change.projectId === owner ? kept : refused).push(change);
  return { kept, refused };
}

/** Same stamp, same content: a true duplicate. Same stamp, other content: one of the two is forged. */
export function sameChange(a: ChangeRecord, b: ChangeRecord): boolean {
  return (
    a.hlc === b.hlc &&
    a.deviceId === b.deviceId &&
    a.projectId === b.projectId &&
    a.table === b.table &&
    a.rowId === b.rowId &&
    sameValue(a.fields, b.fields)
  );
}

export function rowKey(table: string, rowId: string): string {
  return `${table}\u0000${rowId}`;
}

/** Group changes by record, keeping the first of any repeated HLC. */
export function groupByRow(changes: Iterable<ChangeRecord>): Map<string, ChangeRecord[]> {
  const seen = new Set<string>();
  const groups = new Map<string, ChangeRecord[]>();
  for (const change of changes) {
    if (seen.has(change.hlc)) continue;
    seen.add(change.hlc);
    const key = rowKey(change.table, change.rowId);
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return groups;
}
