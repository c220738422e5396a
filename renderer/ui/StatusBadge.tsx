/** A session's status (planned, running, closed) as a badge: the sessions list, the session and capture show it. */
import type { SessionStatus } from '../../shared/domain/schemas';

const LABELS: Record<SessionStatus, string> = { planned: 'Planned', running: 'Running', closed: 'Closed' };

export function StatusBadge({ status }: { status: SessionStatus }) {
  return <span className={`badge badge-${status}`}>{LABELS[status]}</span>;
}
