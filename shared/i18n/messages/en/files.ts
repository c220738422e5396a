/**
 * English messages: files (why a file cannot be written or read, from node/, as the command line prints it; and
 * sizes in bytes, as the photo checks give them).
 */
export const files = {
  'files.cannotWrite': 'cannot write {file}: {reason}',
  'files.reason.noFolder': 'its folder does not exist',
  'files.reason.pathHasFile': 'part of its path is a file, not a folder',
  'files.reason.isFolder': 'it is a folder, not a file',
  'files.reason.permission': 'permission denied',
  'files.reason.diskFull': 'the disk is full',
  'files.reason.quota': 'the disk quota is used up',
  'files.reason.readOnly': 'the disk is read-only',
  'files.reason.nameTooLong': 'the name is too long',
  'files.reason.linkLoop': 'it is a link that leads round in a circle',
  'files.reason.diskError': 'the disk reported an error',
  'files.reason.linkRefused': 'it is a link, and links are not followed here',
  'files.reason.notOrdinary':
    'it is {what, select, folder {a folder} pipe {a named pipe} device {a device} socket {a socket} other {not an ordinary file}}, not a file; Fieldnotes writes only ordinary files',
  'files.reason.folderNotFolder': 'its folder is not a folder',
  'files.reason.parentIsFile': 'it is a file, not a folder',
  'files.reason.namesTaken': '{count, plural, one {# folder} other {# folders}} of that name are already there',
  'files.tooLarge': '"{file}" is {size} MB; Fieldnotes opens files of up to {limit} MB.',
  'files.noSyncFolder': 'There is no folder at {path}.',
  'files.changedWhileRead': 'the file changed while it was being read; try again once it is saved',
  // Sizes (describeBytes)
  'files.size.megabytes': '{size} MB',
  'files.size.kilobytes': '{size} KB',
};
