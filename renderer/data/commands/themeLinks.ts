/**
 * Linking notes to further themes: a linked note stays in its home frame on the board and counts in every theme
 * it is linked to (shared/domain/noteThemes.ts). Each function is one command: one undo step, one transaction.
 */
import { linksAdding, linksWithout, noteIsInTheme } from '../../../shared/domain/noteThemes';
import type { CommandContext, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';

async function writeLinks(
  ctx: CommandContext,
  noteIds: readonly string[],
  themeId: string,
  link: boolean,
): Promise<number> {
  const theme = await ctx.require('themes', themeId, 'theme');
  let changed = 0;
  for (const id of new Set(noteIds)) {
    const note = await ctx.get('notes', id);
    if (!note || note.deleted) continue;
    if (note.projectId !== theme.projectId)
      throw new DataError('invalid', 'A note can only be linked to a theme of its own project.');
    let links: string[] | null;
    try {
      links = link ? linksAdding(note, themeId) : noteIsInTheme(note, themeId) ? linksWithout(note, [themeId]) : null;
    } catch (error) {
      throw new DataError('invalid', (error as Error).message);
    }
    // Unlinking never moves a note out of its home theme: that is "Move to theme" or "Remove from theme".
    if (!links || (!link && note.themeId === themeId)) continue;
    await ctx.update('notes', id, { linkedThemeIds: links });
    changed++;
  }
  return changed;
}

/** Links the notes to `themeId` as well as their home theme; notes already in it are left as they are. */
export async function linkToTheme(runner: CommandRunner, noteIds: readonly string[], themeId: string): Promise<number> {
  const name = (await runner.db.themes.get(themeId))?.name ?? '';
  return runner.run(
    { id: 'commands.linkNotesToTheme', values: { count: noteIds.length, name }, subject: 'note' },
    (ctx) => writeLinks(ctx, noteIds, themeId, true),
    {
      tables: ['notes', 'themes'],
    },
  );
}

/** Removes the link to `themeId`; a note whose home it is stays there. */
export async function unlinkFromTheme(
  runner: CommandRunner,
  noteIds: readonly string[],
  themeId: string,
): Promise<number> {
  const name = (await runner.db.themes.get(themeId))?.name ?? '';
  return runner.run(
    { id: 'commands.unlinkNotesFromTheme', values: { count: noteIds.length, name }, subject: 'note' },
    (ctx) => writeLinks(ctx, noteIds, themeId, false),
    { tables: ['notes', 'themes'] },
  );
}
