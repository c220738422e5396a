/**
 * Keeping the tally of counts-only community sessions fresh (architecture: Community approval): a bundle leaves such
 * a session's notes home and carries its tally instead, so the bundle export runs this first. One command for the
 * whole project, so one undo step and one transaction.
 *
 * A session is written only when its counts changed (the tally's time alone does not count), so exporting twice
 * writes nothing the second time and syncs nothing. A session whose approval no longer allows counts alone (pending
 * again, approved for quotes, or unmarked) loses its tally, so nothing stale waits on it.
 */
import type { TableName } from '../../../shared/domain/schemas';
import { communityTallies, sameTally } from '../../../shared/privacy/communityTally';
import type { CommandRunner } from '../commandRunner';

/** What the tally is taken from, and the one table written. */
const TABLES: readonly TableName[] = ['projects', 'questions', 'sessions', 'participants', 'notes', 'themes'];

/** Refreshes every tally of the project; returns how many sessions it wrote. */
export function refreshCommunityTallies(runner: CommandRunner, projectId: string): Promise<number> {
  return runner.run(
    { id: 'commands.refreshCommunityTallies' },
    async (ctx) => {
      const project = await ctx.db.projects.get(projectId);
      if (!project || project.deleted) return 0;
      const sessions = await ctx.db.sessions.where('projectId').equals(projectId).toArray();
      // Nothing to read further for a project without any tally to take or clear: the usual case.
      if (!sessions.some((s) => s.community || s.communityTally)) return 0;
      const [questions, participants, notes, themes] = await Promise.all([
        ctx.db.questions.where('projectId').equals(projectId).toArray(),
        ctx.db.participants.where('projectId').equals(projectId).toArray(),
        ctx.db.notes.where('projectId').equals(projectId).toArray(),
        ctx.db.themes.where('projectId').equals(projectId).toArray(),
      ]);
      const tallies = communityTallies(
        { project, groups: [], questions, sessions, participants, notes, themes, findings: [] },
        ctx.now,
      );
      let written = 0;
      for (const session of sessions) {
        if (session.deleted) continue;
        const tally = tallies.get(session.id) ?? null;
        if (sameTally(session.communityTally, tally)) continue;
        await ctx.update('sessions', session.id, { communityTally: tally });
        written++;
      }
      return written;
    },
    { tables: TABLES },
  );
}
