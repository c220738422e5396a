/**
 * The sandboxed preload (built to CommonJS: a sandboxed preload cannot be an ES module). It exposes exactly the
 * named methods of `FieldnotesBridge` on `window.fieldnotes` and nothing else — never `ipcRenderer` itself, so a
 * compromised page can reach only these three channels, whose payloads main validates anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type FieldnotesBridge } from '../shared/ipc';

const bridge = {
  appInfo: () => ipcRenderer.invoke(ipcChannels.appInfo.channel),
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile.channel, request),
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile.channel, request),
} satisfies FieldnotesBridge;

contextBridge.exposeInMainWorld('fieldnotes', bridge);
