/**
 * Draft findings for themes that have none yet (shared/findings/drafts.ts): a starting point, never written behind
 * the facilitator's back. Each is added on request, or all at once as one undoable step.
 */
import { useMemo } from 'react';
import { describeBreadth } from '../../shared/findings/breadth';
import { draftFindings, type FindingDraft } from '../../shared/findings/drafts';
import type { ReportLevel } from '../../shared/findings/levels';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { createFindings } from '../data/commands/findings';
import { useAct } from '../app/useAct';
import { useT } from '../ui/i18n';

export function DraftsSection({
  snapshot,
  level,
  denominator,
}: {
  snapshot: FindingsSnapshot;
  level: ReportLevel;
  /** Groups heard from (shared/findings/breadth.ts), for the breadth shown beside each draft. */
  denominator: number;
}) {
  const { runner } = useData();
  const act = useAct();
  const tr = useT();
  const { t } = tr;
  const drafts = useMemo(() => draftFindings(snapshot, level), [snapshot, level]);
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  const kindName = new Map(snapshot.project.kinds.map((k) => [k.id, k.name]));
  const add = (list: FindingDraft[]) =>
    act(
      createFindings(
        runner,
        snapshot.project.id,
        list.map(({ groupIds: _groups, sessionIds: _sessions, ...input }) => input),
      ),
      (made) => t('finding.drafts.added', { count: made.length }),
    );

  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts-heading" className="drafts">
      <div className="screen-head">
        <h3 id="drafts-heading">{t('finding.drafts.heading', { count: drafts.length })}</h3>
        {drafts.length > 1 && (
          <button type="button" onClick={() => void add(drafts)}>
            {t('finding.drafts.addAll', { count: drafts.length })}
          </button>
        )}
      </div>
      <ul className="plain-list">
        {drafts.map((draft) => {
          const name = draft.themeIds.map((id) => themeName.get(id) ?? id).join(', ');
          const breadth = describeBreadth(draft.groupIds.length, draft.sessionIds.length, denominator, tr);
          const notes = draft.evidenceNoteIds.length;
          return (
            <li key={draft.themeIds.join('+')} className="list-row">
              <span className="draft-text">
                <strong>{name}</strong>
                {draft.statement !== name && t('finding.drafts.statement', { statement: draft.statement })}{' '}
                <span className="muted breadth">
                  {draft.kind
                    ? t('finding.drafts.detailsKind', { breadth, notes, kind: kindName.get(draft.kind) ?? draft.kind })
                    : t('finding.drafts.details', { breadth, notes })}
                </span>
              </span>
              <button
                type="button"
                className="small-button"
                aria-label={t('finding.drafts.addLabel', { theme: name })}
                onClick={() => void add([draft])}
              >
                {t('finding.drafts.add')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
