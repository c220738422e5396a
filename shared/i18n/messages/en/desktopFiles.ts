/**
 * English messages: desktopFiles (a file task the desktop app's main process could not do, worded by the page:
 * renderer/platform/ipcProblemWords.ts).
 */
export const desktopFiles = {
  'desktopFiles.cannotWrite': '“{file}” could not be written: {reason}.',
  'desktopFiles.outsideFolder': 'Refused “{name}”: it points outside the chosen folder.',
  'desktopFiles.notAFile': '“{file}” is not a file.',
  'desktopFiles.changedWhileRead': '“{file}” changed while it was being read. Try again.',
  'desktopFiles.noSyncFolder': 'No shared folder is chosen for this project. Choose one on the Sync screen.',
  'desktopFiles.notAFolder': '“{path}” is not a folder that can be opened.',
  'desktopFiles.notAbsolute': 'The dialog returned a path that is not absolute.',
  'desktopFiles.refused': 'The desktop app refused the request: {detail}',
};
