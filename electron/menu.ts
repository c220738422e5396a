/**
 * The application menu as plain data (only Electron's types are imported), so its shape can be tested without
 * Electron. Edit keeps the standard roles: they give text fields undo/redo, cut/copy/paste and the platform's
 * shortcuts; the app's own command-level undo listens to the same keys in the renderer.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Developer tools and force-reload only while developing. */
  isDev: boolean;
  onAbout(): void;
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, onAbout } = options;
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => onAbout() };

  const macAppMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...macAppMenu,
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        // Reload stays in release builds: the data layer asks the user to reload after another window upgrades it.
        { role: 'reload' },
        ...(isDev
          ? ([{ role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])
          : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? ([{ role: 'windowMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    { label: '&Help', role: 'help', submenu: [about] },
  ];
}
