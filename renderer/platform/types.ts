/**
 * What the UI may ask of the machine it runs on: save bytes as a file, open a file, describe the app. Two
 * implementations: Electron (the preload bridge, native dialogs) and the browser (downloads, a file input), so
 * the same UI runs in a plain browser for tests and locked-down laptops (architecture: Layers).
 */
import type { AppInfo, FileFilter } from '../../shared/ipc';
import type { SyncFolderPort } from '../../shared/sync/folderProtocol';
import type { FieldnotesDb } from '../data/db';

export type { AppInfo, FileFilter };

export interface SaveFileOptions {
  /** A plain file name (no folders); the user may change it in the save dialog. */
  suggestedName: string;
  data: Uint8Array;
  mimeType: string;
  filters?: FileFilter[];
}

export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };

/** "Export all": several files that belong together. */
export interface SaveFolderOptions {
  /** A plain name for the folder (and the zip in the browser). */
  folderName: string;
  files: { name: string; data: Uint8Array }[];
}

/** `kind`: a new folder on disk (desktop) or one zip holding the folder (browser download). */
export type SaveFolderResult = { status: 'saved'; name: string; kind: 'folder' | 'zip' } | { status: 'cancelled' };

export interface OpenFileOptions {
  filters?: FileFilter[];
}

export interface OpenedFile {
  fileName: string;
  data: Uint8Array;
}

/**
 * The shared sync folder (architecture: Sync and bundles). Electron: main holds the folder and does the file work over IPC.
 * Browser: the File System Access API where the browser has it ('fs-access'), otherwise 'unsupported' (bundles
 * still work everywhere). The folder's label in the project's sync state is the UI's business, not this one's.
 */
export interface FolderSyncPlatform {
  readonly kind: 'electron' | 'fs-access' | 'unsupported';
  /** Ask the person for a folder for this project; its label (path or name), or null if they cancelled. */
  choose(db: FieldnotesDb, projectId: string): Promise<string | null>;
  forget(db: FieldnotesDb, projectId: string): Promise<void>;
  /**
   * The project's folder, or null when none is chosen or access is not granted. `ask` may show the browser's
   * permission prompt, which needs a click: true only from a button.
   */
  port(db: FieldnotesDb, projectId: string, options: { ask: boolean }): Promise<SyncFolderPort | null>;
  /** "The folder changed on disk" events, where the platform has them; returns an unsubscribe. */
  watch?(projectId: string, onChange: () => void): () => void;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  readonly sync: FolderSyncPlatform;
  appInfo(): Promise<AppInfo>;
  saveFile(options: SaveFileOptions): Promise<SaveFileResult>;
  /** Desktop: the files as one new folder where the person chooses. Browser: one zip download holding the folder. */
  saveFolder(options: SaveFolderOptions): Promise<SaveFolderResult>;
  /** The chosen file's name and bytes, or null when the user cancelled. */
  openFile(options?: OpenFileOptions): Promise<OpenedFile | null>;
  /**
   * Work to finish before the desktop window closes (write a draft, wait for a save); returns an unsubscribe.
   * The browser has no such moment beyond `pagehide`, which the work's owner listens to itself.
   */
  onBeforeClose(flush: () => unknown): () => void;
}
