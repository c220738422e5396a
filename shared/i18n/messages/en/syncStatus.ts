/**
 * English messages: what sync says about itself (shared/sync: the status, each problem it finds, the mass-deletion
 * question), read on the Sync screen and printed by the command line.
 */
export const syncStatus = {
  // How long ago, and who
  'syncStatus.ago.never': 'never',
  'syncStatus.ago.unknown': 'at an unknown time',
  'syncStatus.ago.justNow': 'just now',
  'syncStatus.ago.minutes': '{count, plural, one {# minute ago} other {# minutes ago}}',
  'syncStatus.ago.hours': '{count, plural, one {# hour ago} other {# hours ago}}',
  'syncStatus.ago.days': '{count, plural, one {yesterday} other {# days ago}}',
  'syncStatus.duration.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'syncStatus.duration.hours': '{count, plural, one {# hour} other {# hours}}',
  'syncStatus.duration.days': '{count, plural, one {# day} other {# days}}',
  'syncStatus.device.ending': 'the device ending {id}',
  'syncStatus.device.unknown': 'a device',
  'syncStatus.device.thisComputer': 'this computer',
  'syncStatus.device.thisComputerStart': 'This computer',

  // The status
  'syncStatus.lastSynced': 'Last synced {ago}.',
  'syncStatus.notSynced': 'Not synced yet.',
  'syncStatus.allSent': 'All your changes are in the shared folder.',
  'syncStatus.waiting':
    '{count, plural, one {# change waiting to go to the shared folder.} other {# changes waiting to go to the shared folder.}}',
  'syncStatus.headline.unsupported':
    'This browser cannot use a shared folder. Use bundles (Export and Import) to exchange work, or open Fieldnotes in Chrome or Edge.',
  'syncStatus.headline.off':
    'No shared folder chosen. Choose one on the Sync screen to sync with other devices, or use bundles.',
  'syncStatus.headline.problem': 'Sync needs your attention.',
  'syncStatus.headline.attention': '{lastSync} Some things need a look.',
  'syncStatus.headline.inStep':
    '{lastSync} In step with {count, plural, one {# other device} other {# other devices}}.',
  'syncStatus.headline.alone': '{lastSync} No other devices yet.',
  'syncStatus.massDeletion':
    'This would remove {deleting} of the {live} items in “{project}”. Nothing has been removed yet. Go ahead only if you expected this.',
  'syncStatus.aProject': 'a project',

  // Each problem sync can find
  'syncProblem.notYet.many':
    '{count} files from {unnamed, select, yes {a device} other {{device}}} have not finished copying yet. They will be read on a later sync; nothing is lost.',
  'syncProblem.notYet.one':
    'A file from {unnamed, select, yes {a device} other {{device}}} has not finished copying yet{file}. It will be read on a later sync; nothing is lost.',
  'syncProblem.damaged':
    'A file from {unnamed, select, yes {a device} other {{device}}} is damaged{file}: it is complete, but its content does not match its checksum, so its changes were not read. Ask the person using {unnamed, select, yes {that device} other {{device}}} to export the project as a bundle (Sync screen) and import it here; then the damaged file can be deleted from the shared folder.',
  'syncProblem.conflictedCopy.many':
    'Your file-sync service made {count} duplicate copies of files. Fieldnotes ignores them; you may delete them.',
  'syncProblem.conflictedCopy.one':
    'Your file-sync service made a duplicate copy{file}. Fieldnotes ignores it; you may delete it.',
  'syncProblem.newerVersion':
    '{Device} uses a newer version of Fieldnotes. Update the app to see that work; it is kept safe meanwhile.',
  'syncProblem.upTo': '(up to {date})',
  'syncProblem.heldFuture':
    '{count, plural, one {# change from {unnamed, select, yes {a device} other {{device}}} is dated in the future{upTo}, more than a day ahead of this computer, and is held, not applied.} other {# changes from {unnamed, select, yes {a device} other {{device}}} are dated in the future{upTo}, more than a day ahead of this computer, and are held, not applied.}} Accept or reject them on the Sync screen (on the command line: --accept-future). Ask them to correct the date and time on that computer.',
  'syncProblem.clockAhead':
    'The clock on {unnamed, select, yes {a device} other {{device}}} is {duration} ahead. Its changes are kept, but edits to the same items may not show until then. Ask them to correct the date and time on that computer.',
  'syncProblem.duplicate.own':
    'Another computer is saving as this one (Fieldnotes was probably copied with its data). Both computers’ work is kept. On one of them, export its work as a bundle, remove and reinstall Fieldnotes there, then import the bundle.',
  'syncProblem.duplicate.other':
    'Two computers are saving as {unnamed, select, yes {a device} other {{device}}} (one was probably copied from the other). Their work is kept, but ask them to reset the sync identity on one of them.',
  'syncProblem.first': '(first: {detail})',
  'syncProblem.invalid.some':
    'Some changes from {unnamed, select, yes {a device} other {{device}}} could not be used and were skipped{first}.',
  'syncProblem.invalid':
    '{count, plural, one {# change from {unnamed, select, yes {a device} other {{device}}} could not be used and was skipped{first}.} other {# changes from {unnamed, select, yes {a device} other {{device}}} could not be used and were skipped{first}.}}',
  'syncProblem.forged':
    '{count, plural, one {# change in the files of {unnamed, select, yes {a device} other {{device}}} is signed as another device and was refused} other {# changes in the files of {unnamed, select, yes {a device} other {{device}}} are signed as another device and were refused}} (changes signed as another device). A device may only write its own folder; check who else writes to the shared folder.',
  'syncProblem.otherProject':
    '{count, plural, one {# change from {unnamed, select, yes {a device} other {{device}}} names an item of another project and was refused.} other {# changes from {unnamed, select, yes {a device} other {{device}}} name an item of another project and were refused.}}',
  'syncProblem.stampConflict':
    '{count, plural, one {# change from {unnamed, select, yes {a device} other {{device}}} reuses the stamp of a different change and was refused; the change from the device’s own folder is kept.} other {# changes from {unnamed, select, yes {a device} other {{device}}} reuse the stamp of a different change and were refused; the change from the device’s own folder is kept.}}',
  'syncProblem.wrongPlace': 'A file in the shared folder is not where it belongs and was ignored{file}.',
  'syncProblem.manyItems': 'many items',
  'syncProblem.items': '{count, plural, one {# item} other {# items}}',
  'syncProblem.massDeletion':
    '{Device} removes {what} of this project. The app asks before applying that; check with them that it was meant.',
  'syncProblem.link':
    'A link in the shared folder was not followed{path}: Fieldnotes reads only real folders and files there. If nobody on the team made it, remove it.',
  'syncProblem.folderUnavailable':
    'The shared folder cannot be reached{detail}. Check that it is connected. Your work is safe on this computer.',
  'syncProblem.detail.folderMissing': 'the folder is missing',
  'syncProblem.writeFailed':
    'Your latest changes could not be written to the shared folder{detail}. They are safe on this computer and will be written on the next sync.',
  'syncProblem.compactionSkipped': 'Tidying up this computer’s sync files was put off{detail}. Nothing is lost.',
  'syncProblem.erasedValues':
    '{count, plural, one {# change in the files of {unnamed, select, yes {a device} other {{device}}} still holds words that were erased; it is left out.} other {# changes in the files of {unnamed, select, yes {a device} other {{device}}} still hold words that were erased; they are left out.}} {Device} rewrites its files at its next sync; if it will never sync again, purge it (Sync screen, or fieldnotes purge).',
} as const satisfies Record<string, string>;
