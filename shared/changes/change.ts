/**
 * Change records: what every command writes beside the records it changes, and what sync carries
 * between devices (DESIGN §5). One change = one record's changed fields at one clock timestamp.
 * Merging is per field, last writer (highest timestamp) wins; a tombstone is `deleted: true` as a field.
 */
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../domain/schemas';
import { isTimestamp } from '../clock/hlc';

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

export const changeRecordSchema = z.object({
  hlc: z.string().refine(isTimestamp, 'not a clock timestamp'),
  deviceId: z.string().regex(/^[0-9A-F]{16}$/),
  projectId: z.string().min(1),
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  rowId: z.string().min(1),
  fields: z.record(z.string(), z.unknown()),
});

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
