/** What an export will carry, in counts, and what it never carries, so the user knows before saving. */
import type { ExportPlan } from '../../shared/privacy/plan';
import { plural } from '../../shared/i18n/plural';

export function LeavesSummary({ plan }: { plan: ExportPlan }) {
  const { counts } = plan;
  return (
    <div className="leaves-summary">
      <dl className="count-list">
        <div>
          <dt>Sessions</dt>
          <dd>{counts.sessions}</dd>
        </div>
        <div>
          <dt>Stakeholder groups</dt>
          <dd>{counts.groups}</dd>
        </div>
        <div>
          <dt>Speaker codes</dt>
          <dd>{counts.participants}</dd>
        </div>
        <div>
          <dt>Notes</dt>
          <dd>
            {counts.notes}
            {plan.withheld.length > 0 && ` (text withheld for ${plan.withheld.length})`}
          </dd>
        </div>
        <div>
          <dt>Notes left out</dt>
          <dd>{plan.dropped.length}</dd>
        </div>
        <div>
          <dt>Themes</dt>
          <dd>{counts.themes}</dd>
        </div>
        <div>
          <dt>Findings</dt>
          <dd>{counts.findings}</dd>
        </div>
        <div>
          <dt>Pieces of text removed</dt>
          <dd>{plan.redactions}</dd>
        </div>
      </dl>
      <p className="muted">
        {plural(plan.matches.filter((m) => !m.redacted).length, { one: '# match', other: '# matches' })} of personal
        information kept by your choice. Never included: names of facilitators, note-takers or consent recorders, device
        names, file paths and account names. Quotes are attributed to a stakeholder group, never to a person.
      </p>
    </div>
  );
}
