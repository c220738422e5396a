/** What an export will carry, in counts, and what it never carries, so the user knows before saving. */
import { useT } from '../ui/i18n';
import type { ExportPlan } from '../../shared/privacy/plan';
import { pendingCommunities } from '../../shared/privacy/community';

/** Sessions held with a community that has not approved yet, and approved sessions whose approval leaves things out. */
function CommunityNotice({ plan }: { plan: ExportPlan }) {
  const { t } = useT();
  const { pending, limited } = plan.community;
  if (pending.length === 0 && limited.length === 0) return null;
  return (
    <div className="notice community-notice" role="status">
      <p>
        {pending.length > 0 && (
          <>
            <strong>{t('export.community.pending', { count: pending.length })}</strong>{' '}
            {t('export.community.pendingDetail', {
              count: pending.length,
              communities: pendingCommunities(plan.community).join(', '),
            })}{' '}
          </>
        )}
        {limited.length > 0 && t('export.community.limited', { count: limited.length })}
      </p>
    </div>
  );
}

export function LeavesSummary({ plan, memosInReports }: { plan: ExportPlan; memosInReports: boolean }) {
  const { counts } = plan;
  const { t, number } = useT();
  return (
    <div className="leaves-summary">
      <CommunityNotice plan={plan} />
      <dl className="count-list">
        <div>
          <dt>{t('export.leaves.sessions')}</dt>
          <dd>{number(counts.sessions)}</dd>
        </div>
        <div>
          <dt>{t('export.leaves.groups')}</dt>
          <dd>{number(counts.groups)}</dd>
        </div>
        <div>
          <dt>{t('export.leaves.participants')}</dt>
          <dd>{number(counts.participants)}</dd>
        </div>
        <div>
          <dt>{t('export.leaves.notes')}</dt>
          <dd>
            {number(counts.notes)}
            {plan.withheld.length > 0 && t('export.leaves.withheld', { count: plan.withheld.length })}
          </dd>
        </div>
        <div>
          <dt>{t('export.leaves.dropped')}</dt>
          <dd>{number(plan.dropped.length)}</dd>
        </div>
        <div>
          <dt>{t('export.leaves.themes')}</dt>
          <dd>{number(counts.themes)}</dd>
        </div>
        <div>
          <dt>{t('export.leaves.findings')}</dt>
          <dd>{number(counts.findings)}</dd>
        </div>
        <div>
          <dt>{t('export.leaves.memos')}</dt>
          <dd>
            {number(counts.memos)}
            {counts.memos > 0 && (
              <span className="count-detail">
                {t('export.leaves.memosWhere', { reports: memosInReports ? 'yes' : 'no' })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('export.leaves.redactions')}</dt>
          <dd>{number(plan.redactions)}</dd>
        </div>
      </dl>
      <p className="muted">{t('export.leaves.never', { count: plan.matches.filter((m) => !m.redacted).length })}</p>
    </div>
  );
}
