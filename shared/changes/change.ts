/**
 * Change records: what every command writes beside the records it changes, and what sync carries
 * between devices (architecture: Sync and bundles). One change = one record's changed fields at one clock timestamp.
 * Merging is per field, last writer (highest timestamp) wins; a tombstone is `deleted: true` as a field.
 */
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../domain/schemas';
import { isTimestamp } from '../clock/hlc';
import { DEVICE_ID_PATTERN, UUID_PATTERN } from '../domain/ids';
import { issueParams, issueWords } from '../i18n/schemaIssue';
import type { ErrorWords } from '../i18n/words';

export interface ChangeRecord {
  /** Hybrid-logical-clock timestamp; unique per change (it ends with the device id). */
  hlc: string;
  deviceId: string;
  projectId: string;
  table: TableName;
  rowId: string;
  /** Field values set by this change (for a new record: all of them). */
  fields: Record<string, unknown>;
}

const uuid = z.string().regex(UUID_PATTERN, 'is not a UUID');
const notUuid = issueParams({ words: { id: 'schemaIssues.format', values: { format: 'uuid' } } });

/** Fields that name records: on input each must be a UUID (or null), like the record ids themselves. */
const ID_FIELDS = ['id', 'projectId', 'sessionId', 'questionId', 'participantId', 'themeId', 'parentId', 'groupId'];
const ID_LIST_FIELDS = ['themeIds', 'evidenceNoteIds', 'quoteNoteIds'];

function checkIdFields(fields: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const bad = (path: (string | number)[]) => ctx.addIssue({ code: 'custom', path: ['fields', ...path], ...notUuid });
  for (const key of ID_FIELDS) {
    const value = fields[key];
    if (Object.hasOwn(fields, key) && value !== null && !(typeof value === 'string' && UUID_PATTERN.test(value)))
      bad([key]);
  }
  for (const key of ID_LIST_FIELDS) {
    const value = fields[key];
    if (!Object.hasOwn(fields, key) || !Array.isArray(value)) continue;
    value.forEach((item, index) => {
      if (!(typeof item === 'string' && UUID_PATTERN.test(item))) bad([key, index]);
    });
  }
}

/**
 * A change as it arrives from a file (a sync segment, a bundle). Record ids are UUIDs, here and in the fields that
 * name other records, so a crafted id such as `__proto__` never reaches a lookup.
 */
export const changeRecordSchema = z
  .object({
    hlc: z
      .string()
      .refine(isTimestamp, issueParams({ words: { id: 'schemaIssues.format', values: { format: 'clockStamp' } } })),
    deviceId: z.string().regex(DEVICE_ID_PATTERN),
    projectId: uuid,
    table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
    rowId: uuid,
    fields: z.record(z.string(), z.unknown()),
  })
  .superRefine((change, ctx) => checkIdFields(change.fields, ctx));

/**
 * Why a line is not a valid change, naming the record where it can ("notes record "x": rowId is not a UUID"), as a
 * message reference worded where it is shown (architecture: Languages).
 */
export function describeInvalidChange(raw: unknown): ErrorWords | null {
  const result = changeRecordSchema.safeParse(raw);
  if (result.success) return null;
  const issue = issueWords(result.error.issues[0]!);
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (typeof record.table !== 'string') return { id: 'changeChecks.change', values: { issue } };
  const table = record.table.slice(0, 40);
  const id = typeof record.rowId === 'string' ? JSON.stringify(record.rowId.slice(0, 64)) : '';
  return { id: 'changeChecks.record', values: { table, id, hasId: id ? 'yes' : 'no', issue } };
}

/** Fields that are bookkeeping, not content; never diffed into a change on their own. */
const BOOKKEEPING_FIELDS = new Set(['updatedAt']);

/**
 * The fields of `after` that differ from `before` (deep, by JSON value). With no `before`, every field.
 * Returns null when nothing but bookkeeping changed, so a no-op edit writes no change record.
 */
export function diffFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): Record<string, unknown> | null {
  if (!before) return { ...after };
  const changed: Record<string, unknown> = {};
  let meaningful = false;
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
      changed[key] = value;
      if (!BOOKKEEPING_FIELDS.has(key)) meaningful = true;
    }
  }
  return meaningful ? changed : null;
}
