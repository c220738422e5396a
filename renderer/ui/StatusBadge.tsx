/** A session's status (planned, running, closed) as a badge: the sessions list, the session and capture show it. */
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from './i18n';
import type { SessionStatus } from '../../shared/domain/schemas';

const LABELS: Record<SessionStatus, MessageId> = {
  planned: 'ui.status.planned',
  running: 'ui.status.running',
  closed: 'ui.status.closed',
};

export function StatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useT();
  return <span className={`badge badge-${status}`}>{t(LABELS[status])}</span>;
}
