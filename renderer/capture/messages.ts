/**
 * Every word capture shows or announces, in one place, from the message catalogue (architecture: Languages). Each
 * is read when used (a getter or a function), so it is always in the app's current language.
 */
import type { SectionOfActions } from '../ui/actions';
import { msg } from '../ui/i18n';
import type { NoteFlags } from '../../shared/domain/schemas';

export const CAPTURE_TEXT = {
  screenTitle: (session: string) => msg('capture.screenTitle', { session }),
  get breadcrumbHere() {
    return msg('capture.breadcrumbHere');
  },

  // The note box
  get noteLabel() {
    return msg('capture.noteLabel');
  },
  get noteHint() {
    return msg('capture.noteHint');
  },
  get typeFirst() {
    return msg('capture.typeFirst');
  },
  get noteAdded() {
    return msg('capture.noteAdded');
  },
  characters: (count: number, max: number) => msg('capture.characters', { count, max }),
  get draftRestored() {
    return msg('capture.draftRestored');
  },
  get draftNotKept() {
    return msg('capture.draftNotKept');
  },
  get noteNotKept() {
    return msg('capture.noteNotKept');
  },

  // The feed
  get feedHeading() {
    return msg('capture.feedHeading');
  },
  get feedOrder() {
    return msg('capture.feedOrder');
  },
  get feedLabel() {
    return msg('capture.feedLabel');
  },
  get feedEmpty() {
    return msg('capture.feedEmpty');
  },
  get showEarlier() {
    return msg('capture.showEarlier');
  },
  get editLabel() {
    return msg('capture.editLabel');
  },
  get noteSaved() {
    return msg('capture.noteSaved');
  },
  get stillSaving() {
    return msg('capture.stillSaving');
  },
  get saving() {
    return msg('capture.saving');
  },
  get notSaved() {
    return msg('capture.notSaved');
  },
  notSavedBecause: (reason: string) => msg('capture.notSavedBecause', { reason }),
  get notSavedTag() {
    return msg('capture.notSavedTag');
  },
  get retry() {
    return msg('capture.retry');
  },
  get retried() {
    return msg('capture.noteSaved');
  },
  get copy() {
    return msg('capture.copy');
  },
  get copied() {
    return msg('capture.copied');
  },
  get copyFailed() {
    return msg('capture.copyFailed');
  },
  get discard() {
    return msg('capture.discard');
  },
  get discarded() {
    return msg('capture.discarded');
  },
  get deleted() {
    return msg('capture.deleted');
  },
  get undo() {
    return msg('capture.undo');
  },
  get restored() {
    return msg('capture.restored');
  },
  showAll: (count: number) => msg('capture.showAll', { count }),
  get showLess() {
    return msg('capture.showLess');
  },
  get collapsed() {
    return msg('capture.collapsed');
  },
  get expanded() {
    return msg('capture.expanded');
  },
  get removedKind() {
    return msg('capture.removedKind');
  },
  get sensitiveTag() {
    return msg('capture.sensitive');
  },
  get doNotQuoteTag() {
    return msg('capture.doNotQuote');
  },
  get culturalProtocolTag() {
    return msg('capture.culturalProtocol');
  },

  // Next note and the focused note
  speaker: (code: string | null) => msg('capture.speakerIs', { code: code ?? 'none' }),
  noteSpeaker: (code: string | null) => msg('capture.noteSpeaker', { code: code ?? 'none' }),
  withdrawnSpeaker: (code: string) => msg('capture.withdrawnSpeaker', { code }),
  kind: (name: string | null) => (name === null ? msg('capture.kindNone') : msg('capture.kindIs', { name })),
  noteKind: (name: string | null) => (name === null ? msg('capture.noteKindNone') : msg('capture.noteKind', { name })),
  get chooseKind() {
    return msg('capture.chooseKind');
  },
  get noKind() {
    return msg('capture.noKind');
  },
  nextFlag: (on: boolean, flag: keyof NoteFlags) => msg('capture.nextFlag', { flag, on: on ? 'yes' : 'no' }),
  noteFlag: (on: boolean, flag: keyof NoteFlags) => msg('capture.noteFlag', { flag, on: on ? 'yes' : 'no' }),

  // Questions and the time box
  get noQuestions() {
    return msg('capture.noQuestions');
  },
  question: (number: number, text: string) => msg('capture.question', { number, text }),
  stillQuestion: (number: number, text: string) => msg('capture.stillQuestion', { number, text }),
  get timeboxWaiting() {
    return msg('capture.timeboxWaiting');
  },
  get timeboxPaused() {
    return msg('capture.timeboxPaused');
  },
  get timeboxPassed() {
    return msg('capture.timeboxPassed');
  },
  get timeboxSessionClosed() {
    return msg('capture.timeboxSessionClosed');
  },
  get timeboxStarted() {
    return msg('capture.timeboxStarted');
  },
  get timeboxPausedNow() {
    return msg('capture.timeboxPausedNow');
  },

  // The session
  get sessionRunning() {
    return msg('capture.sessionRunning');
  },
  get sessionClosed() {
    return msg('capture.sessionClosed');
  },
  get sessionReopened() {
    return msg('capture.sessionReopened');
  },
};

/** The labels of capture's actions: the same words in the keyboard help, the menus and the buttons. */
export const ACTION_TEXT = {
  addNote: () => msg('captureAction.addNote'),
  newLine: () => msg('captureAction.newLine'),
  goToFeed: () => msg('captureAction.goToFeed'),
  nextQuestion: () => msg('captureAction.nextQuestion'),
  previousQuestion: () => msg('captureAction.previousQuestion'),
  speaker: () => msg('captureAction.speaker'),
  newSpeaker: () => msg('captureAction.newSpeaker'),
  noSpeaker: () => msg('captureAction.noSpeaker'),
  chooseKind: () => msg('captureAction.chooseKind'),
  chooseKindHelp: () => msg('captureAction.chooseKindHelp'),
  sensitive: (on: boolean) => msg(on ? 'captureAction.unmarkSensitive' : 'captureAction.markSensitive'),
  sensitiveHelp: () => msg('captureAction.sensitiveHelp'),
  doNotQuote: (on: boolean) => msg(on ? 'captureAction.allowQuoting' : 'captureAction.markDoNotQuote'),
  doNotQuoteHelp: () => msg('captureAction.doNotQuoteHelp'),
  culturalProtocol: (on: boolean) =>
    msg(on ? 'captureAction.unmarkCulturalProtocol' : 'captureAction.markCulturalProtocol'),
  culturalProtocolHelp: () => msg('captureAction.culturalProtocolHelp'),
  timebox: (running: boolean) => msg(running ? 'captureAction.pauseTimebox' : 'captureAction.startTimebox'),
  timeboxHelp: () => msg('captureAction.timeboxHelp'),
  startSession: () => msg('captureAction.startSession'),
  closeSession: () => msg('captureAction.closeSession'),
  reopenSession: () => msg('captureAction.reopenSession'),
  undo: () => msg('captureAction.undo'),
  shortcuts: () => msg('captureAction.shortcuts'),
  shortcutsHelp: () => msg('captureAction.shortcutsHelp'),
  nextNote: () => msg('captureAction.nextNote'),
  moveBetweenNotes: () => msg('captureAction.moveBetweenNotes'),
  previousNote: () => msg('captureAction.previousNote'),
  firstNote: () => msg('captureAction.firstNote'),
  lastNote: () => msg('captureAction.lastNote'),
  edit: () => msg('captureAction.edit'),
  editHelp: () => msg('captureAction.editHelp'),
  delete: () => msg('captureAction.delete'),
  deleteHelp: () => msg('captureAction.deleteHelp'),
  erase: () => msg('captureAction.erase'),
  eraseHelp: () => msg('captureAction.eraseHelp'),
  retry: () => msg('captureAction.retry'),
  copy: () => msg('captureAction.copy'),
  discard: () => msg('captureAction.discard'),
  menu: () => msg('captureAction.menu'),
  back: () => msg('captureAction.back'),
  focusedNote: () => msg('captureAction.focusedNote'),
  kindDigit: () => msg('captureAction.kindDigit'),
  kindArrows: () => msg('captureAction.kindArrows'),
  kindEscape: () => msg('captureAction.kindEscape'),
  noteActions: () => msg('captureAction.noteActions'),
};

/** How some keys read in the shortcuts help, where the chords alone would read badly. */
export const KEYS_TEXT = {
  goToFeed: () => msg('captureKeys.goToFeed'),
  editNote: () => msg('captureKeys.editNote'),
  undo: () => msg('captureKeys.undo'),
  shortcuts: () => msg('captureKeys.shortcuts'),
  moveInFeed: () => msg('captureKeys.moveInFeed'),
  noteMenu: () => msg('captureKeys.noteMenu'),
  kindArrows: () => msg('captureKeys.kindArrows'),
  newLine: () => msg('captureKeys.newLine'),
};

export const SECTIONS: readonly SectionOfActions[] = [
  { id: 'composer', heading: 'captureSection.composer' },
  { id: 'anywhere', heading: 'captureSection.anywhere' },
  { id: 'feed', heading: 'captureSection.feed' },
  { id: 'kind-picker', heading: 'captureSection.kindPicker' },
];
