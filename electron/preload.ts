/**
 * The sandboxed preload (built to CommonJS: a sandboxed preload cannot be an ES module). It exposes exactly the
 * named methods of `FieldnotesBridge` on `window.fieldnotes` and nothing else — never `ipcRenderer` itself, so a
 * compromised page can reach only these channels, whose payloads main validates anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, ipcEvents, type FieldnotesBridge } from '../shared/ipc';

/** What the page asked to finish before the window closes (see `onCloseRequested`). */
const closeFlushes = new Set<() => unknown>();

// Listening from the start, so main gets an answer even from a page that registered nothing (or is still loading).
ipcRenderer.on(ipcEvents.closeRequested.channel, (_event: unknown, payload: unknown) => {
  const parsed = ipcEvents.closeRequested.payload.safeParse(payload);
  if (!parsed.success) return;
  const flushes = [...closeFlushes].map((flush) => Promise.resolve().then(flush));
  void Promise.allSettled(flushes).then(() => ipcRenderer.invoke(ipcChannels.closeFlushed.channel, parsed.data));
});

const bridge = {
  appInfo: () => ipcRenderer.invoke(ipcChannels.appInfo.channel),
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile.channel, request),
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile.channel, request),
  saveFolder: (request) => ipcRenderer.invoke(ipcChannels.saveFolder.channel, request),
  syncChooseFolder: (request) => ipcRenderer.invoke(ipcChannels.syncChooseFolder.channel, request),
  syncForgetFolder: (request) => ipcRenderer.invoke(ipcChannels.syncForgetFolder.channel, request),
  syncFolder: (request) => ipcRenderer.invoke(ipcChannels.syncFolder.channel, request),
  syncScan: (request) => ipcRenderer.invoke(ipcChannels.syncScan.channel, request),
  syncWrite: (request) => ipcRenderer.invoke(ipcChannels.syncWrite.channel, request),
  syncCompact: (request) => ipcRenderer.invoke(ipcChannels.syncCompact.channel, request),
  syncPurge: (request) => ipcRenderer.invoke(ipcChannels.syncPurge.channel, request),
  // The page gets the project id only: never the event (its `sender` is the ipcRenderer).
  onSyncFolderChanged(callback) {
    const listener = (_event: unknown, payload: unknown) => {
      const parsed = ipcEvents.syncFolderChanged.payload.safeParse(payload);
      if (parsed.success) callback(parsed.data.projectId);
    };
    ipcRenderer.on(ipcEvents.syncFolderChanged.channel, listener);
    return () => void ipcRenderer.removeListener(ipcEvents.syncFolderChanged.channel, listener);
  },
  onCloseRequested(flush) {
    closeFlushes.add(flush);
    return () => void closeFlushes.delete(flush);
  },
} satisfies FieldnotesBridge;

contextBridge.exposeInMainWorld('fieldnotes', bridge);
