/**
 * The one contract between the renderer and the Electron main process (architecture: Electron shell).
 * Each channel names its request and response schemas; preload exposes one named method per channel,
 * and main validates every request with these schemas before acting. Nothing else crosses the bridge.
 */
import { z } from 'zod';
import { issueParams } from './i18n/schemaIssue';
import {
  compactRequestSchema,
  purgeRequestSchema,
  scanRequestSchema,
  writeRequestSchema,
  type CompactRequest,
  type CompactResult,
  type PurgeRequest,
  type PurgeResult,
  type ScanRequest,
  type ScanResult,
  type WriteRequest,
  type WriteResult,
} from './sync/folderProtocol';

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** Largest file the renderer may hand to main in one save or receive from one open. */
export const MAX_IPC_FILE_BYTES = 200 * 1024 * 1024;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
  chrome: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Bytes over the cap a request may carry, said with the cap in megabytes. */
const tooLarge = issueParams({
  words: { id: 'schemaIssues.tooManyBytes', values: { limit: MAX_IPC_FILE_BYTES / (1024 * 1024) } },
});

/** A file name only: no folders, no traversal, nothing a file system would refuse. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name) && name !== '.' && name !== '..',
    issueParams({ words: { id: 'schemaIssues.format', values: { format: 'fileName' } } }),
  );

export const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_IPC_FILE_BYTES, tooLarge),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const saveFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveFileResponse = z.infer<typeof saveFileResponseSchema>;

/**
 * "Export all" in the desktop app: the files go into one new folder inside the folder the person picks (a folder of
 * that name already there is never touched; the new one is numbered). Names are plain file names, each once.
 */
export const saveFolderRequestSchema = z.object({
  folderName: fileNameSchema,
  files: z
    .array(z.object({ name: fileNameSchema, data: z.instanceof(Uint8Array) }))
    .min(1)
    .max(50)
    .refine(
      (files) => new Set(files.map((f) => f.name)).size === files.length,
      issueParams({ words: { id: 'schemaIssues.repeated' } }),
    )
    .refine((files) => files.reduce((sum, f) => sum + f.data.byteLength, 0) <= MAX_IPC_FILE_BYTES, tooLarge),
});
export type SaveFolderRequest = z.input<typeof saveFolderRequestSchema>;

export const saveFolderResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), folderName: z.string(), fileCount: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveFolderResponse = z.infer<typeof saveFolderResponseSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

export const openFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: z.string(), data: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type OpenFileResponse = z.infer<typeof openFileResponseSchema>;

/** The sync folder (architecture: Sync and bundles): main keeps which folder each project syncs through; the renderer names only the project. */
export const syncProjectRequestSchema = z.object({ projectId: scanRequestSchema.shape.projectId });
export type SyncProjectRequest = z.infer<typeof syncProjectRequestSchema>;

export const syncChooseFolderResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), label: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SyncChooseFolderResponse = z.infer<typeof syncChooseFolderResponseSchema>;

export const syncFolderResponseSchema = z.object({ label: z.string().nullable() });
export type SyncFolderResponse = z.infer<typeof syncFolderResponseSchema>;

/**
 * Closing the window: main asks the page to write out what it holds only in memory (capture's draft, notes on
 * their way) and waits for the answer, or a few seconds at most, before letting the window close.
 */
export const closeRequestSchema = z.object({ requestId: z.string().uuid() });
export type CloseRequest = z.infer<typeof closeRequestSchema>;

// Results come from main's own code (shared/sync/folderSync.ts), so they are typed, not re-validated.
const scanResultSchema = z.custom<ScanResult>((value) => typeof value === 'object' && value !== null);
const writeResultSchema = z.custom<WriteResult>((value) => typeof value === 'object' && value !== null);
const compactResultSchema = z.custom<CompactResult>((value) => typeof value === 'object' && value !== null);
const purgeResultSchema = z.custom<PurgeResult>((value) => typeof value === 'object' && value !== null);

export const ipcChannels = {
  appInfo: { channel: 'fieldnotes:app-info', request: z.undefined(), response: appInfoSchema },
  saveFile: { channel: 'fieldnotes:save-file', request: saveFileRequestSchema, response: saveFileResponseSchema },
  openFile: { channel: 'fieldnotes:open-file', request: openFileRequestSchema, response: openFileResponseSchema },
  saveFolder: {
    channel: 'fieldnotes:save-folder',
    request: saveFolderRequestSchema,
    response: saveFolderResponseSchema,
  },
  syncChooseFolder: {
    channel: 'fieldnotes:sync-choose-folder',
    request: syncProjectRequestSchema,
    response: syncChooseFolderResponseSchema,
  },
  syncForgetFolder: {
    channel: 'fieldnotes:sync-forget-folder',
    request: syncProjectRequestSchema,
    response: syncFolderResponseSchema,
  },
  syncFolder: {
    channel: 'fieldnotes:sync-folder',
    request: syncProjectRequestSchema,
    response: syncFolderResponseSchema,
  },
  syncScan: { channel: 'fieldnotes:sync-scan', request: scanRequestSchema, response: scanResultSchema },
  syncWrite: { channel: 'fieldnotes:sync-write', request: writeRequestSchema, response: writeResultSchema },
  syncCompact: { channel: 'fieldnotes:sync-compact', request: compactRequestSchema, response: compactResultSchema },
  syncPurge: { channel: 'fieldnotes:sync-purge', request: purgeRequestSchema, response: purgeResultSchema },
  /** The page's answer to `closeRequested` (sent by preload itself, not exposed to the page). */
  closeFlushed: {
    channel: 'fieldnotes:close-flushed',
    request: closeRequestSchema,
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

/** Main → renderer events (no reply). Preload subscribes on the renderer's behalf and hands over the payload only. */
export const ipcEvents = {
  syncFolderChanged: {
    channel: 'fieldnotes:sync-folder-changed',
    payload: syncProjectRequestSchema,
  },
  closeRequested: {
    channel: 'fieldnotes:close-requested',
    payload: closeRequestSchema,
  },
} as const;

/** Channels preload uses on the page's behalf and does not expose as bridge methods. */
export const PRELOAD_ONLY_CHANNELS = ['closeFlushed'] as const satisfies readonly IpcMethod[];

export type IpcMethod = keyof typeof ipcChannels;

/** What preload exposes on `window.fieldnotes`: one named method per channel. */
export interface FieldnotesBridge {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
  /** Ask for a folder and write the files as one new folder inside it. */
  saveFolder(request: SaveFolderRequest): Promise<SaveFolderResponse>;
  /** Show the folder dialog and remember the choice for this project. */
  syncChooseFolder(request: SyncProjectRequest): Promise<SyncChooseFolderResponse>;
  syncForgetFolder(request: SyncProjectRequest): Promise<SyncFolderResponse>;
  /** The folder main has for this project, if any. */
  syncFolder(request: SyncProjectRequest): Promise<SyncFolderResponse>;
  syncScan(request: ScanRequest): Promise<ScanResult>;
  syncWrite(request: WriteRequest): Promise<WriteResult>;
  syncCompact(request: CompactRequest): Promise<CompactResult>;
  /** Rewrite a retired device's files without erased values (only on a person's explicit request). */
  syncPurge(request: PurgeRequest): Promise<PurgeResult>;
  /** Called with the project id when its sync folder changes on disk; returns an unsubscribe. */
  onSyncFolderChanged(callback: (projectId: string) => void): () => void;
  /**
   * Registers work to finish before the window closes (write a draft, wait for a save). Preload answers main's
   * close request once every registered flush has settled; returns an unsubscribe.
   */
  onCloseRequested(flush: () => unknown): () => void;
}
