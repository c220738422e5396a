/** Test kit: a session held with a youth council that approved the given scope, on a fresh fake-indexeddb store. */
import type { ApprovalScope } from '../../shared/domain/schemas';
import { recordCommunityApproval, setSessionCommunity } from '../data/commands/community';
import { freshRunner, projectWithSession } from '../data/testing';

export async function sessionApprovedFor(scope: ApprovalScope, requirement = '') {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  await setSessionCommunity(runner, session.id, { name: 'Riverbend Youth Council', requirement });
  await recordCommunityApproval(runner, session.id, { approvedBy: 'Youth council', approvedOn: '2026-11-20', scope });
  return { db, runner, project, session };
}
