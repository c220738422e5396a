/** Marks a session held with a community: pending its approval (nothing leaves) or approved. */
import type { Session } from '../../shared/domain/schemas';
import { communityStatus } from '../../shared/privacy/community';

export function CommunityBadge({ session }: { session: Pick<Session, 'community' | 'communityApproval'> }) {
  const status = communityStatus(session);
  if (status.kind === 'open') return null;
  return status.kind === 'pending' ? (
    <span className="badge badge-community-pending">{status.community}: pending approval</span>
  ) : (
    <span className="badge badge-community-approved">{status.community}: approved</span>
  );
}
