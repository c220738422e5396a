/**
 * The conflict log: values this device had that a later edit on another device replaced,
 * newest first, for this project. Nothing is lost silently: the person can read what was there and type it
 * back if it mattered.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TableName } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import type { FieldnotesDb } from '../data/db';
import { getRecord } from '../data/queries';
import { loadOverwrites } from '../data/sync';

type Overwrite = Awaited<ReturnType<typeof loadOverwrites>>[number];

const WHAT: Record<TableName, string> = {
  projects: 'Project',
  groups: 'Stakeholder group',
  questions: 'Question',
  sessions: 'Session',
  participants: 'Participant',
  notes: 'Note',
  themes: 'Theme',
  findings: 'Finding',
  erasures: 'Erasure',
  codingPasses: 'Coding pass',
  codings: 'Coding',
  photos: 'Photo',
  memos: 'Memo',
};

const FIELD: Record<string, string> = { deleted: 'removed', text: 'text', name: 'name', title: 'title' };

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Only this project's entries: the log is per device, the screen per project. */
async function forProject(db: FieldnotesDb, projectId: string, overwrites: readonly Overwrite[]) {
  const out: (Overwrite & { label: string })[] = [];
  for (const entry of [...overwrites].reverse()) {
    const record = (await getRecord(db, entry.table, entry.rowId)) as
      { projectId?: string; id: string; text?: string; name?: string; title?: string } | undefined;
    if (!record) continue;
    const owner = entry.table === 'projects' ? record.id : record.projectId;
    if (owner !== projectId) continue;
    const label = record.title ?? record.name ?? (record.text ? shown(record.text) : '');
    out.push({ ...entry, label });
  }
  return out;
}

export function ConflictLog({ projectId }: { projectId: string }) {
  const { db } = useData();
  const entries = useLiveQuery(async () => forProject(db, projectId, await loadOverwrites(db)), [db, projectId]);
  const shownEntries = (entries ?? []).filter((entry) => entry.field !== 'updatedAt');
  return (
    <details className="sync-conflicts">
      <summary>Values replaced by another device ({shownEntries.length})</summary>
      {shownEntries.length === 0 ? (
        <p className="muted">None: no edit here has been replaced by a later edit elsewhere.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Values replaced by another device, newest first</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Field</th>
                <th scope="col">Was here</th>
                <th scope="col">Now</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {shownEntries.map((entry) => (
                <tr key={`${entry.table}/${entry.rowId}/${entry.field}/${entry.lostHlc}`}>
                  <td>
                    {WHAT[entry.table]}
                    {entry.label ? ` “${entry.label}”` : ''}
                  </td>
                  <td>{FIELD[entry.field] ?? entry.field}</td>
                  <td>{shown(entry.lostValue)}</td>
                  <td>{shown(entry.keptValue)}</td>
                  <td>{new Date(entry.at).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
