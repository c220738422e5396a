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
import { useT } from '../ui/i18n';
import { useRichMessage } from '../ui/richMessage';

export function FindingsPanel({
  snapshot,
  view,
  level,
}: {
  snapshot: FindingsSnapshot;
  view: FindingsDocument;
  level: ReportLevel;
}) {
  const { t } = useT();
  const rich = useRichMessage();
  const records = new Map(snapshot.findings.map((f) => [f.id, f]));
  const viewFindings = new Map(view.findings.map((f) => [f.id, f]));
  const sessionsHref = routePath({ name: 'sessions', projectId: snapshot.project.id });

  return (
    <section aria-labelledby="findings-heading">
      <div className="screen-head">
        <h2 id="findings-heading">{t('finding.heading')}</h2>
        <FindingEditor
          snapshot={snapshot}
          view={view}
          level={level}
          triggerLabel={t('finding.new')}
          triggerClassName="primary-button"
        />
      </div>
      {snapshot.notes.length === 0 ? (
        <p className="empty">
          {rich('finding.noNotes', { sessions: <a href={sessionsHref}>{t('app.nav.sessions')}</a> })}
        </p>
      ) : view.ranking.length === 0 ? (
        <p className="empty">{t('finding.noThemes', { level })}</p>
      ) : null}
      <DraftsSection snapshot={snapshot} level={level} denominator={groupsHeardFrom(view.coverage.columns)} />
      {view.framework.map((category) => {
        if (category.kind === null && category.findingIds.length === 0) return null;
        const headingId = `framework-${category.kind ?? 'none'}`;
        return (
          <section key={category.kind ?? 'none'} aria-labelledby={headingId} className="framework-section">
            <h3 id={headingId}>
              {category.name}{' '}
              <span className="muted">{t('finding.categoryCount', { count: category.findingIds.length })}</span>
            </h3>
            {category.findingIds.length === 0 ? (
              <p className="muted">{t('finding.categoryEmpty')}</p>
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
