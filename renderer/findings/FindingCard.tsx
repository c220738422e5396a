/**
 * One finding as the facilitator reviews it: the statement, how widely it was heard, its quotes (attributed to a
 * stakeholder group, never a speaker), its actions and measures, what was done with it, and the evidence notes
 * behind it.
 */
import type { Finding } from '../../shared/domain/schemas';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { deleteFinding } from '../data/commands/findings';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useAct } from '../app/useAct';
import { FindingEditor } from './FindingEditor';
import { ResponseEditor } from './ResponseEditor';
import { actionLine, measureLine, responseLabel } from '../../shared/findings/planText';
import { describeBreadth, groupsHeardFrom } from '../../shared/findings/breadth';
import { plural } from '../../shared/i18n/plural';

type ViewFinding = FindingsDocument['findings'][number];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
  const { runner } = useData();
  const act = useAct();
  const groupName = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  const notes = new Map(snapshot.notes.map((n) => [n.id, n]));
  const title = finding.statement || 'Untitled finding';
  const groups = finding.groupIds.map((id) => groupName.get(id) ?? id);

  return (
    <article className="card finding-card" aria-label={title}>
      <h4 className="finding-statement">{title}</h4>
      <p className="finding-meta">
        {finding.priority !== null && <span className="tag">Priority {finding.priority}</span>}{' '}
        <span className="breadth">
          {capitalise(
            describeBreadth(finding.groupIds.length, finding.sessionCount, groupsHeardFrom(view.coverage.columns)),
          )}
          {groups.length > 0 && ` (${groups.join(', ')})`};{' '}
          {plural(finding.noteCount, { one: '# note', other: '# notes' })}.
        </span>
        {finding.themeIds.length > 0 && (
          <> Themes: {finding.themeIds.map((id) => themeName.get(id) ?? id).join(', ')}.</>
        )}
      </p>
      {finding.quotes.length > 0 && (
        <>
          <h5>Quotes</h5>
          <ul className="quote-list">
            {finding.quotes.map((quote) => (
              <li key={quote.noteId}>
                <blockquote>“{quote.text}”</blockquote>
                <span className="muted"> — {quote.groupId ? groupName.get(quote.groupId) : 'no group'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {finding.actions.length > 0 && (
        <>
          <h5>Actions</h5>
          <ul>
            {finding.actions.map((a, i) => (
              <li key={i}>{actionLine(a)}</li>
            ))}
          </ul>
        </>
      )}
      {finding.measures.length > 0 && (
        <>
          <h5>Measures of progress</h5>
          <ul>
            {finding.measures.map((m, i) => (
              <li key={i}>{measureLine(m)}</li>
            ))}
          </ul>
        </>
      )}
      <h5>What we did</h5>
      {record.response ? (
        <p className="finding-response">
          <strong>{responseLabel(record.response.status)}</strong>
          {record.response.reason && <>: {record.response.reason}</>}
          {record.response.outcome && <> Became: {record.response.outcome}.</>}{' '}
          <span className="muted">
            Recorded {record.response.recordedBy ? `by ${record.response.recordedBy} ` : ''}on{' '}
            {record.response.recordedAt.slice(0, 10)}.
          </span>
        </p>
      ) : (
        <p className="muted">No response recorded yet.</p>
      )}
      {finding.evidenceNoteIds.length > 0 && (
        <details className="evidence">
          <summary>Evidence: {plural(finding.evidenceNoteIds.length, { one: '# note', other: '# notes' })}</summary>
          <ul>
            {finding.evidenceNoteIds.map((id) => {
              const note = notes.get(id);
              if (!note) return null;
              const flags = [
                note.flags.doNotQuote && 'do not quote',
                note.flags.sensitive && 'sensitive',
                note.flags.culturalProtocol && 'cultural protocol',
              ].filter(Boolean);
              return (
                <li key={id}>
                  {note.text}
                  {flags.length > 0 && <em className="flag-on"> ({flags.join(', ')})</em>}
                </li>
              );
            })}
          </ul>
        </details>
      )}
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
        <ConfirmButton
          label={`Delete finding: ${title}`}
          confirmText="The finding is removed from this project and from every export. Its notes and themes stay. You can undo this."
          confirmLabel="Delete finding"
          onConfirm={() => act(deleteFinding(runner, record.id), 'Finding deleted')}
        >
          Delete
        </ConfirmButton>
      </div>
    </article>
  );
}
