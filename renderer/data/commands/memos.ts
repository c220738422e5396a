/**
 * Memo commands (architecture: Memos): write, edit and delete an analytical memo on the project, a theme, a note or
 * a session. Each is one undoable command. The memo records the session its target belongs to (so it follows that
 * session in bundles and scoped exports) and the device that wrote it (its author, named only on screens).
 */
import { newId } from '../../../shared/domain/ids';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../../shared/domain/limits';
import type { Memo, MemoTarget } from '../../../shared/domain/schemas';
import { isErasedRow } from '../../../shared/sync/erasure';
import type { CommandContext, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';

const MEMO_TABLES = ['projects', 'sessions', 'notes', 'themes', 'memos'] as const;

export interface MemoInput {
  title?: string;
  text: string;
}

export interface NewMemoInput extends MemoInput {
  projectId: string;
  target: MemoTarget;
  /** The theme, note or session; absent or null for the project. */
  targetId?: string | null;
}

/** The memo's words as they will be stored, or a clear refusal. */
function checkMemo(input: MemoInput): { title: string; text: string } {
  const text = input.text.replace(/^\s+|\s+$/g, '');
  const title = (input.title ?? '').replace(/\s+/g, ' ').trim();
  if (!text) throw new DataError('invalid', 'A memo cannot be empty.');
  if (text.length > MAX_NOTE_LENGTH) {
    throw new DataError(
      'invalid',
      `This memo is ${text.length.toLocaleString('en')} characters long; a memo can hold at most ${MAX_NOTE_LENGTH.toLocaleString('en')}. Split it into several memos.`,
    );
  }
  if (title.length > MAX_NAME_LENGTH) {
    throw new DataError('invalid', `A memo title can be at most ${MAX_NAME_LENGTH} characters long.`);
  }
  return { title, text };
}

/** The session the target belongs to (null for the project and master themes); refuses a target that is gone. */
async function sessionOfTarget(
  ctx: CommandContext,
  projectId: string,
  target: MemoTarget,
  targetId: string | null,
): Promise<string | null> {
  if (target === 'project') {
    await ctx.require('projects', projectId, 'project');
    return null;
  }
  if (!targetId) throw new DataError('invalid', `Choose the ${target} this memo is about.`);
  const record =
    target === 'note'
      ? await ctx.get('notes', targetId)
      : target === 'theme'
        ? await ctx.get('themes', targetId)
        : await ctx.get('sessions', targetId);
  if (!record || record.deleted || isErasedRow(record)) {
    throw new DataError('not-found', `That ${target} no longer exists.`);
  }
  if (record.projectId !== projectId) throw new DataError('invalid', `That ${target} belongs to another project.`);
  if (target === 'session') return record.id;
  return (record as { sessionId: string | null }).sessionId || null;
}

export function addMemo(runner: CommandRunner, input: NewMemoInput): Promise<Memo> {
  let words: { title: string; text: string };
  try {
    words = checkMemo(input);
  } catch (error) {
    return Promise.reject(error);
  }
  const targetId = input.target === 'project' ? null : (input.targetId ?? null);
  return runner.run(
    { id: 'commands.addMemo', subject: 'memo' },
    async (ctx) => {
      const sessionId = await sessionOfTarget(ctx, input.projectId, input.target, targetId);
      return ctx.insert('memos', {
        id: newId(),
        projectId: input.projectId,
        target: input.target,
        targetId,
        sessionId,
        ...words,
        authorDeviceId: ctx.deviceId,
      });
    },
    { tables: MEMO_TABLES },
  );
}

/** A new title and text; the author stays who wrote the memo (the change log keeps who edited it). */
export function editMemo(runner: CommandRunner, memoId: string, input: MemoInput): Promise<Memo> {
  let words: { title: string; text: string };
  try {
    words = checkMemo(input);
  } catch (error) {
    return Promise.reject(error);
  }
  return runner.run(
    { id: 'commands.editMemo', subject: 'memo' },
    async (ctx) => {
      await ctx.require('memos', memoId, 'memo');
      return ctx.update('memos', memoId, words);
    },
    { tables: MEMO_TABLES },
  );
}

/** A tombstone, so the deletion syncs; undo brings the memo back. */
export function deleteMemo(runner: CommandRunner, memoId: string): Promise<void> {
  return runner.run(
    { id: 'commands.deleteMemo', subject: 'memo' },
    async (ctx) => {
      await ctx.require('memos', memoId, 'memo');
      await ctx.remove('memos', memoId);
    },
    { tables: MEMO_TABLES },
  );
}
