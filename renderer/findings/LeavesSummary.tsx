/** What an export will carry, in counts, and what it never carries, so the user knows before saving. */
import { useT } from '../ui/i18n';
import type { ExportPlan } from '../../shared/privacy/plan';

export function LeavesSummary({ plan }: { plan: ExportPlan }) {
  const { counts } = plan;
  const { t, number } = useT();
  return (
    <div className="leaves-summary">
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
          <dt>{t('export.leaves.redactions')}</dt>
          <dd>{number(plan.redactions)}</dd>
        </div>
      </dl>
      <p className="muted">{t('export.leaves.never', { count: plan.matches.filter((m) => !m.redacted).length })}</p>
    </div>
  );
}
