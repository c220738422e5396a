/**
 * What capture's actions do (captureActions.ts says which key, menu item or button does it, and when). Small
 * functions over one bundle of what the screen has: the data, the capture settings, the writer and the UI's
 * open dialogs. Writes go through the command layer; words come from messages.ts.
 */
import type { Note, NoteFlags, NoteKind, Participant, Project, Question, Session } from '../../shared/domain/schemas';
import type { CommandRunner } from '../data/commandRunner';
import { deleteNote, editNote, restoreNote, toggleNoteFlag } from '../data/commands/notes';
import { addParticipant, setSessionStatus } from '../data/commands/sessions';
import type { NoteWriter } from '../data/noteWriter';
import { announce } from '../app/announce';
import { showToast } from '../ui/Toasts';
import type { CaptureCommands, FeedStep, NoteInFocus } from './captureActions';
import type { SessionCaptureState } from './captureState';
import { CAPTURE_TEXT as T } from './messages';
import { discardNote, retryNote as retrySaving, undiscardNote } from './outbox';
import { isRunning, start, stop, STOPPED, type QuestionClock } from './timebox';

export interface CaptureUi {
  showShortcuts(): void;
  /** Opens the kind picker for a note, or for the next note (null). */
  openKindPicker(note: NoteInFocus | null): void;
  openNoteMenu(note: NoteInFocus): void;
  openEraseDialog(note: NoteInFocus): void;
  startEditing(noteId: string): void;
  composer(): { focus(): void; submit(): void } | null;
  /** The newest note this screen added, once it is saved and shown (for ↑ from the note box). */
  focusLastAdded(): void;
}

export interface CaptureDeps {
  runner: CommandRunner;
  writer: NoteWriter;
  act: <T>(action: Promise<T>, success?: string | ((result: T) => string)) => Promise<T | undefined>;
  project: Project;
  session: Session;
  questions: Question[];
  questionIndex: number;
  participants: Participant[];
  kinds: NoteKind[];
  state: SessionCaptureState;
  patch(patch: Partial<SessionCaptureState>): void;
  setClock(questionId: string, change: (clock: QuestionClock) => QuestionClock): void;
  ui: CaptureUi;
}

export function createCaptureCommands(d: CaptureDeps): CaptureCommands {
  return {
    addNote: () => d.ui.composer()?.submit(),
    focusComposer: () => d.ui.composer()?.focus(),
    focusNewestNote: () => d.ui.focusLastAdded(),
    moveInFeed: (from, step) => moveInFeed(from, step, () => d.ui.composer()?.focus()),
    showShortcuts: () => d.ui.showShortcuts(),
    stepQuestion: (step) => stepQuestion(d, step),
    setSpeaker: (speaker, note) => setSpeaker(d, speaker, note),
    chooseKind: (note) => d.ui.openKindPicker(note),
    toggleFlag: (flag, note) => toggleFlag(d, flag, note),
    toggleTimebox: () => toggleTimebox(d),
    setSessionStatus: (status) => changeSessionStatus(d, status),
    editNote: (note) => (note.state === 'saved' ? d.ui.startEditing(note.id) : announce(T.stillSaving)),
    deleteNote: (note) => removeNote(d, note),
    eraseNote: (note) => d.ui.openEraseDialog(note),
    retryNote: async (note) => {
      if (await retrySaving(d.writer, note.id)) announce(T.retried);
    },
    copyNote: (note) => copyNote(note),
    openNoteMenu: (note) => d.ui.openNoteMenu(note),
  };
}

/** Moves focus between feed notes; from the newest, “previous” goes back to the note box. */
export function moveInFeed(from: HTMLElement, step: FeedStep, toComposer: () => void): void {
  const items = Array.from(from.closest('ol')?.querySelectorAll<HTMLElement>(':scope > li[data-note-id]') ?? []);
  const index = items.indexOf(from);
  const next = step === 'first' ? items[0] : step === 'last' ? items.at(-1) : items[index + (step === 'next' ? 1 : -1)];
  if (next) next.focus();
  else if (step === 'previous') toComposer();
}

/** The note with focus is going away: focus moves to the next note, else the previous, else the note box. */
function focusAfterRemoval(item: HTMLElement, toComposer: () => void): void {
  const items = Array.from(item.closest('ol')?.querySelectorAll<HTMLElement>(':scope > li[data-note-id]') ?? []);
  const index = items.indexOf(item);
  const next = items[index + 1] ?? items[index - 1];
  if (next) next.focus();
  else toComposer();
}

function stepQuestion(d: CaptureDeps, step: 1 | -1): void {
  const { questions, questionIndex } = d;
  if (!questions.length) return announce(T.noQuestions);
  const nextIndex = Math.min(questions.length - 1, Math.max(0, questionIndex + step));
  const next = questions[nextIndex]!;
  const current = questions[questionIndex];
  if (current && next.id !== current.id) {
    // The question being left stops counting until it is current again and gets a note (or Start).
    d.setClock(current.id, (clock) => (clock.paused ? clock : stop(clock, Date.now(), false)));
    d.patch({ questionId: next.id });
  }
  announce(
    nextIndex === questionIndex ? T.stillQuestion(nextIndex + 1, next.text) : T.question(nextIndex + 1, next.text),
  );
}

/** The participant for Alt+digit (added to the session when new), null for none, undefined when refused. */
async function speakerFor(d: CaptureDeps, speaker: number | 'new' | null): Promise<Participant | null | undefined> {
  if (speaker === null) return null;
  if (speaker === 'new') return d.act(addParticipant(d.runner, d.session.id));
  const code = `${d.project.defaults.speakerPrefix}${speaker}`;
  const existing = d.participants.find((p) => p.code.toLowerCase() === code.toLowerCase());
  if (!existing) return d.act(addParticipant(d.runner, d.session.id, { code }));
  if (existing.consent === 'withdrawn') {
    announce(T.withdrawnSpeaker(code));
    return undefined;
  }
  return existing;
}

async function setSpeaker(d: CaptureDeps, speaker: number | 'new' | null, note: NoteInFocus | null) {
  if (note && note.state !== 'saved') return announce(T.stillSaving);
  const participant = await speakerFor(d, speaker);
  if (participant === undefined) return;
  if (note) {
    await d.act(
      editNote(d.runner, note.id, { participantId: participant?.id ?? null }),
      T.noteSpeaker(participant?.code ?? null),
    );
  } else {
    d.patch({ participantId: participant?.id ?? null });
    announce(T.speaker(participant?.code ?? null));
  }
}

/** The kind picker's choice, for a note or the next note. */
export async function applyKind(d: CaptureDeps, kind: NoteKind | null, note: NoteInFocus | null): Promise<void> {
  if (note) {
    await d.act(editNote(d.runner, note.id, { kind: kind?.id ?? null }), T.noteKind(kind?.name ?? null));
  } else {
    d.patch({ kind: kind?.id ?? null });
    announce(T.kind(kind?.name ?? null));
  }
}

async function toggleFlag(d: CaptureDeps, flag: keyof NoteFlags, note: NoteInFocus | null) {
  if (note && note.state !== 'saved') return announce(T.stillSaving);
  if (note) {
    const updated: Note | undefined = await d.act(toggleNoteFlag(d.runner, note.id, flag));
    if (updated) announce(T.noteFlag(updated.flags[flag], flag));
    return;
  }
  const on = !d.state[flag];
  d.patch({ [flag]: on });
  announce(T.nextFlag(on, flag));
}

function toggleTimebox(d: CaptureDeps): void {
  const question = d.questions[d.questionIndex];
  if (!question) return announce(T.noQuestions);
  const clock = d.state.clocks[question.id] ?? STOPPED;
  if (isRunning(clock)) {
    d.setClock(question.id, (c) => stop(c, Date.now(), true));
    announce(T.timeboxPausedNow);
    return;
  }
  // Starting the time box of a session nobody has started starts the session: the discussion has begun.
  if (d.session.status === 'planned') void changeSessionStatus(d, 'running');
  d.setClock(question.id, (c) => start(c, Date.now()));
  announce(T.timeboxStarted);
}

async function changeSessionStatus(d: CaptureDeps, status: 'planned' | 'running' | 'closed'): Promise<void> {
  const words =
    status === 'closed' ? T.sessionClosed : d.session.status === 'closed' ? T.sessionReopened : T.sessionRunning;
  await d.act(setSessionStatus(d.runner, d.session.id, status), words);
}

async function removeNote(d: CaptureDeps, note: NoteInFocus): Promise<void> {
  if (note.state === 'saving') return announce(T.stillSaving);
  if (note.element?.contains(document.activeElement)) focusAfterRemoval(note.element, () => d.ui.composer()?.focus());
  if (note.state === 'failed') {
    const discarded = discardNote(note.id);
    if (discarded)
      showToast({ message: T.discarded, action: { label: T.undo, perform: () => undiscardNote(discarded) } });
    return;
  }
  const done = await d.act(deleteNote(d.runner, note.id).then(() => true));
  if (!done) return;
  showToast({
    message: T.deleted,
    action: { label: T.undo, perform: () => d.act(restoreNote(d.runner, note.id), T.restored) },
  });
}

async function copyNote(note: NoteInFocus): Promise<void> {
  try {
    await navigator.clipboard.writeText(note.text);
    announce(T.copied);
  } catch {
    announce(T.copyFailed);
  }
}
