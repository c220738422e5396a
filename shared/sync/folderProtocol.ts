/**
 * The requests and results of the sync-folder port: what the renderer asks of whoever can touch the folder
 * (Electron's main process over IPC, or the browser's File System Access API) and what comes back.
 * Requests have zod schemas so main can validate every IPC payload (architecture: Electron shell); results come from trusted code.
 */
import { z } from 'zod';
import type { FileWriteWhy } from '../files/fileWriteWhy';
import type { ChangeRecord } from '../changes/change';
import { DEVICE_ID_PATTERN } from '../domain/ids';
import { erasureFilterSchema } from './erasure';
import type { SyncProblem } from './problems';
import type { SegmentHeader } from './segment';
import type { ErrorWords } from '../i18n/words';

const deviceIdSchema = z.string().regex(DEVICE_ID_PATTERN);
const projectIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9a-f-]+$/);
const segmentFileName = z.string().regex(/^seg-\d{8,12}-[0-9a-f]{16}\.ndjson$/);

/** Segments already read, by path `<deviceId>/<file name>`. The name holds the content hash, so a known name is known content. */
export const readIndexSchema = z.record(
  z.string(),
  z.object({
    size: z.number(),
    count: z.number(),
    /** Changes in the file that hold values an erasure removed (counted when it was last read). */
    erased: z.number().int().min(0).optional(),
  }),
);
export type ReadIndex = z.infer<typeof readIndexSchema>;

export const deviceSeenSchema = z.object({
  deviceId: deviceIdSchema,
  name: z.string(),
  lastSeq: z.number(),
  /** When its newest segment was written (its own clock, as it says). */
  lastWriteAt: z.string().nullable(),
  /** Segment files of it in the folder now. */
  segments: z.number(),
});
export type DeviceSeen = z.infer<typeof deviceSeenSchema>;

export const scanRequestSchema = z.object({
  projectId: projectIdSchema,
  ownDeviceId: deviceIdSchema,
  /**
   * Every segment name this device wrote and has not retired (or `seg-<seq>-` for a snapshot being made):
   * anything else in its own folder came from another machine using its identity.
   */
  ownWritten: z.array(z.string()).max(100_000),
  index: readIndexSchema,
  devices: z.record(z.string(), deviceSeenSchema),
});
export type ScanRequest = z.infer<typeof scanRequestSchema>;

export interface ReadSegment {
  path: string;
  deviceId: string;
  header: SegmentHeader;
  changes: ChangeRecord[];
}

export interface ScanResult {
  /** The segments not read before, verified. */
  segments: ReadSegment[];
  /** The index to keep once these segments are applied: known entries still present, plus the new ones. */
  index: ReadIndex;
  devices: Record<string, DeviceSeen>;
  problems: SyncProblem[];
  /** Highest sequence number in this device's own folder (so a restored database never reuses one). */
  ownMaxSeq: number;
  /** Segment files listed, read or not. */
  listed: number;
  /**
   * The changes refused for sitting outside their signer's folder, by file (each also counted in a
   * 'forged-changes' problem). The caller, who knows what is stored, may find some are exact copies of changes it
   * holds: a relay written before the signer had a folder of its own, harmless.
   */
  refused?: { path: string; changes: ChangeRecord[] }[];
}

export const writeRequestSchema = z.object({
  projectId: projectIdSchema,
  deviceId: deviceIdSchema,
  segments: z.array(z.object({ name: segmentFileName, bytes: z.instanceof(Uint8Array) })).max(10_000),
});
export type WriteRequest = z.infer<typeof writeRequestSchema>;
export interface WriteResult {
  written: string[];
  /** Set when writing stopped early; what was written stays written. */
  error?: string;
  /** Why, as data, when the file system's code explains it (worded where the problem is shown). */
  why?: FileWriteWhy;
}

export const compactRequestSchema = z.object({
  projectId: projectIdSchema,
  deviceId: deviceIdSchema,
  deviceName: z.string().max(200),
  /** A sequence number reserved for the snapshot, above every one this device used. */
  seq: z.number().int().min(1),
  now: z.string(),
  /** Compact only when there are at least this many own segments. */
  minSegments: z.number().int().min(2).default(2),
  /** Leave out every value these erasures removed (and any the files' own erasures remove). */
  erase: erasureFilterSchema.optional(),
  /** Rewrite only when some own file holds an erased value: the check every sync after an erasure makes. */
  onlyIfErased: z.boolean().default(false),
});
export type CompactRequest = z.input<typeof compactRequestSchema>;
export type CompactResult =
  | { status: 'compacted'; written: string; retired: string[]; changes: number; erased: number }
  /** `clean`: skipped because no own file holds an erased value (what `onlyIfErased` was asking). */
  | { status: 'skipped'; reason: ErrorWords; clean?: boolean };

/**
 * Purging a retired device's files (a lost or retired laptop that will never sync again to rewrite its own):
 * the only time anything writes into another device's folder, and only on a person's explicit request.
 */
export const purgeRequestSchema = z.object({
  projectId: projectIdSchema,
  /** The device whose files are rewritten. */
  deviceId: deviceIdSchema,
  now: z.string(),
  erase: erasureFilterSchema,
  /** Say what would change, change nothing. */
  dryRun: z.boolean().default(false),
});
export type PurgeRequest = z.input<typeof purgeRequestSchema>;
export type PurgeResult =
  /** None of its files holds an erased value: nothing to do. */
  | { status: 'clean'; files: number }
  | {
      status: 'purged' | 'would-purge';
      deviceName: string;
      /** Its segment files, and how many of them hold erased values. */
      files: number;
      erasedFiles: number;
      /** Changes that held erased values, and changes kept. */
      erased: number;
      kept: number;
      written: string[];
      retired: string[];
    }
  | { status: 'skipped'; reason: ErrorWords };

/** What a platform offers for one project's sync folder. Electron: over IPC to main; browser: File System Access. */
export interface SyncFolderPort {
  scan(request: ScanRequest): Promise<ScanResult>;
  write(request: WriteRequest): Promise<WriteResult>;
  compact(request: CompactRequest): Promise<CompactResult>;
  purge(request: PurgeRequest): Promise<PurgeResult>;
}
