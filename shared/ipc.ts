/**
 * The one contract between the renderer and the Electron main process (DESIGN §3).
 * Each channel names its request and response schemas; preload exposes one named method per channel,
 * and main validates every request with these schemas before acting. Nothing else crosses the bridge.
 */
import { z } from 'zod';

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

/** A file name only: no folders, no traversal, nothing a file system would refuse. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name) && name !== '.' && name !== '..', 'not a plain file name');

export const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_IPC_FILE_BYTES, 'file too large'),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const saveFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveFileResponse = z.infer<typeof saveFileResponseSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

export const openFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: z.string(), data: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type OpenFileResponse = z.infer<typeof openFileResponseSchema>;

export const ipcChannels = {
  appInfo: { channel: 'fieldnotes:app-info', request: z.undefined(), response: appInfoSchema },
  saveFile: { channel: 'fieldnotes:save-file', request: saveFileRequestSchema, response: saveFileResponseSchema },
  openFile: { channel: 'fieldnotes:open-file', request: openFileRequestSchema, response: openFileResponseSchema },
} as const;

export type IpcMethod = keyof typeof ipcChannels;

/** What preload exposes on `window.fieldnotes`: one named method per channel. */
export interface FieldnotesBridge {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
}
