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
  'desktopFiles.refused':
    'The desktop app refused a request from this window. This is a fault in Fieldnotes, not something you did, and nothing was changed. Restart Fieldnotes and try again; if it happens again, report it. (Technical detail: {reason}.)',
  'desktopFiles.refusedInvalid': 'the request to {channel} was not valid: {issue}',
  'desktopFiles.refusedSender':
    '{known, select, yes {the request to {channel} came from {frame}, not from a Fieldnotes page} other {the request to {channel} came from an unknown frame, not from a Fieldnotes page}}',
};
