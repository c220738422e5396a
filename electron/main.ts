/**
 * The Electron main process: wiring only. The rules live in small modules beside it: origins.ts (who is
 * trusted), csp.ts, appProtocol.ts (serving app://fieldnotes/), guards.ts (navigation, windows, permissions),
 * ipc/handlers.ts (the IPC contract), menu.ts and window.ts. File and folder work is plain Node, in node/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { ipcChannels, ipcEvents, type IpcMethod } from '../shared/ipc';
import { serveAppRequest } from './appProtocol';
import { contentSecurityPolicy } from './csp';
import { createDialogs } from './dialogs';
import { guardSession, guardWebContents } from './guards';
import { createIpcHandlers, type IpcHandlers } from './ipc/handlers';
import { forRenderer } from './ipc/ipcProblem';
import { createSyncHandlers } from './ipc/syncHandlers';
import { createCloseFlush, type CloseFlush } from './ipc/closeFlush';
import { applicationMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, devServerOrigin, isTrustedOrigin } from './origins';
import { createMainWindow } from './window';

const APP_NAME = 'Fieldnotes';
const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

// `electron-vite dev` sets ELECTRON_RENDERER_URL; a packaged app ignores it so it can never load another page.
const rendererDevUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const devOrigin = devServerOrigin(rendererDevUrl);
const trustedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
const csp = contentSecurityPolicy({ devServerOrigin: devOrigin });

// Before `ready`: a standard, secure scheme gets a real origin (IndexedDB, fetch, module scripts) that never changes.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
  },
]);
app.enableSandbox();
// End-to-end tests run against a throw-away profile, never the developer's real notes. Ignored once packaged.
if (!app.isPackaged && process.env.FIELDNOTES_USER_DATA_DIR)
  app.setPath('userData', process.env.FIELDNOTES_USER_DATA_DIR);

let mainWindow: BrowserWindow | null = null;
let closeFlush: CloseFlush | null = null;
let quitting = false;

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath, title: APP_NAME });
  mainWindow.on('closed', () => (mainWindow = null));
  // The page writes what it holds in memory before the window goes; a quit held for that carries on after.
  closeFlush?.holdClose(mainWindow, () => {
    if (quitting) setImmediate(() => app.quit());
  });
  void mainWindow.loadURL(devOrigin && rendererDevUrl ? rendererDevUrl : APP_ENTRY_URL);
}

function showAbout(): void {
  const detail = `Version ${app.getVersion()}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`;
  const options = { type: 'info' as const, title: `About ${APP_NAME}`, message: APP_NAME, detail, buttons: ['OK'] };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function registerIpc(): void {
  const isTrustedSender = (frameUrl: string | undefined) => isTrustedOrigin(frameUrl, trustedOrigins);
  const dialogs = createDialogs();
  const sync = createSyncHandlers({
    isTrustedSender,
    chooseFolder: dialogs.chooseFolder,
    storeFile: path.join(app.getPath('userData'), 'sync-folders.json'),
    notify: (projectId) => {
      for (const win of BrowserWindow.getAllWindows())
        win.webContents.send(ipcEvents.syncFolderChanged.channel, { projectId });
    },
  });
  app.on('will-quit', () => sync.dispose());
  closeFlush = createCloseFlush({ isTrustedSender });
  const handlers: IpcHandlers = {
    ...sync,
    ...closeFlush.handlers,
    ...createIpcHandlers({
      isTrustedSender,
      appInfo: () => ({
        name: APP_NAME,
        version: app.getVersion(),
        platform: process.platform,
        electron: process.versions.electron,
        chrome: process.versions.chrome,
      }),
      ...dialogs,
    }),
  };
  for (const method of Object.keys(ipcChannels) as IpcMethod[]) {
    const handler = handlers[method] as (frameUrl: string | undefined, payload: unknown) => Promise<unknown>;
    // A file problem crosses as data, so the page says it in the app's language (ipc/ipcProblem.ts).
    ipcMain.handle(ipcChannels[method].channel, (event, payload: unknown) =>
      handler(event.senderFrame?.url, payload).catch((error: unknown) => {
        throw forRenderer(error);
      }),
    );
  }
}

// One instance: a second launch focuses the open window instead of racing it for the same database.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trustedOrigins));

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) =>
      serveAppRequest(rendererRoot, request, { 'Content-Security-Policy': csp }),
    );
    guardSession(session.defaultSession, { trustedOrigins, devServerOrigin: devOrigin, contentSecurityPolicy: csp });
    registerIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenuTemplate({
          appName: APP_NAME,
          isMac: process.platform === 'darwin',
          isDev: !app.isPackaged,
          onAbout: showAbout,
        }),
      ),
    );
    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });

  app.on('before-quit', () => (quitting = true));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
