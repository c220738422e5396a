/**
 * Findings organised by the project's framework (its note kinds: issues and priorities, local assets, risk
 * factors, ideas for action, measures of progress), the drafts waiting to be accepted, and the themes in priority
 * order with how widely each was heard. Empty states say what to do next.
 */
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { groupsHeardFrom } from '../../shared/findings/breadth';
import { routePath } from '../app/router';
import { DraftsSection } from './DraftsSection';
import { FindingCard } from './FindingCard';
import { FindingEditor } from './FindingEditor';
import { ThemeRanking } from './ThemeRanking';

export function FindingsPanel({
  snapshot,
  view,
  level,
}: {
  snapshot: FindingsSnapshot;
  view: FindingsDocument;
  level: ReportLevel;
}) {
  const records = new Map(snapshot.findings.map((f) => [f.id, f]));
  const viewFindings = new Map(view.findings.map((f) => [f.id, f]));
  const sessionsHref = routePath({ name: 'sessions', projectId: snapshot.project.id });

  return (
    <section aria-labelledby="findings-heading">
      <div className="screen-head">
        <h2 id="findings-heading">Findings by framework</h2>
        <FindingEditor
          snapshot={snapshot}
          view={view}
          level={level}
          triggerLabel="New finding"
          triggerClassName="primary-button"
        />
      </div>
      {snapshot.notes.length === 0 ? (
        <p className="empty">
          No notes yet. Capture notes in a session, or import them from a spreadsheet (
          <a href={sessionsHref}>Sessions</a> → Import notes…). Findings are drawn from the notes and their themes.
        </p>
      ) : view.ranking.length === 0 ? (
        <p className="empty">
          {level === 'master'
            ? 'No master themes yet. Add them under “Master themes” and map the session themes to them; then drafts appear here.'
            : 'No themes yet. Group the notes into themes on the board; each theme then gets a draft finding here. You can also write a finding by hand.'}
        </p>
      ) : null}
      <DraftsSection snapshot={snapshot} level={level} denominator={groupsHeardFrom(view.coverage.columns)} />
      {view.framework.map((category) => {
        if (category.kind === null && category.findingIds.length === 0) return null;
        const headingId = `framework-${category.kind ?? 'none'}`;
        return (
          <section key={category.kind ?? 'none'} aria-labelledby={headingId} className="framework-section">
            <h3 id={headingId}>
              {category.name} <span className="muted">({category.findingIds.length})</span>
            </h3>
            {category.findingIds.length === 0 ? (
              <p className="muted">No findings in this category yet.</p>
            ) : (
              category.findingIds.map((id) => {
                const finding = viewFindings.get(id);
                const record = records.get(id);
                return finding && record ? (
                  <FindingCard
                    key={id}
                    finding={finding}
                    record={record}
                    snapshot={snapshot}
                    view={view}
                    level={level}
                  />
                ) : null;
              })
            )}
          </section>
        );
      })}
      <ThemeRanking snapshot={snapshot} view={view} />
    </section>
  );
}
