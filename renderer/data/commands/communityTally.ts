/**
 * Keeping the tally of counts-only community sessions fresh (architecture: Community approval): a bundle leaves such
 * a session's notes home and carries its tally instead, so the bundle export runs this first. One command for the
 * whole project, in one transaction; not on the undo stack (undoing an export's bookkeeping would surprise, and
 * the next export would take the tally again).
 *
 * A session is written only when its counts changed (the tally's time alone does not count), so exporting twice
 * writes nothing the second time and syncs nothing. A session whose approval no longer allows counts alone (pending
 * again, approved for quotes, or unmarked) loses its tally, so nothing stale waits on it.
 *
 * A device that holds none of a session's notes (the PMT, who received it by bundle) keeps the tally it received: it
 * came from where the notes are, and a tally taken here would count nothing and overwrite it on every device. The
 * price: a session whose every note was erased (an erased note keeps no session) keeps its last tally until a note is
 * added; erasure leaves no words in it either way.
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
      // Deleted notes count too: they show the notes were here, so a tally of none is true.
      const holdsNotes = new Set(notes.map((n) => n.sessionId));
      for (const session of sessions) {
        if (session.deleted) continue;
        const tally = tallies.get(session.id) ?? null;
        if (sameTally(session.communityTally, tally)) continue;
        if (tally && session.communityTally && !holdsNotes.has(session.id)) continue;
        await ctx.update('sessions', session.id, { communityTally: tally });
        written++;
      }
      return written;
    },
    // Bookkeeping of the export, not a facilitator's edit: undo stays on what they did last.
    { tables: TABLES, undoable: false },
  );
}
