/**
 * The segment file: what a device writes to the sync folder and what a bundle carries (architecture: Sync and bundles).
 *
 *   line 1      header  {"format":"fieldnotes.segment","schema":"1.0","deviceId",…,"seq",…}
 *   lines 2..n  one change record per line
 *   last line   trailer {"count":n,"sha256":"<hex of every byte before the trailer line>"}
 *
 * The trailer makes a half-copied file detectable: no trailer, a wrong count or a wrong hash means the file
 * is not complete yet (a cloud service still downloading it), never that its changes were withdrawn.
 * The first 16 hex digits of that hash are also in the file name, so a name already read is content already read.
 *
 * Versioning: `schema` is "major.minor". A reader takes any minor of the majors it knows (a minor may add
 * record fields, which older readers drop) and parks a higher major with "update the app".
 */
import { z } from 'zod';
import { changeRecordSchema, describeInvalidChange, type ChangeRecord } from '../changes/change';
import { DEVICE_ID_PATTERN, UUID_PATTERN } from '../domain/ids';
import { SHA256_PATTERN } from '../domain/patterns';
import { translator } from '../i18n/translate';
import { wordsText, type ErrorWords } from '../i18n/words';
import { fromUtf8, sha256Hex, utf8, concatBytes } from './bytes';
import { segmentName } from './layout';

export const SEGMENT_FORMAT = 'fieldnotes.segment';
export const SEGMENT_SCHEMA_MAJOR = 1;
export const SEGMENT_SCHEMA = `${SEGMENT_SCHEMA_MAJOR}.0`;

export const segmentHeaderSchema = z.object({
  format: z.literal(SEGMENT_FORMAT),
  schema: z.string().regex(/^\d+\.\d+$/),
  deviceId: z.string().regex(DEVICE_ID_PATTERN),
  /** A person-readable name for the device ("Maria's laptop"), shown in the sync status. */
  deviceName: z.string().max(200).default(''),
  projectId: z.string().regex(UUID_PATTERN),
  seq: z.number().int().min(0),
  /** `changes`: newly published; `snapshot`: a device's own history folded (compaction) or a bundle's content. */
  kind: z.string().default('changes'),
  createdAt: z.string(),
  /** For a snapshot that retires older segments: the sequence numbers it replaces. */
  covers: z.object({ fromSeq: z.number().int(), toSeq: z.number().int() }).optional(),
  /**
   * For a device made by importing a file (`fieldnotes import-csv`): the SHA-256 of the file's bytes, so importing the
   * same file again is noticed. Older readers drop it (a minor addition).
   */
  importedFrom: z.object({ sha256: z.string().regex(SHA256_PATTERN) }).optional(),
});
export type SegmentHeader = z.infer<typeof segmentHeaderSchema>;
export type SegmentHeaderInput = z.input<typeof segmentHeaderSchema>;

const trailerSchema = z.object({ count: z.number().int().min(0), sha256: z.string().regex(SHA256_PATTERN) });

/** What leaves a device: a change as stored minus local bookkeeping (`published`). */
export function wireChange(change: ChangeRecord): ChangeRecord {
  const { hlc, deviceId, projectId, table, rowId, fields } = change;
  return { hlc, deviceId, projectId, table, rowId, fields };
}

export interface EncodedSegment {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
  count: number;
}

export async function encodeSegment(
  header: Omit<SegmentHeaderInput, 'format' | 'schema'>,
  changes: readonly ChangeRecord[],
): Promise<EncodedSegment> {
  const lines = [JSON.stringify({ format: SEGMENT_FORMAT, schema: SEGMENT_SCHEMA, ...header })];
  for (const change of changes) lines.push(JSON.stringify(wireChange(change)));
  const body = utf8(lines.join('\n') + '\n');
  const sha256 = await sha256Hex(body);
  const trailer = utf8(JSON.stringify({ count: changes.length, sha256 }) + '\n');
  return { name: segmentName(header.seq, sha256), bytes: concatBytes([body, trailer]), sha256, count: changes.length };
}

/** Why a segment was not read. Every one of these means "not yet" or "not for us", never "deleted". */
export type SegmentFault = 'empty' | 'placeholder' | 'truncated' | 'damaged' | 'not-a-segment' | 'newer-version';

export type ParsedSegment =
  | {
      ok: true;
      header: SegmentHeader;
      changes: ChangeRecord[];
      sha256: string;
      invalid: number;
      /** Why the first invalid change was skipped, naming its record (worded where it is shown). */
      invalidReason?: ErrorWords;
    }
  | {
      ok: false;
      fault: SegmentFault;
      /** The reason in English, for logs and sync reports; `words` is the same as a message reference. */
      detail: string;
      words: ErrorWords;
      header?: SegmentHeader;
    };

const NEWLINE = 0x0a;

/** A refused segment: `problem` is the `syncFiles.segment` select and its values. */
function fail(
  fault: SegmentFault,
  problem: Record<string, string | number> & { what: string },
  header?: SegmentHeader,
): ParsedSegment {
  const words: ErrorWords = { id: 'syncFiles.segment', values: problem };
  const detail = wordsText(words, translator('en'));
  return header ? { ok: false, fault, detail, words, header } : { ok: false, fault, detail, words };
}

function isAllZero(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0) return false;
  return true;
}

/**
 * Parse and verify a segment. `expectedHash` is the hash from the file name, if it came from one.
 * Changes that fail validation inside a verified file are skipped and counted (`invalid`), so one bad
 * line from a buggy or newer writer does not hold back the rest; the same lines are skipped on every device.
 */
export async function parseSegment(bytes: Uint8Array, expectedHash?: string): Promise<ParsedSegment> {
  if (bytes.length === 0) return fail('empty', { what: 'empty' });
  // Cloud services and some copy tools reserve a file's length before its content arrives.
  if (isAllZero(bytes.subarray(0, Math.min(bytes.length, 4096))) && isAllZero(bytes)) {
    return fail('placeholder', { what: 'placeholder' });
  }
  if (bytes[bytes.length - 1] !== NEWLINE) return fail('truncated', { what: 'endsMidLine' });
  const trailerStart = bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1;
  if (trailerStart === 0) return fail('truncated', { what: 'noTrailer' });
  const body = bytes.subarray(0, trailerStart);
  // A trailer that reads whole means the file arrived whole: from then on, a mismatch is damage, not copying.
  const trailer = parseTrailer(bytes.subarray(trailerStart, bytes.length - 1));
  const sha256 = trailer ? await sha256Hex(body) : null;
  const intact = !!trailer && sha256 === trailer.sha256;
  let text: string;
  try {
    text = fromUtf8(body);
  } catch {
    return fail(trailer ? 'damaged' : 'truncated', { what: 'notUtf8' });
  }
  const firstLineEnd = text.indexOf('\n');
  const header = parseJsonWith(segmentHeaderSchema, text.slice(0, firstLineEnd));
  if (!header && trailer && !intact) return fail('damaged', { what: 'checksum' });
  if (!header) return fail('not-a-segment', { what: 'notHeader' });
  // Before the checksum: a newer major version may check its content another way.
  const major = Number(header.schema.split('.')[0]);
  if (major > SEGMENT_SCHEMA_MAJOR) {
    return fail('newer-version', { what: 'newer', schema: header.schema }, header);
  }
  if (trailer && !intact) return fail('damaged', { what: 'checksum' }, header);
  if (!trailer || !sha256) return fail('truncated', { what: 'lastNotTrailer' }, header);
  if (expectedHash && !sha256.startsWith(expectedHash)) {
    return fail('damaged', { what: 'hashInName' }, header);
  }
  const lines = text.slice(firstLineEnd + 1, -1);
  const changeLines = lines ? lines.split('\n') : [];
  if (changeLines.length !== trailer.count) {
    return fail('damaged', { what: 'count', expected: trailer.count, found: changeLines.length }, header);
  }
  const changes: ChangeRecord[] = [];
  let invalid = 0;
  let invalidReason: ErrorWords | undefined;
  for (const line of changeLines) {
    const change = parseJsonWith(changeRecordSchema, line);
    if (change && change.projectId === header.projectId) {
      changes.push(change);
      continue;
    }
    invalid++;
    invalidReason ??= change
      ? { id: 'changeChecks.otherProject', values: { table: change.table, id: JSON.stringify(change.rowId) } }
      : whyInvalid(line);
  }
  return { ok: true, header, changes, sha256, invalid, ...(invalidReason ? { invalidReason } : {}) };
}

function whyInvalid(line: string): ErrorWords {
  try {
    return describeInvalidChange(JSON.parse(line)) ?? { id: 'changeChecks.notValid' };
  } catch {
    return { id: 'changeChecks.notReadable' };
  }
}

function parseTrailer(bytes: Uint8Array): z.infer<typeof trailerSchema> | null {
  try {
    return parseJsonWith(trailerSchema, fromUtf8(bytes));
  } catch {
    return null;
  }
}

function parseJsonWith<T>(schema: z.ZodType<T>, text: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
