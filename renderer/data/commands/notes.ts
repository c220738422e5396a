/** Note (sticky) commands used by live capture and the feed. */
import { newId } from '../../../shared/domain/ids';
import { describeNoteTooLong, MAX_NOTE_LENGTH } from '../../../shared/domain/limits';
import type { Note, NoteFlags } from '../../../shared/domain/schemas';
import { isErasedRow } from '../../../shared/sync/erasure';
import type { CommandContext, CommandRunner, RunOptions } from '../commandRunner';
import { DataError } from '../errors';
import { storedPosition } from '../../../shared/board/layout';

export interface AddNoteInput {
  /**
   * The session's project, when the caller knows it (capture does): the session check and the write are then
   * issued together, one round trip instead of two; a mismatch still fails the whole command.
   */
  projectId?: string;
  /** Given by capture, which shows the note before it is saved; otherwise a new one is made. */
  id?: string;
  sessionId: string;
  text: string;
  questionId?: string | null;
  participantId?: string | null;
  kind?: string | null;
  flags?: Partial<NoteFlags>;
  /** Where it goes on the board (a note typed on the board); left out, the board lays it out in its session's pile. */
  position?: { x: number; y: number };
  /** A theme it joins at once (a note typed inside a theme's frame). */
  themeId?: string | null;
}

/** Trims surrounding blank lines and spaces but keeps inner line breaks as typed. */
export function cleanNoteText(text: string): string {
  return text.replace(/^\s+|\s+$/g, '');
}

export function checkNoteText(raw: string): string {
  const text = cleanNoteText(raw);
  if (!text) throw new DataError('invalid', 'A note cannot be empty.');
  if (text.length > MAX_NOTE_LENGTH) throw new DataError('invalid', describeNoteTooLong(text.length));
  return text;
}

/** Refuses a speaker who withdrew consent: nothing new may be attributed to them. */
async function checkSpeaker(ctx: CommandContext, participantId: string | null | undefined): Promise<void> {
  if (!participantId) return;
  const participant = await ctx.get('participants', participantId);
  if (participant?.consent === 'withdrawn') {
    throw new DataError('invalid', `${participant.code} withdrew consent; notes can no longer be attributed to them.`);
  }
}

export function addNote(
  runner: CommandRunner,
  input: AddNoteInput,
  options: Pick<RunOptions, 'undoable' | 'onCommitted'> = {},
): Promise<Note> {
  let text: string;
  try {
    text = checkNoteText(input.text);
  } catch (error) {
    return Promise.reject(error);
  }
  return runner.run(
    { id: 'commands.addNote', subject: 'note' },
    async (ctx) => {
      const sessionCheck = ctx.require('sessions', input.sessionId, 'session');
      const speakerCheck = checkSpeaker(ctx, input.participantId);
      speakerCheck.catch(() => undefined); // reported by the Promise.all below, not as unhandled
      const projectId = input.projectId ?? (await sessionCheck).projectId;
      if (input.themeId) {
        const theme = await ctx.require('themes', input.themeId, 'theme');
        if (theme.projectId !== projectId)
          throw new DataError('invalid', 'A note can only join a theme of its own project.');
      }
      const [session, , note] = await Promise.all([
        sessionCheck,
        speakerCheck,
        ctx.insert('notes', {
          id: input.id ?? newId(),
          projectId,
          sessionId: input.sessionId,
          questionId: input.questionId ?? null,
          participantId: input.participantId ?? null,
          kind: input.kind ?? null,
          text,
          flags: { sensitive: false, doNotQuote: false, culturalProtocol: false, ...input.flags },
          ...(input.position ? storedPosition(input.position.x, input.position.y) : {}),
          ...(input.themeId ? { themeId: input.themeId } : {}),
        }),
      ]);
      if (session.projectId !== projectId) throw new DataError('invalid', 'That session belongs to another project.');
      // A session is running once someone takes notes in it; the same write, so one undo takes both back.
      if (session.status === 'planned') {
        await ctx.update('sessions', session.id, { status: 'running', startedAt: session.startedAt ?? ctx.now });
      }
      return note;
    },
    {
      ...options,
      tables: input.themeId ? ['sessions', 'participants', 'themes', 'notes'] : ['sessions', 'participants', 'notes'],
    },
  );
}

export type NotePatch = Partial<Pick<Note, 'text' | 'questionId' | 'participantId' | 'kind' | 'flags'>>;

export function editNote(runner: CommandRunner, noteId: string, patch: NotePatch): Promise<Note> {
  let cleaned = patch;
  try {
    if (patch.text !== undefined) cleaned = { ...patch, text: checkNoteText(patch.text) };
  } catch (error) {
    return Promise.reject(error);
  }
  return runner.run({ id: 'commands.editNote', subject: 'note' }, async (ctx) => {
    if (cleaned.participantId) await checkSpeaker(ctx, cleaned.participantId);
    return ctx.update('notes', noteId, cleaned);
  });
}

export function toggleNoteFlag(runner: CommandRunner, noteId: string, flag: keyof NoteFlags): Promise<Note> {
  return runner.run({ id: 'commands.flagNote', subject: 'note' }, async (ctx) => {
    const note = await ctx.require('notes', noteId, 'note');
    return ctx.update('notes', noteId, { flags: { ...note.flags, [flag]: !note.flags[flag] } });
  });
}

export function deleteNote(runner: CommandRunner, noteId: string): Promise<void> {
  return runner.run({ id: 'commands.deleteNote', subject: 'note' }, (ctx) => ctx.remove('notes', noteId));
}

/**
 * Erase a note for ever (someone in it could be identified, it was never meant to be written down): unlike a
 * deletion this cannot be undone, and the words leave this device's history and every device that syncs.
 */
export function eraseNote(runner: CommandRunner, noteId: string): Promise<void> {
  return runner.run(
    { id: 'commands.eraseNote', subject: 'note' },
    async (ctx) => {
      const note = await ctx.get('notes', noteId);
      if (!note || isErasedRow(note)) throw new DataError('not-found', 'That note no longer exists.');
      await ctx.erase({
        projectId: note.projectId,
        reason: 'erased-by-facilitator',
        records: [{ table: 'notes', id: noteId }],
      });
    },
    { undoable: false },
  );
}

/** Brings a deleted note back (the “Undo” of a deletion's notice): a command of its own, so it can be undone too. */
export function restoreNote(runner: CommandRunner, noteId: string): Promise<Note> {
  return runner.run({ id: 'commands.restoreNote', subject: 'note' }, async (ctx) => {
    await ctx.revive('notes', noteId);
    return ctx.require('notes', noteId, 'note');
  });
}
