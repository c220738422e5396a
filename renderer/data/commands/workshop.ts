/**
 * Council workshop votes (architecture: Workshop). The workshop is a session of the project's "Council workshop"
 * stakeholder group; the room's dots on a theme are one note in that session, themed to the theme, whose `votes`
 * is the tally (shared/workshop/votes.ts says why). Each press is one command, so the usual undo takes it back.
 */
import { newId } from '../../../shared/domain/ids';
import type { Session, StakeholderGroup } from '../../../shared/domain/schemas';
import { WORKSHOP_GROUP_NAME, isWorkshopGroupName } from '../../../shared/findings/workshopGroups';
import { MAX_WORKSHOP_VOTES, voteNoteText } from '../../../shared/workshop/votes';
import type { CommandContext, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';

/** Slate: apart from the palette's colours of the groups that were heard. */
const WORKSHOP_COLOR = '#475569';

async function workshopGroup(ctx: CommandContext, projectId: string): Promise<StakeholderGroup> {
  const groups = (await ctx.db.groups.where('projectId').equals(projectId).toArray()).filter((g) => !g.deleted);
  const found = groups.find((g) => isWorkshopGroupName(g.name));
  if (found) return found;
  return ctx.insert('groups', {
    id: newId(),
    projectId,
    name: WORKSHOP_GROUP_NAME,
    color: WORKSHOP_COLOR,
    order: Math.max(0, ...groups.map((g) => g.order)) + 1,
  });
}

/** A new running workshop session (and the workshop group, the first time). */
async function newWorkshopSession(ctx: CommandContext, projectId: string): Promise<Session> {
  await ctx.require('projects', projectId, 'project');
  const group = await workshopGroup(ctx, projectId);
  const date = ctx.now.slice(0, 10);
  return ctx.insert('sessions', {
    id: newId(),
    projectId,
    title: `Council workshop ${date}`,
    groupId: group.id,
    date,
    status: 'running',
    startedAt: ctx.now,
    deviceId: ctx.deviceId,
  });
}

export interface WorkshopVoteInput {
  projectId: string;
  /** The running workshop session; null starts one with this vote. */
  sessionId: string | null;
  themeId: string;
  /** +1 adds a dot, -1 takes one away. */
  delta: number;
}

/** Adds or removes dots on a theme; returns the session and the theme's new tally in it. */
export function castWorkshopVote(
  runner: CommandRunner,
  input: WorkshopVoteInput,
): Promise<{ sessionId: string; votes: number }> {
  if (!Number.isInteger(input.delta) || input.delta === 0) {
    return Promise.reject(new DataError('invalid', 'A vote adds or removes whole dots.'));
  }
  return runner.run(
    { id: input.delta > 0 ? 'commands.addVote' : 'commands.removeVote', subject: 'vote' },
    async (ctx) => {
      const theme = await ctx.require('themes', input.themeId, 'theme');
      if (theme.projectId !== input.projectId) throw new DataError('invalid', 'That theme belongs to another project.');
      const session = input.sessionId
        ? await ctx.require('sessions', input.sessionId, 'workshop session')
        : await newWorkshopSession(ctx, input.projectId);
      if (session.projectId !== input.projectId)
        throw new DataError('invalid', 'That session belongs to another project.');
      const existing = (await ctx.db.notes.where('themeId').equals(theme.id).toArray())
        .filter((n) => n.sessionId === session.id && !n.deleted)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
      const votes = Math.min(MAX_WORKSHOP_VOTES, Math.max(0, (existing?.votes ?? 0) + input.delta));
      if (existing && votes === 0) await ctx.remove('notes', existing.id);
      else if (existing) await ctx.update('notes', existing.id, { votes });
      else if (votes > 0) {
        await ctx.insert('notes', {
          id: newId(),
          projectId: input.projectId,
          sessionId: session.id,
          themeId: theme.id,
          text: voteNoteText(theme.name),
          votes,
          flags: { sensitive: false, doNotQuote: true, culturalProtocol: false },
        });
      }
      if (session.status !== 'running') {
        await ctx.update('sessions', session.id, { status: 'running', startedAt: session.startedAt ?? ctx.now });
      }
      return { sessionId: session.id, votes };
    },
    { tables: ['projects', 'groups', 'sessions', 'themes', 'notes'] },
  );
}
