/**
 * What the UI may ask of the machine it runs on: save bytes as a file, open a file, describe the app. Two
 * implementations: Electron (the preload bridge, native dialogs) and the browser (downloads, a file input), so
 * the same UI runs in a plain browser for tests and locked-down laptops (DESIGN §3).
 */
import type { AppInfo, FileFilter } from '../../shared/ipc';

export type { AppInfo, FileFilter };

export interface SaveFileOptions {
  /** A plain file name (no folders); the user may change it in the save dialog. */
  suggestedName: string;
  data: Uint8Array;
  mimeType: string;
  filters?: FileFilter[];
}

export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export interface OpenFileOptions {
  filters?: FileFilter[];
}

export interface OpenedFile {
  fileName: string;
  data: Uint8Array;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  saveFile(options: SaveFileOptions): Promise<SaveFileResult>;
  /** The chosen file's name and bytes, or null when the user cancelled. */
  openFile(options?: OpenFileOptions): Promise<OpenedFile | null>;
}
