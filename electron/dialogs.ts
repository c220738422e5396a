/**
 * The native save, open and folder dialogs behind the IPC handlers' `chooseSavePath` / `chooseOpenPath` /
 * `chooseExportFolder` / `chooseFolder` (the sync folder). The file dialogs
 * start in the folder used last (then Documents), so repeated exports land together.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { FileFilter } from '../shared/ipc';

export function createDialogs() {
  let lastFolder: string | undefined;
  const startFolder = () => lastFolder ?? app.getPath('documents');
  const remember = (filePath: string) => {
    lastFolder = path.dirname(filePath);
    return filePath;
  };

  return {
    async chooseSavePath(options: { suggestedName: string; filters: FileFilter[] }): Promise<string | undefined> {
      const dialogOptions: Electron.SaveDialogOptions = {
        defaultPath: path.join(startFolder(), options.suggestedName),
        filters: options.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = BrowserWindow.getFocusedWindow();
      const result = owner
        ? await dialog.showSaveDialog(owner, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? undefined : remember(result.filePath);
    },

    async chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | undefined> {
      const dialogOptions: Electron.OpenDialogOptions = {
        defaultPath: startFolder(),
        filters: options.filters,
        properties: ['openFile'],
      };
      const owner = BrowserWindow.getFocusedWindow();
      const result = owner
        ? await dialog.showOpenDialog(owner, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      const chosen = result.filePaths[0];
      return result.canceled || !chosen ? undefined : remember(chosen);
    },

    /** Where "Export all" puts its new folder; remembered like the save dialog's folder. */
    async chooseExportFolder(): Promise<string | undefined> {
      const dialogOptions: Electron.OpenDialogOptions = {
        title: 'Choose where to put the export folder',
        buttonLabel: 'Export here',
        defaultPath: startFolder(),
        properties: ['openDirectory', 'createDirectory'],
      };
      const owner = BrowserWindow.getFocusedWindow();
      const result = owner
        ? await dialog.showOpenDialog(owner, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      const chosen = result.filePaths[0];
      if (result.canceled || !chosen) return undefined;
      lastFolder = chosen;
      return chosen;
    },

    /** The sync folder: a shared folder (OneDrive, Dropbox, a USB stick) that other devices also use. */
    async chooseFolder(): Promise<string | undefined> {
      const dialogOptions: Electron.OpenDialogOptions = {
        title: 'Choose the shared sync folder',
        buttonLabel: 'Use this folder',
        properties: ['openDirectory', 'createDirectory'],
      };
      const owner = BrowserWindow.getFocusedWindow();
      const result = owner
        ? await dialog.showOpenDialog(owner, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
