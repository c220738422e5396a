/** English messages: the Sync screen, bundles (export, import) and the words sync uses for its status. */
export const sync = {
  // The screen and its sections
  'sync.title': 'Sync of {project}',
  'sync.import.heading': 'Import a bundle',
  'sync.import.intro':
    'Bring in sessions, a whole project or a project kit that someone sent you. You see what it adds before anything changes.',
  'sync.folder.heading': 'Shared folder',
  'sync.folder.unsupported':
    'This browser cannot sync through a folder. Folder sync needs Chrome or Edge, or the Fieldnotes desktop app. Bundles (below) work everywhere: export one here and import it on the other device.',
  'sync.folder.syncsThrough':
    'This project syncs through {label}. Every device that uses the same folder (through OneDrive, SharePoint, Dropbox or a USB stick) stays in step.',
  'sync.folder.change': 'Change folder…',
  'sync.folder.stop': 'Stop syncing through this folder',
  'sync.folder.none':
    'No shared folder chosen. Choose a folder that your file-sync service (OneDrive, SharePoint, Dropbox) shares with the other facilitators, or a USB stick you pass around. Nothing is sent anywhere else.',
  'sync.folder.choose': 'Choose folder…',
  'sync.folder.chosen': 'Syncing through {label}',
  'sync.folder.cannotUse': 'The folder could not be used: {reason}',
  'sync.folder.forgotten': 'This project no longer syncs through a folder',
  'sync.device.heading': 'This device',
  'sync.device.name': 'Device name',
  'sync.device.placeholder': 'For example: Maria’s laptop',
  'sync.device.save': 'Save name',
  'sync.device.note': 'Other devices see this name in their sync status and in bundles you export.',
  'sync.device.renamed': 'This device is now called {name}',
  'sync.device.cleared': 'Device name cleared',
  'sync.status.heading': 'Status',
  'sync.status.devicesSeen': 'Devices seen',
  'sync.status.deviceLine': '{name} — last wrote {ago}',
  'sync.status.noOtherDevices': 'No other devices yet.',
  'sync.status.problems': 'Problems found',
  'sync.status.noProblems': 'None.',
  'sync.status.reviewRemoval': 'Review the removal…',
  'sync.status.syncing': 'Syncing…',
  'sync.status.syncNow': 'Sync now',
  'sync.status.compact': 'Compact my history',
  'sync.status.note':
    'Sync runs by itself every minute while Fieldnotes is open, and when the folder changes. “Compact my history” replaces this device’s many small sync files with one, so other devices read them faster. Nothing is lost.',
  'sync.status.removedAfterConfirm': 'Sync finished; the items were removed',
  'sync.removal.title': 'Remove {count, plural, one {# item} other {# items}}?',
  'sync.removal.keep': '{count, plural, one {Keep it for now} other {Keep them for now}}',
  'sync.removal.confirm': 'Remove {count, plural, one {# item} other {# items}}',
  'sync.removal.why':
    'Another device removed them. If you did not expect this, keep them: nothing is removed until you say so, and you can ask the other facilitators what happened.',

  // A run of sync, in the status line
  'sync.run.syncing': 'Syncing with the shared folder…',
  'sync.run.tidying': 'Tidying your sync history…',
  'sync.run.needsPermission':
    'Fieldnotes needs your permission to use the shared folder again. Press “Sync now” to give it.',
  'sync.run.noFolder': 'No shared folder is chosen for this project.',
  'sync.run.tidied': 'History tidied: {count, plural, one {# file} other {# files}} replaced by one.',
  'sync.run.failed': 'Sync did not finish: {reason}. Your work is safe on this computer.',
  'sync.run.failedQuietly': 'Sync did not finish. Your work is safe on this computer.',
  'sync.run.paused': 'Sync paused: it would remove many items. Confirm below.',
  'sync.run.synced':
    'Synced. Sent {sent, plural, one {# change} other {# changes}}, received {received, plural, one {# change} other {# changes}}.',
  'sync.run.erasures':
    'Applied {count, plural, one {# erasure} other {# erasures}} from another device: those words are gone here too.',
  'sync.run.rewritten': 'This computer’s sync files were rewritten without erased words.',

  // Erased words still in the folder, and purging a retired device
  'sync.erased.heading': 'Erased words still in the shared folder',
  'sync.erased.intro':
    'These devices’ sync files still hold words that were erased. Each device rewrites its own files the next time it syncs; until then, the words are in the folder.',
  'sync.erased.device': '{name} — {files, plural, one {# file} other {# files}}, last seen {ago}',
  'sync.erased.own': '; rewritten at this computer’s next sync',
  'sync.erased.purge': 'Purge {name}’s files…',
  'sync.purge.title': 'Purge {name}’s files?',
  'sync.purge.word': 'purge',
  'sync.purge.confirm': 'Purge its files',
  'sync.purge.onlyRetired':
    'Only for a device that will never sync again (lost, retired or wiped). Fieldnotes rewrites its files in the shared folder without the erased words, and keeps everything else it wrote.',
  'sync.purge.stillInUse':
    'A device that is still in use rewrites its own files at its next sync: do not purge it. If it does sync again after a purge, it will report files in its folder that it did not write.',
  'sync.purge.unreachable': 'Fieldnotes cannot reach the shared folder, so nothing was purged.',
  'sync.purge.skipped': 'Nothing was purged: {reason}.',
  'sync.purge.clean': '{name}’s files hold no erased words; nothing to purge.',
  'sync.purge.nothing': 'Nothing was purged.',
  'sync.purge.done':
    '{name}’s files purged: {erased, plural, one {# change} other {# changes}} with erased words removed, {kept, plural, one {# change} other {# changes}} kept.',

  // Changes held for their future date
  'sync.held.heading': 'Changes dated in the future',
  'sync.held.intro':
    'These changes carry a date more than a day ahead of this computer, so they are held, not applied: a device with a wrong clock would otherwise win every later edit. Accept them if the work is wanted; ask the person to correct the date and time on that device either way.',
  'sync.held.line': 'Held: {count, plural, one {# change} other {# changes}} from {device} dated {dates}',
  'sync.held.range': '{from} to {to}',
  'sync.held.accept': 'Accept',
  'sync.held.reject': 'Reject…',
  'sync.held.rejectTitle': 'Reject {count, plural, one {# change} other {# changes}} from {device}?',
  'sync.held.keepWaiting': 'Keep them waiting',
  'sync.held.rejectConfirm': 'Reject them',
  'sync.held.rejectWhy':
    'They are dropped for good: if the same changes arrive again, through the folder or a bundle, they are left out. Nothing else from that device is affected.',
  'sync.held.stillWaiting':
    'The changes from {device} would remove most of the project, so they still wait. Ask the person using that device what happened.',
  'sync.held.accepted': 'Accepted {count, plural, one {# change} other {# changes}} from {device}',
  'sync.held.acceptedLeftOut':
    'Accepted {count, plural, one {# change} other {# changes}} from {device}; {left, plural, one {# change} other {# changes}} to erased or known items left out',
  'sync.held.cannotAccept': 'The changes could not be accepted: {reason}',
  'sync.held.rejected': 'Rejected {count, plural, one {# change} other {# changes}} from {device}',
  'sync.held.cannotReject': 'The changes could not be rejected: {reason}',

  // The conflict log
  'sync.conflicts.summary': 'Values replaced by another device ({count, number})',
  'sync.conflicts.none': 'None: no edit here has been replaced by a later edit elsewhere.',
  'sync.conflicts.caption': 'Values replaced by another device, newest first',
  'sync.conflicts.what': 'What',
  'sync.conflicts.field': 'Field',
  'sync.conflicts.was': 'Was here',
  'sync.conflicts.now': 'Now',
  'sync.conflicts.when': 'When',
  'sync.conflicts.labelled': '{what} “{label}”',
  'sync.conflicts.empty': '(empty)',
  'sync.conflicts.yes': 'yes',
  'sync.conflicts.no': 'no',
  'sync.conflicts.table.projects': 'Project',
  'sync.conflicts.table.groups': 'Stakeholder group',
  'sync.conflicts.table.questions': 'Question',
  'sync.conflicts.table.sessions': 'Session',
  'sync.conflicts.table.participants': 'Participant',
  'sync.conflicts.table.notes': 'Note',
  'sync.conflicts.table.themes': 'Theme',
  'sync.conflicts.table.findings': 'Finding',
  'sync.conflicts.table.erasures': 'Erasure',
  'sync.conflicts.table.codingPasses': 'Coding pass',
  'sync.conflicts.table.codings': 'Coding',
  'sync.conflicts.table.photos': 'Photo',
  'sync.conflicts.table.memos': 'Memo',
  'sync.conflicts.field.deleted': 'removed',
  'sync.conflicts.field.text': 'text',
  'sync.conflicts.field.name': 'name',
  'sync.conflicts.field.title': 'title',

  // Export a bundle
  'bundle.export.heading': 'Export a bundle',
  'bundle.export.intro':
    'A bundle is one {extension} file to hand over by USB stick or e-mail. It works in every browser and without a shared folder. Importing the same bundle twice changes nothing.',
  'bundle.export.button': 'Export bundle…',
  'bundle.export.what': 'What to export',
  'bundle.export.project': 'This whole project',
  'bundle.export.sessions': 'Chosen sessions',
  'bundle.export.kit':
    'A project kit for facilitators (guide, groups, note kinds and master themes; no sessions or notes)',
  'bundle.export.whichSessions': 'Sessions to export',
  'bundle.export.protect': 'Protect with a passphrase',
  'bundle.export.passphrase': 'Passphrase',
  'bundle.export.again': 'Passphrase again',
  'bundle.export.passphraseNote':
    'A forgotten passphrase cannot be recovered: without it nobody, including you, can open the bundle. Give it to the recipient separately, not in the same e-mail.',
  'bundle.export.chooseSession': 'Choose at least one session to export.',
  'bundle.export.tooShort': 'Use a passphrase of at least {min, number} characters.',
  'bundle.export.notSame': 'The two passphrases are not the same. Type them again.',
  'bundle.export.preparing': 'Preparing the bundle…',
  'bundle.export.preparingLocked': 'Preparing and locking the bundle…',
  'bundle.export.fileType': 'Fieldnotes bundle',
  'bundle.export.cancelled': 'Export cancelled; nothing was saved.',
  'bundle.export.saved': 'Bundle saved as “{fileName}”.',
  'bundle.export.savedAnnounced': 'Bundle saved as {fileName}',
  'bundle.export.failed': 'The bundle could not be made: {reason}',

  // Import a bundle
  'bundle.import.button': 'Import bundle…',
  'bundle.import.title': 'Import bundle',
  'bundle.import.choose':
    'Choose a {extension} file from another facilitator or the project team. You will see what it adds before anything changes.',
  'bundle.import.chooseFile': 'Choose file…',
  'bundle.import.cancel': 'Cancel',
  'bundle.import.locked': '“{fileName}” is protected by a passphrase. Enter the passphrase you were given with it.',
  'bundle.import.passphrase': 'Passphrase',
  'bundle.import.open': 'Open bundle',
  'bundle.import.openProject': 'Open {project}',
  'bundle.import.close': 'Close',
  'bundle.import.import': 'Import',
  'bundle.import.holds': 'What this bundle holds',
  'bundle.import.from': '“{fileName}”, from {device}.',
  'bundle.import.fromLocked': '“{fileName}”, from {device}, protected by a passphrase.',
  'bundle.import.file': '“{fileName}”.',
  'bundle.import.fileLocked': '“{fileName}”, protected by a passphrase.',
  'bundle.import.sessions': 'Sessions',
  'bundle.import.themes': 'Themes',
  'bundle.import.change.new': 'new',
  'bundle.import.change.updated': 'changed',
  'bundle.import.change.removed': 'removed',
  'bundle.import.confirmRemoval':
    'Yes, remove {count, plural, one {this # item} other {these # items}}. (This bundle removes more than half of what is in the project. Go ahead only if you expected it.)',
  'bundle.import.reading': 'Reading the bundle…',
  'bundle.import.unlocking': 'Unlocking the bundle…',
  'bundle.import.importing': 'Importing…',
  'bundle.import.needPassphrase': 'Enter the passphrase you were given with this bundle.',
  'bundle.import.removalsUnconfirmed':
    'This import would remove many items. Tick the box to confirm, or cancel. Nothing was imported.',
  'bundle.import.imported': 'Imported into “{project}”: {summary}',
  'bundle.import.importedAnnounced': 'Bundle imported into {project}',
  'bundle.import.failed': 'The bundle could not be imported: {reason} Nothing was imported.',
  'bundle.error.damaged':
    'This bundle is damaged (it may not have finished copying). Nothing was imported. Ask for it to be sent again.',
  'bundle.error.tooLarge':
    'This bundle would unpack to more than Fieldnotes accepts (it may be damaged or not made by Fieldnotes). Nothing was imported.',
  'bundle.error.notABundle': 'This file is not a Fieldnotes bundle. Nothing was imported.',
  'bundle.error.newerVersion':
    'This bundle was made by a newer version of Fieldnotes. Update the app to import it. Nothing was imported.',
  'bundle.error.passphraseNeeded': 'This bundle is protected by a passphrase. Enter the passphrase to import it.',
  'bundle.error.wrongPassphrase':
    'That passphrase does not open this bundle. Check it and try again. Nothing was imported.',
  // A bundle's preview, in sentences
  'bundle.preview.nothingNew': 'Nothing new: everything in this bundle is already here.',
  'bundle.preview.addsProject': 'Adds the project “{project}”.',
  'bundle.preview.adds': 'Adds {list}.',
  'bundle.preview.addsTo': 'Adds {list} to “{project}”.',
  'bundle.preview.changes': 'Changes {list}.',
  'bundle.preview.projectDetails': 'the project’s details',
  'bundle.preview.restores': 'Brings back {list} removed here.',
  'bundle.preview.removes': 'Removes {list}.',
  'bundle.preview.newSessions': '{count, plural, one {New session} other {New sessions}}: {list}.',
  'bundle.preview.quoted': '“{title}”',
  'bundle.preview.listEnd': '{rest} and {last}',
  'bundle.preview.damaged':
    '{count, plural, one {# damaged change will be skipped.} other {# damaged changes will be skipped.}}',
  'bundle.preview.refusedPhoto': 'A photo in it will not be imported: {reason}.',
  'bundle.preview.held':
    '{count, plural, one {# change is dated more than a day ahead of this computer: it waits on the Sync screen for you to accept or reject.} other {# changes are dated more than a day ahead of this computer: they wait on the Sync screen for you to accept or reject.}}',
  'bundle.preview.erasing':
    'Erases {count, plural, one {# note} other {# notes}} here for ever: erased on another device.',
  'bundle.preview.erasures':
    'Carries {count, plural, one {# erasure} other {# erasures}}: what they name is erased if it ever reaches here.',
  'bundle.preview.erasedValues':
    'Leaves out {count, plural, one {# change} other {# changes}} to records erased here: they stay erased.',
  'bundle.preview.count.projects': '{count, plural, one {# project} other {# projects}}',
  'bundle.preview.count.groups': '{count, plural, one {# stakeholder group} other {# stakeholder groups}}',
  'bundle.preview.count.questions': '{count, plural, one {# question} other {# questions}}',
  'bundle.preview.count.sessions': '{count, plural, one {# session} other {# sessions}}',
  'bundle.preview.count.participants': '{count, plural, one {# participant} other {# participants}}',
  'bundle.preview.count.notes': '{count, plural, one {# note} other {# notes}}',
  'bundle.preview.count.themes': '{count, plural, one {# theme} other {# themes}}',
  'bundle.preview.count.findings': '{count, plural, one {# finding} other {# findings}}',
  'bundle.preview.count.erasures': '{count, plural, one {# erasure} other {# erasures}}',
  'bundle.preview.count.codingPasses': '{count, plural, one {# coding pass} other {# coding passes}}',
  'bundle.preview.count.codings': '{count, plural, one {# coding} other {# codings}}',
  'bundle.preview.count.photos': '{count, plural, one {# photo} other {# photos}}',
  'bundle.preview.count.memos': '{count, plural, one {# memo} other {# memos}}',
} as const satisfies Record<string, string>;
