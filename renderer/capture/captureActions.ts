/**
 * Every capture action in one list (see ui/actions.ts): the key handler, the note menu, the buttons and the
 * shortcuts dialog are built from it. The list says which key does what, where and when; what it does lives in
 * the commands (captureCommands.ts). Order matters where keys overlap: the first action that applies wins.
 */
import type { NoteFlags, SessionStatus } from '../../shared/domain/schemas';
import type { Action } from '../ui/actions';
import { msg } from '../ui/i18n';
import { ACTION_TEXT as T, KEYS_TEXT as K } from './messages';
/** A feed note is saved, or still on its way (saving), or its save failed. */
export type FeedNoteState = 'saved' | 'saving' | 'failed';

/** The feed note an action is about: the focused one, or the one whose menu or button was used. */
export interface NoteInFocus {
  id: string;
  state: FeedNoteState;
  flags: NoteFlags;
  kind: string | null;
  text: string;
  element: HTMLElement | null;
}

export type FeedStep = 'next' | 'previous' | 'first' | 'last';

/** What capture can do; built per render by useCaptureCommands. `note` null means “the next note”. */
export interface CaptureCommands {
  addNote(): void;
  focusComposer(): void;
  focusNewestNote(): void;
  moveInFeed(from: HTMLElement, step: FeedStep): void;
  showShortcuts(): void;
  stepQuestion(step: 1 | -1): void;
  setSpeaker(speaker: number | 'new' | null, note: NoteInFocus | null): Promise<void>;
  chooseKind(note: NoteInFocus | null): void;
  toggleFlag(flag: keyof NoteFlags, note: NoteInFocus | null): Promise<void>;
  toggleTimebox(): void;
  setSessionStatus(status: SessionStatus): Promise<void>;
  editNote(note: NoteInFocus): void;
  deleteNote(note: NoteInFocus): Promise<void>;
  /** Asks first (typed confirmation); unlike deleting, erasing cannot be undone. */
  eraseNote(note: NoteInFocus): void;
  retryNote(note: NoteInFocus): Promise<void>;
  copyNote(note: NoteInFocus): Promise<void>;
  openNoteMenu(note: NoteInFocus): void;
}

export interface CaptureContext {
  /** Where the key was pressed: the note box, a feed note, another text field, or elsewhere on the screen. */
  place: 'composer' | 'note' | 'text' | 'other';
  note: NoteInFocus | null;
  composerEmpty: boolean;
  sessionStatus: SessionStatus;
  nextFlags: NoteFlags;
  timeboxRunning: boolean;
  commands: CaptureCommands;
}

type CaptureAction = Action<CaptureContext>;

const onNote = (c: CaptureContext) => c.place === 'note' && c.note !== null;
const onSavedNote = (c: CaptureContext) => c.note?.state === 'saved';
const onFailedNote = (c: CaptureContext) => c.note?.state === 'failed';
/** Speaker, kind and flag keys change the focused note, or else the next one. */
const target = (c: CaptureContext) => (c.place === 'note' ? c.note : null);
const flagOf = (c: CaptureContext, flag: keyof NoteFlags) =>
  c.place === 'note' && c.note ? c.note.flags[flag] : c.nextFlags[flag];

const noteBox: CaptureAction[] = [
  {
    name: 'add-note',
    label: T.addNote,
    keys: ['Enter'],
    section: 'composer',
    when: (c) => c.place === 'composer',
    perform: (c) => c.commands.addNote(),
  },
  // Listed for the help only: Shift+Enter is the text box's own new line.
  { name: 'new-line', label: T.newLine, keysLabel: K.newLine, section: 'composer', perform: () => undefined },
  {
    name: 'go-to-feed',
    label: T.goToFeed,
    keys: ['ArrowUp'],
    keysLabel: K.goToFeed,
    section: 'composer',
    when: (c) => c.place === 'composer' && c.composerEmpty,
    perform: (c) => c.commands.focusNewestNote(),
  },
];

/** The note menu lists actions in list order: editing first. */
const noteFirst: CaptureAction[] = [
  {
    name: 'edit-note',
    label: T.edit,
    help: T.editHelp,
    keys: ['Enter', 'F2'],
    keysLabel: K.editNote,
    section: 'feed',
    menus: ['note'],
    when: (c) => onNote(c) && c.note!.state !== 'failed',
    perform: (c) => c.commands.editNote(c.note!),
  },
  {
    name: 'retry-note',
    label: T.retry,
    keys: ['Enter'],
    menus: ['note'],
    when: (c) => onNote(c) && onFailedNote(c),
    perform: (c) => c.commands.retryNote(c.note!),
  },
];

const anywhere: CaptureAction[] = [
  {
    name: 'next-question',
    label: T.nextQuestion,
    keys: ['Alt+ArrowDown', 'Alt+PageDown'],
    keysLabel: 'Alt+↓',
    section: 'anywhere',
    perform: (c) => c.commands.stepQuestion(1),
  },
  {
    name: 'previous-question',
    label: T.previousQuestion,
    keys: ['Alt+ArrowUp', 'Alt+PageUp'],
    keysLabel: 'Alt+↑',
    section: 'anywhere',
    perform: (c) => c.commands.stepQuestion(-1),
  },
  {
    name: 'no-speaker',
    label: T.noSpeaker,
    keys: ['Alt+Digit0'],
    section: 'anywhere',
    perform: (c) => c.commands.setSpeaker(null, target(c)),
  },
  {
    name: 'speaker',
    label: T.speaker,
    keys: ['Alt+Digit'],
    keysLabel: 'Alt+1 … Alt+9',
    section: 'anywhere',
    perform: (c, trigger) => c.commands.setSpeaker(trigger.digit ?? 1, target(c)),
  },
  {
    name: 'new-speaker',
    label: T.newSpeaker,
    keys: ['Alt+KeyN'],
    section: 'anywhere',
    perform: (c) => c.commands.setSpeaker('new', target(c)),
  },
  {
    name: 'choose-kind',
    label: T.chooseKind,
    help: T.chooseKindHelp,
    keys: ['Alt+KeyK'],
    section: 'anywhere',
    menus: ['note'],
    when: (c) => c.place !== 'note' || onSavedNote(c),
    perform: (c) => c.commands.chooseKind(target(c)),
  },
  {
    name: 'toggle-sensitive',
    label: (c) => T.sensitive(flagOf(c, 'sensitive')),
    help: T.sensitiveHelp,
    keys: ['Alt+KeyS'],
    section: 'anywhere',
    menus: ['note'],
    when: (c) => c.place !== 'note' || onSavedNote(c),
    perform: (c) => c.commands.toggleFlag('sensitive', target(c)),
  },
  {
    name: 'toggle-do-not-quote',
    label: (c) => T.doNotQuote(flagOf(c, 'doNotQuote')),
    help: T.doNotQuoteHelp,
    keys: ['Alt+KeyQ'],
    section: 'anywhere',
    menus: ['note'],
    when: (c) => c.place !== 'note' || onSavedNote(c),
    perform: (c) => c.commands.toggleFlag('doNotQuote', target(c)),
  },
  {
    name: 'toggle-cultural-protocol',
    label: (c) => T.culturalProtocol(flagOf(c, 'culturalProtocol')),
    help: T.culturalProtocolHelp,
    keys: ['Alt+KeyP'],
    section: 'anywhere',
    menus: ['note'],
    when: (c) => c.place !== 'note' || onSavedNote(c),
    perform: (c) => c.commands.toggleFlag('culturalProtocol', target(c)),
  },
  {
    name: 'toggle-timebox',
    label: (c) => T.timebox(c.timeboxRunning),
    help: T.timeboxHelp,
    keys: ['Alt+KeyT'],
    section: 'anywhere',
    when: (c) => c.sessionStatus !== 'closed',
    perform: (c) => c.commands.toggleTimebox(),
  },
  {
    name: 'start-session',
    label: T.startSession,
    when: (c) => c.sessionStatus === 'planned',
    perform: (c) => c.commands.setSessionStatus('running'),
  },
  {
    name: 'close-session',
    label: T.closeSession,
    when: (c) => c.sessionStatus === 'running',
    perform: (c) => c.commands.setSessionStatus('closed'),
  },
  {
    name: 'reopen-session',
    label: T.reopenSession,
    when: (c) => c.sessionStatus === 'closed',
    perform: (c) => c.commands.setSessionStatus('running'),
  },
  // Ctrl+Z is the app's own undo (app/useGlobalUndo.ts), listed here so the help is complete.
  { name: 'undo', label: T.undo, keysLabel: K.undo, section: 'anywhere', perform: () => undefined },
  {
    name: 'show-shortcuts',
    label: T.shortcuts,
    help: T.shortcutsHelp,
    keys: ['Mod+Slash', 'Mod+/', 'F1'],
    keysLabel: K.shortcuts,
    section: 'anywhere',
    perform: (c) => c.commands.showShortcuts(),
  },
  {
    // “?” is text inside a text box, a shortcut everywhere else.
    name: 'show-shortcuts-outside-text',
    label: T.shortcuts,
    keys: ['?'],
    when: (c) => c.place === 'note' || c.place === 'other',
    perform: (c) => c.commands.showShortcuts(),
  },
];

const feed: CaptureAction[] = [
  {
    name: 'next-note',
    label: T.nextNote,
    keys: ['ArrowDown'],
    keysLabel: K.moveInFeed,
    help: T.moveBetweenNotes,
    section: 'feed',
    when: onNote,
    perform: (c) => c.commands.moveInFeed(c.note!.element!, 'next'),
  },
  {
    name: 'previous-note',
    label: T.previousNote,
    keys: ['ArrowUp'],
    when: onNote,
    perform: (c) => c.commands.moveInFeed(c.note!.element!, 'previous'),
  },
  {
    name: 'first-note',
    label: T.firstNote,
    keys: ['Home'],
    when: onNote,
    perform: (c) => c.commands.moveInFeed(c.note!.element!, 'first'),
  },
  {
    name: 'last-note',
    label: T.lastNote,
    keys: ['End'],
    when: onNote,
    perform: (c) => c.commands.moveInFeed(c.note!.element!, 'last'),
  },
  {
    name: 'copy-note',
    label: T.copy,
    menus: ['note'],
    when: onNote,
    perform: (c) => c.commands.copyNote(c.note!),
  },
  {
    name: 'delete-note',
    label: (c) => (c.note?.state === 'failed' ? T.discard() : T.delete()),
    help: T.deleteHelp,
    keys: ['Delete', 'Backspace'],
    keysLabel: () => msg('ui.keys.Delete'),
    section: 'feed',
    menus: ['note'],
    danger: true,
    when: onNote,
    perform: (c) => c.commands.deleteNote(c.note!),
  },
  // After Delete in the menu: the one that cannot be undone comes last.
  {
    name: 'erase-note',
    label: T.erase,
    help: T.eraseHelp,
    keys: ['Shift+Delete'],
    section: 'feed',
    menus: ['note'],
    danger: true,
    when: (c) => onNote(c) && onSavedNote(c),
    perform: (c) => c.commands.eraseNote(c.note!),
  },
  {
    name: 'note-menu',
    label: T.menu,
    keys: ['Shift+F10', 'ContextMenu'],
    keysLabel: K.noteMenu,
    section: 'feed',
    when: onNote,
    perform: (c) => c.commands.openNoteMenu(c.note!),
  },
  {
    name: 'back-to-composer',
    label: T.back,
    keys: ['Escape'],
    keysLabel: () => msg('ui.keys.Escape'),
    section: 'feed',
    when: onNote,
    perform: (c) => c.commands.focusComposer(),
  },
];

/**
 * The keyboard help's rows for the feed's speaker/kind/flag keys, which act on the focused note: the same
 * actions as above, listed a second time where a note has focus.
 */
const onFocusedNoteHelp: CaptureAction = {
  name: 'focused-note-keys',
  label: T.focusedNote,
  keysLabel: 'Alt+1 … 9, Alt+K, Alt+S, Alt+Q',
  section: 'feed',
  perform: () => undefined,
};

/** The kind picker handles its own keys (KindPicker.tsx); listed so the help is complete. */
const kindPickerHelp: CaptureAction[] = [
  { name: 'kind-digit', label: T.kindDigit, keysLabel: '1 … 9, 0', section: 'kind-picker', perform: () => undefined },
  {
    name: 'kind-arrows',
    label: T.kindArrows,
    keysLabel: K.kindArrows,
    section: 'kind-picker',
    perform: () => undefined,
  },
  {
    name: 'kind-escape',
    label: T.kindEscape,
    keysLabel: () => msg('ui.keys.Escape'),
    section: 'kind-picker',
    perform: () => undefined,
  },
];

export const CAPTURE_ACTIONS: readonly CaptureAction[] = [
  ...noteBox,
  ...noteFirst,
  ...anywhere,
  ...feed,
  onFocusedNoteHelp,
  ...kindPickerHelp,
];

export function captureAction(name: string): CaptureAction {
  const found = CAPTURE_ACTIONS.find((action) => action.name === name);
  if (!found) throw new Error(`No capture action named ${name}`);
  return found;
}
