/**
 * The platform the UI talks to: Electron's when the preload bridge is present, the browser's otherwise.
 * Chosen once, on first use.
 */
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './types';

export type {
  AppInfo,
  FileFilter,
  FolderSyncPlatform,
  OpenedFile,
  OpenFileOptions,
  Platform,
  SaveFileOptions,
  SaveFileResult,
  SaveFolderOptions,
  SaveFolderResult,
} from './types';

export function selectPlatform(win: Window): Platform {
  return win.fieldnotes ? createElectronPlatform(win.fieldnotes) : createBrowserPlatform(win.document);
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= selectPlatform(window);
  return current;
}
