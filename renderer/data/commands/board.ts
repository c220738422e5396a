/**
 * Board commands: moving stickies, sorting them into themes, and editing the codebook of themes.
 * Each exported function is one `runner.run`, so each is one undo step, one transaction and one batch of
 * change records for sync, however many notes it touches.
 *
 * Position rule shared with shared/board/layout.ts: (0, 0) means "unplaced", so a note sent to a theme by
 * keyboard, by the outline or by a merge is unplaced and snaps into that theme's frame.
 */
import { newId } from '../../../shared/domain/ids';
import type { Frame, Note, Theme } from '../../../shared/domain/schemas';
import { storedPosition } from '../../../shared/board/layout';
import { linkedThemesOf, linksForHome, linksWithout } from '../../../shared/domain/noteThemes';
import type { CommandContext, CommandLabel, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';
import { PALETTE } from '../../../shared/domain/palette';

const BOARD_TABLES = ['notes', 'themes'] as const;
/** Theme colours: the app palette, each with at least 4.5:1 against white. */
export const THEME_COLORS = PALETTE;

export interface NoteMove {
  id: string;
  x: number;
  y: number;
  /** Unplace the note instead (it snaps into its frame's free slots or the pile). */
  snap?: boolean;
  /** Also change the note's theme (null: no theme). Left out: the theme stays. */
  themeId?: string | null;
}

export interface FramePin {
  themeId: string;
  frame: Frame | null;
}

const quoted = (name: string) => `“${name}”`;

async function liveNote(ctx: CommandContext, id: string): Promise<Note | null> {
  const note = await ctx.get('notes', id);
  return note && !note.deleted ? note : null;
}

async function requireTheme(ctx: CommandContext, id: string): Promise<Theme> {
  return ctx.require('themes', id, 'theme');
}

function checkSameProject(theme: Theme, note: Note): void {
  if (theme.projectId !== note.projectId)
    throw new DataError('invalid', 'A note can only join a theme of its own project.');
}

/** Notes deleted meanwhile (on this device or by sync) are skipped rather than failing the whole move. */
async function writeMoves(ctx: CommandContext, moves: readonly NoteMove[]): Promise<number> {
  const themes = new Map<string, Theme>();
  let moved = 0;
  for (const move of moves) {
    const note = await liveNote(ctx, move.id);
    if (!note) continue;
    const patch: Partial<Note> = move.snap ? { x: 0, y: 0 } : storedPosition(move.x, move.y);
    if (move.themeId !== undefined) {
      if (move.themeId !== null) {
        const theme = themes.get(move.themeId) ?? (await requireTheme(ctx, move.themeId));
        themes.set(theme.id, theme);
        checkSameProject(theme, note);
      }
      Object.assign(patch, homePatch(note, move.themeId));
    }
    await ctx.update('notes', note.id, patch);
    moved++;
  }
  return moved;
}

/** A new home theme; a theme the note was linked to that becomes its home is no longer a link. */
function homePatch(note: Note, themeId: string | null): Partial<Note> {
  const links = linksForHome(note, themeId);
  return links.length === linkedThemesOf(note).length ? { themeId } : { themeId, linkedThemeIds: links };
}

async function writeFrames(ctx: CommandContext, pins: readonly FramePin[]): Promise<void> {
  for (const pin of pins) await ctx.update('themes', pin.themeId, { frame: pin.frame && roundFrame(pin.frame) });
}

function roundFrame(frame: Frame): Frame {
  return {
    x: Math.round(frame.x),
    y: Math.round(frame.y),
    w: Math.max(1, Math.round(frame.w)),
    h: Math.max(1, Math.round(frame.h)),
  };
}

/** Unplaces the notes and gives them `themeId`; notes already in that theme are left where they are. */
async function writeAssignment(
  ctx: CommandContext,
  noteIds: readonly string[],
  themeId: string | null,
): Promise<number> {
  const theme = themeId ? await requireTheme(ctx, themeId) : null;
  let changed = 0;
  for (const id of noteIds) {
    const note = await liveNote(ctx, id);
    if (!note || note.themeId === themeId) continue;
    if (theme) checkSameProject(theme, note);
    await ctx.update('notes', id, { ...homePatch(note, themeId), x: 0, y: 0 });
    changed++;
  }
  return changed;
}

/**
 * A drag's commit: new positions (and, for a drop into or out of a frame, new themes) for every dragged note,
 * plus frames to pin — an auto-laid-out frame that receives a note is stored where it is shown, so it cannot
 * reflow away from the note just placed in it.
 */
export function moveNotes(
  runner: CommandRunner,
  moves: readonly NoteMove[],
  options: { pinFrames?: readonly FramePin[]; label?: CommandLabel } = {},
): Promise<number> {
  const label = options.label ?? { id: 'commands.moveNotes', values: { count: moves.length }, subject: 'note' };
  return runner.run(
    label,
    async (ctx) => {
      await writeFrames(ctx, options.pinFrames ?? []);
      return writeMoves(ctx, moves);
    },
    { tables: BOARD_TABLES },
  );
}

/** "Move to theme" (keyboard, outline, menus): the notes join the theme (or leave every theme, for null) and snap into place. */
export async function assignTheme(
  runner: CommandRunner,
  noteIds: readonly string[],
  themeId: string | null,
): Promise<number> {
  const name = themeId ? (await runner.db.themes.get(themeId))?.name : null;
  const count = noteIds.length;
  const label: CommandLabel = themeId
    ? { id: 'commands.moveNotesToTheme', values: { count, name: name ?? '' }, subject: 'note' }
    : { id: 'commands.removeNotesFromTheme', values: { count }, subject: 'note' };
  return runner.run(label, (ctx) => writeAssignment(ctx, noteIds, themeId), { tables: BOARD_TABLES });
}

export interface CreateThemeInput {
  projectId: string;
  /** The session whose board it is made on; null for a project-wide theme. */
  sessionId: string | null;
  name: string;
  color?: string;
  parentId?: string | null;
  frame?: Frame | null;
  noteIds?: readonly string[];
  origin?: Theme['origin'];
  description?: string;
}

async function nextThemeColor(ctx: CommandContext, projectId: string): Promise<string> {
  const used = new Set(
    (await ctx.db.themes.where('projectId').equals(projectId).toArray())
      .filter((t) => !t.deleted)
      .map((t) => t.color.toUpperCase()),
  );
  const count = used.size;
  return THEME_COLORS.find((c) => !used.has(c)) ?? THEME_COLORS[count % THEME_COLORS.length]!;
}

async function writeTheme(ctx: CommandContext, input: CreateThemeInput): Promise<Theme> {
  await ctx.require('projects', input.projectId, 'project');
  if (input.sessionId) await ctx.require('sessions', input.sessionId, 'session');
  if (input.parentId) await requireTheme(ctx, input.parentId);
  const theme = await ctx.insert('themes', {
    id: newId(),
    projectId: input.projectId,
    sessionId: input.sessionId,
    name: input.name.trim(),
    description: input.description ?? '',
    color: input.color ?? (await nextThemeColor(ctx, input.projectId)),
    parentId: input.parentId ?? null,
    frame: input.frame ? roundFrame(input.frame) : null,
    origin: input.origin ?? 'manual',
  });
  if (input.noteIds?.length) await writeAssignment(ctx, input.noteIds, theme.id);
  return theme;
}

/** A new theme, usually from the selected notes, which join it. */
export function createTheme(runner: CommandRunner, input: CreateThemeInput): Promise<Theme> {
  return runner.run(
    { id: 'commands.createTheme', values: { name: input.name.trim() }, subject: 'theme' },
    (ctx) => writeTheme(ctx, input),
    {
      tables: ['projects', 'sessions', ...BOARD_TABLES],
    },
  );
}

export function renameTheme(runner: CommandRunner, themeId: string, name: string): Promise<Theme> {
  return runner.run(
    { id: 'commands.renameTheme', values: { name: name.trim() }, subject: 'theme' },
    (ctx) => ctx.update('themes', themeId, { name: name.trim() }),
    {
      tables: ['themes'],
    },
  );
}

export function recolourTheme(runner: CommandRunner, themeId: string, color: string): Promise<Theme> {
  return runner.run(
    { id: 'commands.recolourTheme', subject: 'theme' },
    (ctx) => ctx.update('themes', themeId, { color: color.toUpperCase() }),
    {
      tables: ['themes'],
    },
  );
}

export function describeTheme(runner: CommandRunner, themeId: string, description: string): Promise<Theme> {
  return runner.run(
    { id: 'commands.describeTheme', subject: 'theme' },
    (ctx) => ctx.update('themes', themeId, { description }),
    { tables: ['themes'] },
  );
}

/**
 * Moves or resizes a frame (null hands it back to automatic layout). `carried` are the notes and sub-frames
 * that travel with a moved frame, so the whole group moves as one undo step.
 */
export function setThemeFrame(
  runner: CommandRunner,
  themeId: string,
  frame: Frame | null,
  carried: { notes?: readonly NoteMove[]; frames?: readonly FramePin[]; label?: CommandLabel } = {},
): Promise<void> {
  return runner.run(
    carried.label ?? { id: frame ? 'commands.moveThemeFrame' : 'commands.layOutTheme', subject: 'theme' },
    async (ctx) => {
      await requireTheme(ctx, themeId);
      await writeFrames(ctx, [{ themeId, frame }, ...(carried.frames ?? [])]);
      await writeMoves(ctx, carried.notes ?? []);
    },
    { tables: BOARD_TABLES },
  );
}

async function liveThemes(ctx: CommandContext, projectId: string): Promise<Theme[]> {
  return (await ctx.db.themes.where('projectId').equals(projectId).toArray()).filter((t) => !t.deleted);
}

/** Live notes of the project linked (not homed) to any of `themeIds`: links have no index, so the project is read. */
async function notesLinkedTo(ctx: CommandContext, projectId: string, themeIds: ReadonlySet<string>): Promise<Note[]> {
  const rows = await ctx.db.notes.where('projectId').equals(projectId).toArray();
  return rows.filter((n) => !n.deleted && linkedThemesOf(n).some((id) => themeIds.has(id)));
}

async function notesOfThemes(ctx: CommandContext, themeIds: readonly string[]): Promise<Note[]> {
  const rows = await ctx.db.notes
    .where('themeId')
    .anyOf([...themeIds])
    .toArray();
  return rows.filter((n) => !n.deleted);
}

/**
 * Merges `sourceIds` into `targetId`: their notes snap into the target, their sub-themes move under it,
 * their dot votes are added to its count, and the sources are deleted (tombstoned).
 */
export function mergeThemes(runner: CommandRunner, targetId: string, sourceIds: readonly string[]): Promise<Theme> {
  const sources = [...new Set(sourceIds)].filter((id) => id !== targetId);
  if (!sources.length) return Promise.reject(new DataError('invalid', 'Choose at least one other theme to merge.'));
  return runner.run(
    { id: 'commands.mergeThemes', values: { count: sources.length + 1 }, subject: 'theme' },
    async (ctx) => {
      const target = await requireTheme(ctx, targetId);
      const merged: Theme[] = [];
      for (const id of sources) {
        const source = await requireTheme(ctx, id);
        if (source.projectId !== target.projectId)
          throw new DataError('invalid', 'Only themes of the same project can be merged.');
        merged.push(source);
      }
      const sourceSet = new Set(sources);
      const homed = await notesOfThemes(ctx, sources);
      for (const note of homed) await ctx.update('notes', note.id, { ...homePatch(note, targetId), x: 0, y: 0 });
      // A note linked to a source is linked to the target instead (unless the target is, or became, its home).
      const homedIds = new Set(homed.map((n) => n.id));
      for (const note of await notesLinkedTo(ctx, target.projectId, sourceSet)) {
        const home = homedIds.has(note.id) ? targetId : note.themeId;
        const kept = linksWithout(note, sourceSet);
        const links = home === targetId || kept.includes(targetId) ? kept : [...kept, targetId];
        await ctx.update('notes', note.id, {
          linkedThemeIds: linksForHome({ themeId: home, linkedThemeIds: links }, home),
        });
      }
      const all = await liveThemes(ctx, target.projectId);
      const byId = new Map(all.map((t) => [t.id, t]));
      // The target may itself sit under a source: it then climbs to the nearest ancestor that survives.
      let targetParent = target.parentId;
      while (targetParent && sourceSet.has(targetParent)) targetParent = byId.get(targetParent)?.parentId ?? null;
      for (const theme of all) {
        if (theme.id === targetId || sourceSet.has(theme.id)) continue;
        if (theme.parentId && sourceSet.has(theme.parentId))
          await ctx.update('themes', theme.id, { parentId: targetId });
      }
      const votes = target.votes + merged.reduce((sum, t) => sum + t.votes, 0);
      for (const id of sources) await ctx.remove('themes', id);
      return ctx.update('themes', targetId, { votes, parentId: targetParent });
    },
    { tables: BOARD_TABLES },
  );
}

/** Splits the given notes off `themeId` into a new sibling theme called `name`. */
export function splitTheme(
  runner: CommandRunner,
  themeId: string,
  noteIds: readonly string[],
  name: string,
): Promise<Theme> {
  if (!noteIds.length) return Promise.reject(new DataError('invalid', 'Select the notes to split off first.'));
  return runner.run(
    { id: 'commands.splitTheme', values: { name: name.trim() }, subject: 'theme' },
    async (ctx) => {
      const theme = await requireTheme(ctx, themeId);
      const members: string[] = [];
      for (const id of noteIds) if ((await liveNote(ctx, id))?.themeId === themeId) members.push(id);
      if (!members.length) throw new DataError('invalid', `None of those notes is in ${quoted(theme.name)}.`);
      return writeTheme(ctx, {
        projectId: theme.projectId,
        sessionId: theme.sessionId,
        parentId: theme.parentId,
        name,
        noteIds: members,
      });
    },
    { tables: ['projects', 'sessions', ...BOARD_TABLES] },
  );
}

/** Makes `themeId` a sub-theme of `parentId` (null: a top-level theme). Refuses to make a theme its own ancestor. */
export function nestTheme(runner: CommandRunner, themeId: string, parentId: string | null): Promise<Theme> {
  return runner.run(
    { id: parentId ? 'commands.nestTheme' : 'commands.unnestTheme', subject: 'theme' },
    async (ctx) => {
      const theme = await requireTheme(ctx, themeId);
      if (parentId) {
        const parent = await requireTheme(ctx, parentId);
        if (parent.projectId !== theme.projectId)
          throw new DataError('invalid', 'A theme can only be nested in a theme of its own project.');
        const seen = new Set<string>();
        for (
          let at: Theme | undefined = parent;
          at && !seen.has(at.id);
          at = at.parentId ? await ctx.get('themes', at.parentId) : undefined
        ) {
          if (at.id === themeId)
            throw new DataError(
              'invalid',
              `${quoted(theme.name)} cannot go inside itself or one of its own sub-themes.`,
            );
          seen.add(at.id);
        }
      }
      return ctx.update('themes', themeId, { parentId });
    },
    { tables: ['themes'] },
  );
}

/**
 * Deletes (tombstones) a theme: its notes leave it (staying where they lie), notes linked to it lose the link, its
 * sub-themes move up a level.
 */
export function deleteTheme(runner: CommandRunner, themeId: string): Promise<number> {
  return runner.run(
    { id: 'commands.deleteTheme', subject: 'theme' },
    async (ctx) => {
      const theme = await requireTheme(ctx, themeId);
      const notes = await notesOfThemes(ctx, [themeId]);
      for (const note of notes) await ctx.update('notes', note.id, { themeId: null });
      const gone = new Set([themeId]);
      for (const note of await notesLinkedTo(ctx, theme.projectId, gone))
        await ctx.update('notes', note.id, { linkedThemeIds: linksWithout(note, gone) });
      for (const child of (await liveThemes(ctx, theme.projectId)).filter((t) => t.parentId === themeId)) {
        await ctx.update('themes', child.id, { parentId: theme.parentId });
      }
      await ctx.remove('themes', themeId);
      return notes.length;
    },
    { tables: BOARD_TABLES },
  );
}

/** Dot votes counted in the room for a theme. */
export function setThemeVotes(runner: CommandRunner, themeId: string, votes: number): Promise<Theme> {
  if (!Number.isInteger(votes) || votes < 0)
    return Promise.reject(new DataError('invalid', 'Votes must be a whole number, 0 or more.'));
  return runner.run(
    { id: 'commands.setThemeVotes', subject: 'theme' },
    (ctx) => ctx.update('themes', themeId, { votes }),
    { tables: ['themes'] },
  );
}

export interface AcceptSuggestionInput {
  projectId: string;
  sessionId: string | null;
  /** The suggestion's label (the words its notes share), or the name the facilitator gave it. */
  label: string;
  noteIds: readonly string[];
}

/** An accepted suggested cluster becomes a theme (origin "suggested") holding its notes. */
export function acceptSuggestion(runner: CommandRunner, input: AcceptSuggestionInput): Promise<Theme> {
  const name = input.label.trim().slice(0, 200);
  return runner.run(
    { id: 'commands.acceptSuggestedTheme', values: { name }, subject: 'theme' },
    (ctx) =>
      writeTheme(ctx, {
        projectId: input.projectId,
        sessionId: input.sessionId,
        name,
        noteIds: input.noteIds,
        origin: 'suggested',
      }),
    { tables: ['projects', 'sessions', ...BOARD_TABLES] },
  );
}
