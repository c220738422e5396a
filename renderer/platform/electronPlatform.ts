/**
 * The platform inside Electron: every call goes through the preload bridge (`window.fieldnotes`) to the main
 * process, which shows the native dialogs and does the file work.
 */
import type { FieldnotesBridge } from '../../shared/ipc';
import { ownedBytes } from './bytes';
import { decodeIpcProblem } from '../../shared/ipcProblem';
import { DataError } from '../data/errors';
import { ipcProblemWords } from './ipcProblemWords';
import type { SyncFolderPort } from '../../shared/sync/folderProtocol';
import type { FolderSyncPlatform, Platform } from './types';

declare global {
  interface Window {
    /** Present only inside the Electron app, set by electron/preload.ts. */
    fieldnotes?: FieldnotesBridge;
  }
}

/** Electron prefixes a rejected invoke with "Error invoking remote method '<channel>': <Name>: ". */
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:\w*Error: )?/;

async function call<T>(invoke: () => Promise<T>): Promise<T> {
  try {
    return await invoke();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A file problem comes as data and is worded in the app's language when shown.
    const problem = decodeIpcProblem(message);
    if (problem) throw new DataError('file', ipcProblemWords(problem), { cause: error });
    throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''), { cause: error });
  }
}

function electronFolderSync(bridge: FieldnotesBridge): FolderSyncPlatform {
  const port: SyncFolderPort = {
    scan: (request) => call(() => bridge.syncScan(request)),
    write: (request) => call(() => bridge.syncWrite(request)),
    compact: (request) => call(() => bridge.syncCompact(request)),
    purge: (request) => call(() => bridge.syncPurge(request)),
  };
  return {
    kind: 'electron',
    async choose(_db, projectId) {
      const response = await call(() => bridge.syncChooseFolder({ projectId }));
      return response.status === 'chosen' ? response.label : null;
    },
    async forget(_db, projectId) {
      await call(() => bridge.syncForgetFolder({ projectId }));
    },
    async port(_db, projectId) {
      const { label } = await call(() => bridge.syncFolder({ projectId }));
      return label ? port : null;
    },
    watch: (projectId, onChange) =>
      bridge.onSyncFolderChanged((changed) => {
        if (changed === projectId) onChange();
      }),
  };
}

export function createElectronPlatform(bridge: FieldnotesBridge): Platform {
  return {
    kind: 'electron',
    sync: electronFolderSync(bridge),
    appInfo: () => call(() => bridge.appInfo()),
    saveFile: ({ suggestedName, data, filters = [] }) =>
      call(() => bridge.saveFile({ suggestedName, data: ownedBytes(data), filters })),
    async saveFolder({ folderName, files }) {
      const owned = files.map((file) => ({ name: file.name, data: ownedBytes(file.data) }));
      const response = await call(() => bridge.saveFolder({ folderName, files: owned }));
      return response.status === 'saved'
        ? { status: 'saved', name: response.folderName, kind: 'folder' }
        : { status: 'cancelled' };
    },
    async openFile({ filters = [] } = {}) {
      const response = await call(() => bridge.openFile({ filters }));
      return response.status === 'opened' ? { fileName: response.fileName, data: response.data } : null;
    },
    onBeforeClose: (flush) => bridge.onCloseRequested(flush),
  };
}
