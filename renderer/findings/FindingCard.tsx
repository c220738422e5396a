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
import { actionLine, measureLine, responseLabel } from '../../shared/findings/planText';
import { groupsHeardFrom } from '../../shared/findings/breadth';
import { plural } from '../../shared/i18n/plural';
import { breadthSummary, flagWords, recordedLine } from './findingText';

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
  const groupName = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const title = finding.statement || 'Untitled finding';

  return (
    <article className="card finding-card" aria-label={title}>
      <h4 className="finding-statement">{title}</h4>
      <FindingMeta finding={finding} snapshot={snapshot} view={view} groupName={groupName} />
      <QuoteList quotes={finding.quotes} groupName={groupName} />
      <LinesSection heading="Actions" lines={finding.actions.map(actionLine)} />
      <LinesSection heading="Measures of progress" lines={finding.measures.map(measureLine)} />
      <h5>What we did</h5>
      <ResponseSummary response={record.response} />
      <EvidenceList noteIds={finding.evidenceNoteIds} notes={snapshot.notes} />
      <div className="card-actions">
        <FindingEditor
          snapshot={snapshot}
          view={view}
          level={level}
          finding={record}
          triggerLabel="Edit"
          triggerAccessibleLabel={`Edit finding: ${title}`}
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
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  const groups = finding.groupIds.map((id) => groupName.get(id) ?? id);
  return (
    <p className="finding-meta">
      {finding.priority !== null && <span className="tag">Priority {finding.priority}</span>}{' '}
      <span className="breadth">{breadthSummary(finding, groups, groupsHeardFrom(view.coverage.columns))}</span>
      {finding.themeIds.length > 0 && <> Themes: {finding.themeIds.map((id) => themeName.get(id) ?? id).join(', ')}.</>}
    </p>
  );
}

function QuoteList({ quotes, groupName }: { quotes: ViewFinding['quotes']; groupName: ReadonlyMap<string, string> }) {
  if (quotes.length === 0) return null;
  return (
    <>
      <h5>Quotes</h5>
      <ul className="quote-list">
        {quotes.map((quote) => (
          <li key={quote.noteId}>
            <blockquote>“{quote.text}”</blockquote>
            <span className="muted"> — {quote.groupId ? groupName.get(quote.groupId) : 'no group'}</span>
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
  if (!response) return <p className="muted">No response recorded yet.</p>;
  return (
    <p className="finding-response">
      <strong>{responseLabel(response.status)}</strong>
      {response.reason && <>: {response.reason}</>}
      {response.outcome && <> Became: {response.outcome}.</>} <span className="muted">{recordedLine(response)}</span>
    </p>
  );
}

/** The notes behind the finding, folded away, each with its flags in words. */
function EvidenceList({ noteIds, notes }: { noteIds: readonly string[]; notes: readonly Note[] }) {
  if (noteIds.length === 0) return null;
  const byId = new Map(notes.map((n) => [n.id, n]));
  return (
    <details className="evidence">
      <summary>Evidence: {plural(noteIds.length, { one: '# note', other: '# notes' })}</summary>
      <ul>
        {noteIds.map((id) => {
          const note = byId.get(id);
          if (!note) return null;
          const flags = flagWords(note);
          return (
            <li key={id}>
              {note.text}
              {flags.length > 0 && <em className="flag-on"> ({flags.join(', ')})</em>}
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
  return (
    <ConfirmButton
      label={`Delete finding: ${title}`}
      confirmText="The finding is removed from this project and from every export. Its notes and themes stay. You can undo this."
      confirmLabel="Delete finding"
      onConfirm={() => actUndoable(deleteFinding(runner, findingId), 'Finding deleted')}
    >
      Delete
    </ConfirmButton>
  );
}
