/**
 * The main process's side of the IPC contract in shared/ipc.ts, without Electron: dialogs, file access and the
 * sender check are injected, so Vitest drives these handlers exactly as `main.ts` does.
 *
 * Every handler, before anything else: refuse a sender whose frame is not one of our pages, then validate the
 * payload with the channel's zod schema. Only then does it act. The save handlers write only where the user
 * picked in the dialog; the renderer never names a folder.
 */
import path from 'node:path';
import type { z } from 'zod';
import { ipcChannels, MAX_IPC_FILE_BYTES, type AppInfo, type FileFilter, type IpcMethod } from '../../shared/ipc';
import { atomicWriteFile } from '../../node/atomicWrite';
import { fileWriteErrorFrom } from '../../node/fileWriteError';
import { writeExportFolder } from '../../node/exportFolder';
import { readFileLimited } from '../../node/readLimited';
import { resolveInside } from '../../node/resolveInside';
import type { IpcProblem } from '../../shared/ipcProblem';
import { firstIssueWords, issueWords } from '../../shared/i18n/schemaIssue';
import { translator } from '../../shared/i18n/translate';
import { wordsText } from '../../shared/i18n/words';

/** A request main will not carry out: `message` is English (logs), `problem` what the renderer words. */
export class IpcRequestError extends Error {
  readonly problem: IpcProblem;

  constructor(message: string, problem: IpcProblem) {
    super(message);
    this.name = 'IpcRequestError';
    this.problem = problem;
  }
}

export interface IpcHandlerDeps {
  /** Whether a frame at this URL may call us (our app origin, or the local dev server in development). */
  isTrustedSender(frameUrl: string | undefined): boolean;
  appInfo(): AppInfo;
  /** Show the save dialog; the absolute path chosen, or undefined when cancelled. */
  chooseSavePath(options: { suggestedName: string; filters: FileFilter[] }): Promise<string | undefined>;
  /** Show the folder dialog for "Export all"; the absolute path chosen, or undefined when cancelled. */
  chooseExportFolder(): Promise<string | undefined>;
  /** Show the open dialog; the absolute path chosen, or undefined when cancelled. */
  chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | undefined>;
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
  readFile?: (filePath: string, maxBytes: number) => Promise<Uint8Array<ArrayBuffer>>;
  maxFileBytes?: number;
}

type Channel<M extends IpcMethod> = (typeof ipcChannels)[M];
export type IpcResponse<M extends IpcMethod> = z.output<Channel<M>['response']>;
export type IpcHandler<M extends IpcMethod> = (
  frameUrl: string | undefined,
  payload: unknown,
) => Promise<IpcResponse<M>>;
export type IpcHandlers<K extends IpcMethod = IpcMethod> = { [M in K]: IpcHandler<M> };
/** The channels this module answers; the sync folder's are in syncHandlers.ts. */
export type FileMethod = 'appInfo' | 'saveFile' | 'saveFolder' | 'openFile';

/** The first issues of a refused payload in English, for main's log; the page gets the first as words. */
function describeIssues(error: z.ZodError): string {
  const english = translator('en');
  return error.issues
    .slice(0, 3)
    .map((issue) => wordsText(issueWords(issue), english))
    .join('; ');
}

/** The sender check and payload validation every channel shares; `act` sees only a validated request. */
export function guarded<M extends IpcMethod>(
  method: M,
  deps: Pick<IpcHandlerDeps, 'isTrustedSender'>,
  act: (request: z.output<Channel<M>['request']>) => Promise<IpcResponse<M>>,
): IpcHandler<M> {
  const { channel, request: requestSchema, response: responseSchema } = ipcChannels[method];
  return async (frameUrl, payload) => {
    if (!deps.isTrustedSender(frameUrl)) {
      const detail = `Refused ${channel}: the request came from ${frameUrl ?? 'an unknown frame'}, not from Fieldnotes.`;
      throw new IpcRequestError(detail, {
        code: 'refused',
        channel,
        why: { kind: 'not-our-page', frame: frameUrl ?? null },
        detail,
      });
    }
    const parsed = requestSchema.safeParse(payload);
    if (!parsed.success) {
      const detail = `Refused ${channel}: invalid request (${describeIssues(parsed.error)}).`;
      const why = { kind: 'invalid' as const, issue: firstIssueWords(parsed.error) };
      throw new IpcRequestError(detail, { code: 'refused', channel, why, detail });
    }
    const response = await act(parsed.data as z.output<Channel<M>['request']>);
    // The contract binds main too: a response that drifted from the schema is a bug to catch here, not in the UI.
    return responseSchema.parse(response) as IpcResponse<M>;
  };
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers<FileMethod> {
  const writeFile = deps.writeFile ?? atomicWriteFile;
  const readFile = deps.readFile ?? readFileLimited;
  const maxFileBytes = deps.maxFileBytes ?? MAX_IPC_FILE_BYTES;

  return {
    appInfo: guarded('appInfo', deps, async () => deps.appInfo()),

    saveFile: guarded('saveFile', deps, async ({ suggestedName, data, filters }) => {
      const chosen = await deps.chooseSavePath({ suggestedName, filters });
      if (!chosen) return { status: 'cancelled' };
      if (!path.isAbsolute(chosen))
        throw new IpcRequestError('The save dialog returned a path that is not absolute.', { code: 'not-absolute' });
      // The chosen folder bounds the write; a name that is a link out of it is refused, not followed.
      // A folder that vanished since the dialog is said as a file that cannot be written, not as a raw errno.
      const target = await resolveInside(path.dirname(chosen), path.basename(chosen)).catch((error: unknown) => {
        throw fileWriteErrorFrom(error, chosen);
      });
      await writeFile(target, data);
      return { status: 'saved', fileName: path.basename(target) };
    }),

    saveFolder: guarded('saveFolder', deps, async ({ folderName, files }) => {
      const chosen = await deps.chooseExportFolder();
      if (!chosen) return { status: 'cancelled' };
      if (!path.isAbsolute(chosen))
        throw new IpcRequestError('The folder dialog returned a path that is not absolute.', { code: 'not-absolute' });
      const written = await writeExportFolder(chosen, folderName, files);
      return { status: 'saved', folderName: written, fileCount: files.length };
    }),

    openFile: guarded('openFile', deps, async ({ filters }) => {
      const chosen = await deps.chooseOpenPath({ filters });
      if (!chosen) return { status: 'cancelled' };
      const bytes = await readFile(chosen, maxFileBytes);
      return { status: 'opened', fileName: path.basename(chosen), data: bytes };
    }),
  };
}
