/** Marks a session held with a community: pending its approval (nothing leaves) or approved. */
import type { Session } from '../../shared/domain/schemas';
import { communityStatus } from '../../shared/privacy/community';
import { useT } from '../ui/i18n';

export function CommunityBadge({ session }: { session: Pick<Session, 'community' | 'communityApproval'> }) {
  const { t } = useT();
  const status = communityStatus(session);
  if (status.kind === 'open') return null;
  return status.kind === 'pending' ? (
    <span className="badge badge-community-pending">
      {t('sessions.community.badgePending', { community: status.community })}
    </span>
  ) : (
    <span className="badge badge-community-approved">
      {t('sessions.community.badgeApproved', { community: status.community })}
    </span>
  );
}
