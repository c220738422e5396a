/**
 * A session held with a community whose data it is, and the community's approval of what may leave
 * (architecture: Community approval). Both are fields of the session, each written whole, so sync merges the
 * marking and the approval independently and undo restores either.
 */
import {
  approvalScopeSchema,
  communityApprovalSchema,
  communityHoldSchema,
  type ApprovalScope,
  type CommunityHold,
  type Session,
} from '../../../shared/domain/schemas';
import type { CommandLabel, CommandRunner } from '../commandRunner';
import { firstIssueWords } from '../../../shared/i18n/schemaIssue';
import { DataError } from '../errors';

/** Marks (or, with null, unmarks) the session as the community's; unmarking also clears a recorded approval. */
export function setSessionCommunity(
  runner: CommandRunner,
  sessionId: string,
  community: CommunityHold | null,
): Promise<Session> {
  const parsed = community ? communityHoldSchema.safeParse(community) : null;
  if (parsed && !parsed.success) {
    return Promise.reject(
      new DataError('invalid', {
        id: 'dataErrors.communityNotSaved',
        values: { detail: firstIssueWords(parsed.error) },
      }),
    );
  }
  const label: CommandLabel = {
    id: community ? 'commands.markCommunitySession' : 'commands.unmarkCommunitySession',
    subject: 'session',
  };
  return runner.run(label, async (ctx) => {
    await ctx.require('sessions', sessionId, 'session');
    return ctx.update(
      'sessions',
      sessionId,
      parsed ? { community: parsed.data } : { community: null, communityApproval: null },
    );
  });
}

export interface ApprovalInput {
  approvedBy: string;
  /** YYYY-MM-DD */
  approvedOn: string;
  scope: ApprovalScope;
}

/** Records the community's approval; `recordedAt` is the command's own time. */
export function recordCommunityApproval(
  runner: CommandRunner,
  sessionId: string,
  input: ApprovalInput,
): Promise<Session> {
  return runner.run({ id: 'commands.recordCommunityApproval', subject: 'session' }, async (ctx) => {
    const session = await ctx.require('sessions', sessionId, 'session');
    if (!session.community) {
      throw new DataError('invalid', { id: 'dataErrors.approvalWithoutCommunity' });
    }
    const parsed = communityApprovalSchema.safeParse({
      ...input,
      scope: approvalScopeSchema.parse(input.scope),
      recordedAt: ctx.now,
    });
    if (!parsed.success)
      throw new DataError('invalid', {
        id: 'dataErrors.approvalNotRecorded',
        values: { detail: firstIssueWords(parsed.error) },
      });
    return ctx.update('sessions', sessionId, { communityApproval: parsed.data });
  });
}

/** The community withdrew or narrowed its approval: nothing of the session leaves until a new one is recorded. */
export function withdrawCommunityApproval(runner: CommandRunner, sessionId: string): Promise<Session> {
  return runner.run({ id: 'commands.withdrawCommunityApproval', subject: 'session' }, (ctx) =>
    ctx.update('sessions', sessionId, { communityApproval: null }),
  );
}
