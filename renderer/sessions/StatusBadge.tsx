import type { SessionStatus } from '../../shared/domain/schemas';

const LABELS: Record<SessionStatus, string> = { planned: 'Planned', running: 'Running', closed: 'Closed' };

export function StatusBadge({ status }: { status: SessionStatus }) {
  return <span className={`badge badge-${status}`}>{LABELS[status]}</span>;
}
