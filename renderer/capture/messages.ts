/**
 * Every word capture shows or announces, in one place, ready to move into a message catalogue (English and
 * French). Counted phrases go through the one plural helper.
 */
export const CAPTURE_TEXT = {
  screenTitle: (session: string) => `Capture notes: ${session}`,
  breadcrumbHere: 'Capture',

  // The note box
  noteLabel: 'Note',
  noteHint: '(Enter adds it, Shift+Enter for a new line)',
  typeFirst: 'Type a note first',
  noteAdded: 'Note added',
  characters: (count: number, max: number) => `${count.toLocaleString('en')} of ${max.toLocaleString('en')} characters`,
  draftRestored: 'Your unsent note is back in the note box.',
  draftNotKept:
    'This browser is not keeping a copy of what you type (its storage is full or turned off). Add the note soon.',
  noteNotKept:
    'This browser could not keep a copy of that note while it saves (its storage is full or turned off); it is being saved.',

  // The feed
  feedHeading: 'Notes',
  feedOrder: '(newest first)',
  feedLabel: 'Captured notes, newest first',
  feedEmpty: 'No notes yet. Type in the note box above and press Enter.',
  showEarlier: 'Show earlier notes',
  editLabel: 'Edit note',
  stillSaving: 'Still saving this note; try again in a moment',
  saving: 'Saving…',
  notSaved: 'Not saved.',
  notSavedBecause: (reason: string) => `Not saved: ${reason}`,
  notSavedTag: 'Not saved',
  retry: 'Retry',
  retried: 'Note saved',
  copy: 'Copy text',
  copied: 'Note text copied',
  copyFailed: 'Could not copy; select the text and copy it by hand',
  discard: 'Discard',
  discarded: 'Unsaved note discarded',
  deleted: 'Note deleted',
  undo: 'Undo',
  restored: 'Note restored',
  showAll: (count: number) => `Show all ${count.toLocaleString('en')} characters`,
  showLess: 'Show less',
  collapsed: 'Note collapsed',
  expanded: 'Showing the whole note',
  removedKind: '(removed kind)',
  sensitiveTag: 'Sensitive',
  doNotQuoteTag: 'Do not quote',

  // Next note and the focused note
  speaker: (code: string | null) => (code ? `Speaker ${code}` : 'No speaker'),
  noteSpeaker: (code: string | null) => `Note speaker: ${code ?? 'none'}`,
  withdrawnSpeaker: (code: string) => `${code} withdrew consent; their notes are not recorded`,
  kind: (name: string | null) => `Kind: ${name ?? 'none'}`,
  noteKind: (name: string | null) => `Note kind: ${name ?? 'none'}`,
  chooseKind: 'Choose a kind',
  noKind: 'No kind',
  flagWords: { sensitive: 'sensitive', doNotQuote: 'do not quote' },
  nextFlag: (on: boolean, words: string) => (on ? `Next note will be marked ${words}` : `Next note not ${words}`),
  noteFlag: (on: boolean, words: string) => `Note ${on ? 'marked' : 'no longer'} ${words}`,

  // Questions and the time box
  noQuestions: 'This project has no questions yet; add them in Setup',
  question: (n: number, text: string) => `Question ${n}: ${text}`,
  stillQuestion: (n: number, text: string) => `Still question ${n}: ${text}`,
  timeboxWaiting: 'starts with the first note',
  timeboxPaused: 'paused',
  timeboxPassed: 'time box passed',
  timeboxSessionClosed: 'session closed',
  timeboxStarted: 'Time box started',
  timeboxPausedNow: 'Time box paused',

  // The session
  sessionRunning: 'Session is running',
  sessionClosed: 'Session closed. The time box has stopped; notes can still be added.',
  sessionReopened: 'Session reopened',
} as const;

/** The labels of capture's actions: the same words in the keyboard help, the menus and the buttons. */
export const ACTION_TEXT = {
  addNote: 'Add the note',
  newLine: 'New line inside the note',
  goToFeed: 'Go to the newest note in the feed',
  nextQuestion: 'Next question',
  previousQuestion: 'Previous question',
  speaker: 'Speaker P1 … P9 (added to the session if new)',
  newSpeaker: 'A new speaker (next free code)',
  noSpeaker: 'No speaker',
  chooseKind: 'Choose the kind…',
  chooseKindHelp: 'Choose the note kind: a digit picks one (0 for none)',
  sensitive: (on: boolean) => (on ? 'Unmark sensitive' : 'Mark sensitive'),
  sensitiveHelp: 'Mark the note sensitive (or not)',
  doNotQuote: (on: boolean) => (on ? 'Allow quoting' : 'Mark do not quote'),
  doNotQuoteHelp: 'Mark the note do-not-quote (or not)',
  timebox: (running: boolean) => (running ? 'Pause time box' : 'Start time box'),
  timeboxHelp: 'Start or pause the question’s time box',
  startSession: 'Start session',
  closeSession: 'Close session',
  reopenSession: 'Reopen session',
  undo: 'Undo / redo the last change (when the note box is empty)',
  shortcuts: 'Keyboard shortcuts',
  shortcutsHelp: 'Show these shortcuts (or ? outside a text box)',
  nextNote: 'Next note',
  previousNote: 'Previous note (from the newest: the note box)',
  firstNote: 'Newest note',
  lastNote: 'Oldest note shown',
  edit: 'Edit',
  editHelp: 'Edit the note in place (Enter saves, Esc cancels)',
  delete: 'Delete',
  deleteHelp: 'Delete the note (Undo in the notice, or Ctrl+Z)',
  retry: 'Retry saving',
  copy: 'Copy the text',
  discard: 'Discard the unsaved note',
  menu: 'Open the note’s menu',
  back: 'Back to the note box',
  kindDigit: 'Choose that kind at once (0: no kind)',
  kindArrows: 'Move, then choose',
  kindEscape: 'Close without changing the kind',
  noteActions: 'Note actions',
} as const;

export const SECTIONS = [
  { id: 'composer', heading: 'In the note box' },
  { id: 'anywhere', heading: 'Anywhere in capture' },
  { id: 'feed', heading: 'On a note in the feed' },
  { id: 'kind-picker', heading: 'In the kind picker' },
] as const;
