/**
 * The platform inside Electron: every call goes through the preload bridge (`window.fieldnotes`) to the main
 * process, which shows the native dialogs and does the file work.
 */
import type { FieldnotesBridge } from '../../shared/ipc';
import { ownedBytes } from './bytes';
import type { Platform } from './types';

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
    throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''), { cause: error });
  }
}

export function createElectronPlatform(bridge: FieldnotesBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => call(() => bridge.appInfo()),
    saveFile: ({ suggestedName, data, filters = [] }) =>
      call(() => bridge.saveFile({ suggestedName, data: ownedBytes(data), filters })),
    async openFile({ filters = [] } = {}) {
      const response = await call(() => bridge.openFile({ filters }));
      return response.status === 'opened' ? { fileName: response.fileName, data: response.data } : null;
    },
  };
}
