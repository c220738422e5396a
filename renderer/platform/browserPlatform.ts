/**
 * The platform in a plain browser: saving is a download (a Blob behind an <a download>), opening is a hidden
 * <input type=file>. Both are what Playwright's download and file-chooser events see, so browser-mode e2e tests
 * drive them directly. (The File System Access pickers are left out on purpose: tests cannot answer them.)
 */
import type { FileFilter } from '../../shared/ipc';
import { ownedBytes } from './bytes';
import {
  createBrowserSyncPort,
  ensureFolderPermission,
  isFolderSyncSupported,
  loadFolderHandle,
  pickSyncFolder,
  saveFolderHandle,
} from '../data/sync/fsAccessFolder';
import { zipExports } from '../../shared/export/all';
import type { AppInfo, FolderSyncPlatform, OpenedFile, Platform, SaveFileOptions, SaveFileResult } from './types';

/** Long enough for the browser to start the download; revoking at once can cancel it in some browsers. */
const REVOKE_AFTER_MS = 60_000;

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

function downloadBytes(doc: Document, { suggestedName, data, mimeType }: SaveFileOptions): SaveFileResult {
  const url = URL.createObjectURL(new Blob([ownedBytes(data)], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  // The browser picks the final name and folder and never says whether the user kept the file.
  return { status: 'saved', fileName: suggestedName };
}

function chooseFile(doc: Document, filters: FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = (file: File | undefined) => {
      input.remove();
      if (!file) return resolve(null);
      file.arrayBuffer().then((buffer) => resolve({ fileName: file.name, data: new Uint8Array(buffer) }), reject);
    };
    input.addEventListener('change', () => finish(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => finish(undefined), { once: true });
    // Attached while open: some browsers ignore click() on a detached input.
    doc.body.append(input);
    input.click();
  });
}

function chromeVersion(userAgent: string): string {
  return /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? '';
}

/** The sync folder through File System Access; the chosen handle is kept in IndexedDB (see fsAccessFolder.ts). */
export function browserFolderSync(supported = isFolderSyncSupported()): FolderSyncPlatform {
  return {
    kind: supported ? 'fs-access' : 'unsupported',
    async choose(db, projectId) {
      const handle = await pickSyncFolder();
      if (!handle) return null;
      await saveFolderHandle(db, projectId, handle);
      return handle.name;
    },
    forget: (db, projectId) => saveFolderHandle(db, projectId, null),
    async port(db, projectId, { ask }) {
      const handle = await loadFolderHandle(db, projectId);
      if (!handle || !(await ensureFolderPermission(handle, ask))) return null;
      return createBrowserSyncPort(handle);
    },
  };
}

export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    sync: browserFolderSync(),
    async appInfo(): Promise<AppInfo> {
      const version: unknown = import.meta.env.VITE_APP_VERSION;
      return {
        name: 'Fieldnotes',
        version: typeof version === 'string' && version ? version : 'web',
        platform: navigator.platform || 'web',
        electron: '',
        chrome: chromeVersion(navigator.userAgent),
      };
    },
    async saveFile(options) {
      return downloadBytes(doc, options);
    },
    async saveFolder({ folderName, files }) {
      const zipName = `${folderName}.zip`;
      downloadBytes(doc, { suggestedName: zipName, data: zipExports(folderName, files), mimeType: 'application/zip' });
      return { status: 'saved', name: zipName, kind: 'zip' };
    },
    openFile: ({ filters = [] } = {}) => chooseFile(doc, filters),
    onBeforeClose: () => () => undefined,
  };
}
