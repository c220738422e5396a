/**
 * English messages: commands. What each write of the data layer (renderer/data/commands) is called on the undo
 * stack, shown as "Undid: …" and "Redid: …". Names in quotes are what a person typed, never translated.
 */
export const commands = {
  // Notes
  'commands.addNote': 'Add note',
  'commands.editNote': 'Edit note',
  'commands.flagNote': 'Flag note',
  'commands.deleteNote': 'Delete note',
  'commands.eraseNote': 'Erase note',
  'commands.restoreNote': 'Restore note',
  'commands.importNotes': 'Import {count, plural, one {# note} other {# notes}}',

  // The board
  'commands.moveNotes': '{count, plural, one {Move note} other {Move # notes}}',
  'commands.moveNotesToTheme': '{count, plural, one {Move note} other {Move # notes}} to theme “{name}”',
  'commands.removeNotesFromTheme': '{count, plural, one {Remove note} other {Remove # notes}} from theme',
  'commands.linkNotesToTheme': '{count, plural, one {Link note} other {Link # notes}} to theme “{name}”',
  'commands.unlinkNotesFromTheme': '{count, plural, one {Unlink note} other {Unlink # notes}} from theme “{name}”',
  'commands.createTheme': 'Create theme “{name}”',
  'commands.renameTheme': 'Rename theme to “{name}”',
  'commands.recolourTheme': 'Recolour theme',
  'commands.describeTheme': 'Describe theme',
  'commands.moveThemeFrame': 'Move theme frame',
  'commands.layOutTheme': 'Lay out theme automatically',
  'commands.mergeThemes': 'Merge {count, plural, one {# theme} other {# themes}}',
  'commands.splitTheme': 'Split theme into “{name}”',
  'commands.nestTheme': 'Nest theme',
  'commands.unnestTheme': 'Move theme to top level',
  'commands.deleteTheme': 'Delete theme',
  'commands.setThemeVotes': 'Set theme votes',
  'commands.acceptSuggestedTheme': 'Accept suggested theme “{name}”',
  'commands.addVote': 'Add a vote',
  'commands.removeVote': 'Remove a vote',

  // Coding passes
  'commands.startCoding': 'Start coding as {name}',
  'commands.codeNote': 'Code note',
  'commands.finishCoding': 'Finish coding',
  'commands.reopenCoding': 'Reopen coding',

  // Findings, master themes and the plan
  'commands.addFindings': '{count, plural, one {Add finding} other {Add # findings}}',
  'commands.editFinding': 'Edit finding',
  'commands.deleteFinding': 'Delete finding',
  'commands.recordResponse': 'Record response',
  'commands.clearResponse': 'Clear response',
  'commands.addMasterTheme': 'Add master theme',
  'commands.mapThemes': '{count, plural, one {Map theme} other {Map themes}} to master theme',
  'commands.unmapThemes': '{count, plural, one {Unmap theme} other {Unmap themes}}',

  // Projects, the guide and the note kinds
  'commands.createProject': 'Create project “{name}”',
  'commands.editProject': 'Edit project',
  'commands.archiveProject': 'Archive project',
  'commands.restoreProject': 'Restore project',
  'commands.addNoteKind': 'Add note kind',
  'commands.editNoteKind': 'Edit note kind',
  'commands.removeNoteKind': 'Remove note kind',
  'commands.reorderNoteKinds': 'Reorder note kinds',
  'commands.addQuestion': 'Add question',
  'commands.editQuestion': 'Edit question',
  'commands.reorderQuestions': 'Reorder questions',
  'commands.deleteQuestion': 'Delete question',
  'commands.addGroup': 'Add stakeholder group',
  'commands.editGroup': 'Edit stakeholder group',
  'commands.deleteGroup': 'Delete stakeholder group',

  // Sessions, participants and communities
  'commands.createSession': 'Create session',
  'commands.editSession': 'Edit session',
  'commands.startSession': 'Start session',
  'commands.closeSession': 'Close session',
  'commands.replanSession': 'Re-plan session',
  'commands.deleteSession': 'Delete session',
  'commands.addParticipant': 'Add participant',
  'commands.addParticipants': 'Add participants',
  'commands.editParticipant': 'Edit participant',
  'commands.withdrawConsent': 'Withdraw consent',
  'commands.eraseWithdrawn': 'Erase the notes of a participant who withdrew consent',
  'commands.markCommunitySession': 'Mark session as held with a community',
  'commands.unmarkCommunitySession': 'Unmark community session',
  'commands.recordCommunityApproval': 'Record community approval',
  'commands.withdrawCommunityApproval': 'Withdraw community approval',
  'commands.refreshCommunityTallies': 'Refresh the counts shared by communities',

  // Memos and photos
  'commands.addMemo': 'Add memo',
  'commands.editMemo': 'Edit memo',
  'commands.deleteMemo': 'Delete memo',
  'commands.attachPhoto': 'Attach photo',
  'commands.makePhotoThumbnail': 'Make photo thumbnail',
  'commands.removePhoto': 'Remove photo',
  'commands.erasePhoto': 'Erase photo',
  'commands.addNotesFromPhoto': '{count, plural, one {Add note} other {Add # notes}} from photo',
} as const satisfies Record<string, string>;
