/**
 * The one application window, with every web preference the architecture's Electron shell section requires spelled out (not left to defaults
 * that a future Electron might change).
 */
import { BrowserWindow } from 'electron';

export function createMainWindow(options: { preloadPath: string; title: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    title: options.title,
    // Shown once painted, so a facilitator never sees a blank white frame.
    show: false,
    backgroundColor: '#f6f4ee',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
