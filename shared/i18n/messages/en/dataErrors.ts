/**
 * English messages: dataErrors (why the data layer refused or could not save a change, worded when shown: see
 * renderer/data/errors.ts). The record a sentence speaks of is a select over one set of keys.
 */

/** The records an error can speak of, as select cases (renderer/data/errors.ts: `subjectKey`). */
const records =
  'note {note} question {question} session {session} participant {participant} theme {theme} project {project} ' +
  'group {stakeholder group} finding {finding} noteKind {note kind} memo {memo} photo {photo} coding {coding} ' +
  'codingPass {coding pass} vote {vote} masterTheme {master theme} workshopSession {workshop session}';

export const dataErrors = {
  // Saving
  'dataErrors.invalid': `The {subject, select, ${records} other {change}} is not valid.`,
  'dataErrors.invalidDetail': `The {subject, select, ${records} other {change}} is not valid: {detail}.`,
  'dataErrors.gone': `That {what, select, ${records} other {record}} no longer exists.`,
  'dataErrors.duplicate': `A {what, select, ${records} other {record}} with this id already exists.`,
  'dataErrors.quota':
    'The disk is full, so this change was not saved. Free some space (or export and archive old projects) and try again. Nothing already saved was lost.',
  'dataErrors.versionChange':
    'Fieldnotes was updated or opened in another window, so this window stopped saving. Reload this window to continue; nothing already saved was lost.',
  'dataErrors.blocked':
    'The change could not be saved: another Fieldnotes window is still open with an older version. Close it to continue.',
  'dataErrors.unavailable':
    'The change could not be saved, so nothing was changed. Try again, and restart Fieldnotes if it happens again. (Technical detail: {detail})',
  'dataErrors.unexpected': 'an unexpected error (technical detail: {detail})',
  // Notes
  'dataErrors.noteErased': 'This note was erased; it cannot be saved again.',
  'dataErrors.noteEmpty': 'A note cannot be empty.',
  'dataErrors.noteTooLong':
    'This note is {length, number} characters long; a note can hold at most {max, number}. Split it into several notes.',
  'dataErrors.noteOfWithdrawn': '{code} withdrew consent; notes can no longer be attributed to them.',
  'dataErrors.noteThemeOtherProject': 'A note can only join a theme of its own project.',
  'dataErrors.sessionOtherProject': 'That session belongs to another project.',
  'dataErrors.themeOtherProject': 'That theme belongs to another project.',
  'dataErrors.linkOtherProject': 'A note can only be linked to a theme of its own project.',
  'dataErrors.tooManyLinks': 'A note can be linked to at most {max} themes besides its own.',
  // Participants
  'dataErrors.speakerCodeUsed': 'Speaker code {code} is already used in this session.',
  'dataErrors.participantsAtOnce': 'Add between 1 and {max} participants at a time.',
  'dataErrors.useWithdrawConsent': 'Use “withdraw consent”, which also erases the notes.',
  'dataErrors.withdrawnRecord': '{code} withdrew consent; their record can no longer change.',
  'dataErrors.alreadyWithdrawn': '{code} has already withdrawn consent.',
  // Memos
  'dataErrors.memoEmpty': 'A memo cannot be empty.',
  'dataErrors.memoTooLong':
    'This memo is {length, number} characters long; a memo can hold at most {max, number}. Split it into several memos.',
  'dataErrors.memoTitleTooLong': 'A memo title can be at most {max, number} characters long.',
  'dataErrors.memoChooseTarget': `Choose the {target, select, ${records} other {record}} this memo is about.`,
  'dataErrors.memoTargetOtherProject': `That {target, select, ${records} other {record}} belongs to another project.`,
  // Projects and coding
  'dataErrors.noTemplate': 'There is no template called “{name}”.',
  'dataErrors.coderMissing': 'Type the name of the person coding.',
  'dataErrors.coderAlreadyCodes': '{coder} already codes this session.',
  'dataErrors.codingPassDone': '{coder} said they are done; reopen the pass to change it.',
  'dataErrors.noteNotInSession': 'That note is not in this session any more.',
  // Photos (the photo's own refusal is photoChecks.refused)
  'dataErrors.thumbnailRefused': 'This thumbnail cannot be kept: {problem}.',
  // Community sessions
  'dataErrors.communityNotSaved': 'Community not saved: {detail}.',
  'dataErrors.approvalNotRecorded': 'Approval not recorded: {detail}.',
  'dataErrors.approvalWithoutCommunity': 'Mark the session as held with a community before recording its approval.',
  // Workshop and board
  'dataErrors.voteWholeDots': 'A vote adds or removes whole dots.',
  'dataErrors.votesWhole': 'Votes must be a whole number, 0 or more.',
  'dataErrors.mergeChooseOther': 'Choose at least one other theme to merge.',
  'dataErrors.mergeOtherProject': 'Only themes of the same project can be merged.',
  'dataErrors.splitSelectFirst': 'Select the notes to split off first.',
  'dataErrors.splitNoneInTheme': 'None of those notes is in “{name}”.',
  'dataErrors.nestOtherProject': 'A theme can only be nested in a theme of its own project.',
  'dataErrors.nestInsideItself': '“{name}” cannot go inside itself or one of its own sub-themes.',
  // Findings and master themes
  'dataErrors.findingTooLong': 'A finding statement can hold at most {max, number} characters.',
  'dataErrors.categoryNotKind': 'That framework category is not one of this project’s note kinds.',
  'dataErrors.priorityWhole': 'Priority is a whole number, 0 or more.',
  'dataErrors.findingThemeGone': 'One of the finding’s themes no longer exists.',
  'dataErrors.findingNoteGone': 'One of the finding’s notes no longer exists.',
  'dataErrors.quoteNotQuotable':
    'A note flagged do-not-quote, sensitive or cultural protocol cannot be a quote. Choose another note.',
  'dataErrors.responseTooLong': 'A reason or outcome can hold at most {max, number} characters.',
  'dataErrors.masterThemeNameMissing': 'A master theme needs a name.',
  'dataErrors.masterThemeExists': 'There is already a master theme called “{name}”.',
  'dataErrors.notMasterTheme': '“{name}” is a session theme, not a master theme.',
  'dataErrors.themeNotInProject': 'That theme is not in this project.',
  'dataErrors.masterNotMapped': '“{name}” is a master theme; only session themes are mapped.',
  // A findings file brought into the project
  'dataErrors.noNoteKind': 'There is no note kind “{kind}”.',
  'dataErrors.importRecordRemoved': `A {what, select, ${records} other {record}} the file refers to was removed meanwhile.`,
  'dataErrors.importWithdrawn': '{code} withdrew consent; their notes cannot be imported.',
  // Bundles
  'dataErrors.bundleChooseSession': 'Choose at least one session of this project to export.',
};
