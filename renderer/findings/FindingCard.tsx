/**
 * One finding as the facilitator reviews it: the statement, how widely it was heard, its quotes (attributed to a
 * stakeholder group, never a speaker), its actions and measures, what was done with it, and the evidence notes
 * behind it.
 */
import type { Finding, Note } from '../../shared/domain/schemas';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { deleteFinding } from '../data/commands/findings';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useUndoableAct } from '../app/useUndoableAct';
import { FindingEditor } from './FindingEditor';
import { ResponseEditor } from './ResponseEditor';
import { planWords } from '../../shared/findings/planText';
import { groupsHeardFrom } from '../../shared/findings/breadth';
import { alsoInOf, linkedRowsOf } from '../../shared/findings/linkedNotes';
import { useT } from '../ui/i18n';
import { breadthSummary, flagWords, recordedLine, responseWords } from './findingText';
import { AlsoIn } from './AlsoIn';

type ViewFinding = FindingsDocument['findings'][number];

export function FindingCard({
  finding,
  record,
  snapshot,
  view,
  level,
}: {
  finding: ViewFinding;
  record: Finding;
  snapshot: FindingsSnapshot;
  view: FindingsDocument;
  level: ReportLevel;
}) {
  const tr = useT();
  const { t } = tr;
  const plan = planWords(tr);
  const groupName = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const title = finding.statement || t('finding.untitled');

  return (
    <article className="card finding-card" aria-label={title}>
      <h4 className="finding-statement">{title}</h4>
      <FindingMeta finding={finding} snapshot={snapshot} view={view} groupName={groupName} />
      <QuoteList quotes={finding.quotes} groupName={groupName} />
      <LinesSection heading={t('finding.actions')} lines={finding.actions.map(plan.action)} />
      <LinesSection heading={t('finding.measures')} lines={finding.measures.map(plan.measure)} />
      <h5>{t('finding.whatWeDid')}</h5>
      <ResponseSummary response={record.response} />
      <EvidenceList finding={finding} snapshot={snapshot} view={view} />
      <div className="card-actions">
        <FindingEditor
          snapshot={snapshot}
          view={view}
          level={level}
          finding={record}
          triggerLabel={t('finding.edit')}
          triggerAccessibleLabel={t('finding.editLabel', { title })}
        />
        <ResponseEditor finding={record} title={title} />
        <DeleteFindingButton findingId={record.id} title={title} />
      </div>
    </article>
  );
}

/** Priority, breadth ("Heard in 2 of 5 groups…; 4 notes.") and the themes the finding rests on. */
function FindingMeta({
  finding,
  snapshot,
  view,
  groupName,
}: {
  finding: ViewFinding;
  snapshot: FindingsSnapshot;
  view: FindingsDocument;
  groupName: ReadonlyMap<string, string>;
}) {
  const { t } = useT();
  const themeName = new Map(snapshot.themes.map((theme) => [theme.id, theme.name]));
  const groups = finding.groupIds.map((id) => groupName.get(id) ?? id);
  const themes = finding.themeIds.map((id) => themeName.get(id) ?? id).join(', ');
  return (
    <p className="finding-meta">
      {finding.priority !== null && (
        <span className="tag">{t('finding.priority', { priority: finding.priority })}</span>
      )}{' '}
      <span className="breadth">{breadthSummary(finding, groups, groupsHeardFrom(view.coverage.columns))}</span>
      {finding.themeIds.length > 0 && <> {t('finding.themes', { themes })}</>}
    </p>
  );
}

function QuoteList({ quotes, groupName }: { quotes: ViewFinding['quotes']; groupName: ReadonlyMap<string, string> }) {
  const { t } = useT();
  if (quotes.length === 0) return null;
  return (
    <>
      <h5>{t('finding.quotes')}</h5>
      <ul className="quote-list">
        {quotes.map((quote) => (
          <li key={quote.noteId}>
            <blockquote>{t('finding.quoted', { text: quote.text })}</blockquote>
            <span className="muted"> — {quote.groupId ? groupName.get(quote.groupId) : t('finding.noGroup')}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A headed list of the finding's plan lines (actions, measures), or nothing when it has none. */
function LinesSection({ heading, lines }: { heading: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h5>{heading}</h5>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

function ResponseSummary({ response }: { response: Finding['response'] }) {
  const { t } = useT();
  if (!response) return <p className="muted">{t('finding.noResponse')}</p>;
  return (
    <p className="finding-response">
      <strong>{responseWords(response.status)}</strong>
      {response.reason && t('finding.reason', { reason: response.reason })}
      {response.outcome && <> {t('finding.became', { outcome: response.outcome })}</>}{' '}
      <span className="muted">{recordedLine(response)}</span>
    </p>
  );
}

/**
 * The notes behind the finding, folded away, each with its flags in words; a note linked to further themes says
 * where else it counts.
 */
function EvidenceList({
  finding,
  snapshot,
  view,
}: {
  finding: ViewFinding;
  snapshot: FindingsSnapshot;
  view: FindingsDocument;
}) {
  const { t } = useT();
  const noteIds = finding.evidenceNoteIds;
  if (noteIds.length === 0) return null;
  const byId = new Map<string, Note>(snapshot.notes.map((n) => [n.id, n]));
  const rows = linkedRowsOf(view);
  return (
    <details className="evidence">
      <summary>{t('finding.evidence', { count: noteIds.length })}</summary>
      <ul>
        {noteIds.map((id) => {
          const note = byId.get(id);
          if (!note) return null;
          const flags = flagWords(note);
          return (
            <li key={id}>
              {note.text}
              {flags.length > 0 && <em className="flag-on"> ({flags.join(', ')})</em>}
              <AlsoIn themeIds={alsoInOf(rows.get(id), finding.themeIds)} themes={snapshot.themes} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function DeleteFindingButton({ findingId, title }: { findingId: string; title: string }) {
  const { runner } = useData();
  const actUndoable = useUndoableAct();
  const { t } = useT();
  return (
    <ConfirmButton
      label={t('finding.deleteLabel', { title })}
      confirmText={t('finding.deleteText')}
      confirmLabel={t('finding.deleteConfirm')}
      onConfirm={() => actUndoable(deleteFinding(runner, findingId), t('finding.deleted'))}
    >
      {t('finding.delete')}
    </ConfirmButton>
  );
}
