/**
 * Coding commands for agreement between coders: a coder starts a pass over a session, gives each note one theme
 * (or none) in that pass, and says when they are done. A pass's codings never touch the note's own theme on the
 * board; resolving a disagreement does, through the board's own "move to theme" command.
 */
import { newId } from '../../../shared/domain/ids';
import type { Coding, CodingPass } from '../../../shared/domain/schemas';
import { isErasedRow } from '../../../shared/sync/erasure';
import type { CommandContext, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';

const CODING_TABLES = ['sessions', 'notes', 'themes', 'codingPasses', 'codings'] as const;

export function startCodingPass(runner: CommandRunner, sessionId: string, coder: string): Promise<CodingPass> {
  const name = coder.trim();
  if (!name) return Promise.reject(new DataError('invalid', 'Type the name of the person coding.'));
  return runner.run(
    { id: 'commands.startCoding', values: { name }, subject: 'coding' },
    async (ctx) => {
      const session = await ctx.require('sessions', sessionId, 'session');
      const others = await ctx.db.codingPasses.where('sessionId').equals(sessionId).toArray();
      const same = others.find((pass) => !pass.deleted && pass.coder.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (same) throw new DataError('invalid', `${same.coder} already codes this session.`);
      return ctx.insert('codingPasses', {
        id: newId(),
        projectId: session.projectId,
        sessionId,
        coder: name,
        deviceId: ctx.deviceId,
        done: false,
      });
    },
    { tables: CODING_TABLES },
  );
}

async function livePass(ctx: CommandContext, passId: string): Promise<CodingPass> {
  return ctx.require('codingPasses', passId, 'coding pass');
}

/** The coder's theme for a note (null: looked at, no theme). A finished pass is reopened before it changes. */
export function codeNote(
  runner: CommandRunner,
  passId: string,
  noteId: string,
  themeId: string | null,
): Promise<Coding> {
  return runner.run(
    { id: 'commands.codeNote', subject: 'note' },
    async (ctx) => {
      const pass = await livePass(ctx, passId);
      if (pass.done) throw new DataError('invalid', `${pass.coder} said they are done; reopen the pass to change it.`);
      const note = await ctx.get('notes', noteId);
      if (!note || note.deleted || isErasedRow(note) || note.sessionId !== pass.sessionId) {
        throw new DataError('not-found', 'That note is not in this session any more.');
      }
      if (themeId) {
        const theme = await ctx.require('themes', themeId, 'theme');
        if (theme.projectId !== pass.projectId)
          throw new DataError('invalid', 'That theme belongs to another project.');
      }
      const existing = (await ctx.db.codings.where('noteId').equals(noteId).toArray()).find(
        (coding) => coding.passId === passId && !isErasedRow(coding),
      );
      if (existing) return ctx.update('codings', existing.id, { themeId, deleted: false });
      return ctx.insert('codings', {
        id: newId(),
        projectId: pass.projectId,
        sessionId: pass.sessionId,
        passId,
        noteId,
        themeId,
      });
    },
    { tables: CODING_TABLES },
  );
}

/** "Done" (or reopened): blind coding ends when every pass of the session is done. */
export function setPassDone(runner: CommandRunner, passId: string, done: boolean): Promise<CodingPass> {
  return runner.run(
    { id: done ? 'commands.finishCoding' : 'commands.reopenCoding', subject: 'coding' },
    async (ctx) => {
      await livePass(ctx, passId);
      return ctx.update('codingPasses', passId, { done });
    },
    { tables: CODING_TABLES },
  );
}
