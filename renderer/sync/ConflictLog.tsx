/**
 * The conflict log: values this device had that a later edit on another device replaced,
 * newest first, for this project. Nothing is lost silently: the person can read what was there and type it
 * back if it mattered.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TableName } from '../../shared/domain/schemas';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useData } from '../app/DataContext';
import type { FieldnotesDb } from '../data/db';
import { getRecord } from '../data/queries';
import { loadOverwrites } from '../data/sync';
import { msg, useT } from '../ui/i18n';

type Overwrite = Awaited<ReturnType<typeof loadOverwrites>>[number];

const WHAT: Record<TableName, MessageId> = {
  projects: 'sync.conflicts.table.projects',
  groups: 'sync.conflicts.table.groups',
  questions: 'sync.conflicts.table.questions',
  sessions: 'sync.conflicts.table.sessions',
  participants: 'sync.conflicts.table.participants',
  notes: 'sync.conflicts.table.notes',
  themes: 'sync.conflicts.table.themes',
  findings: 'sync.conflicts.table.findings',
  erasures: 'sync.conflicts.table.erasures',
  codingPasses: 'sync.conflicts.table.codingPasses',
  codings: 'sync.conflicts.table.codings',
  photos: 'sync.conflicts.table.photos',
  memos: 'sync.conflicts.table.memos',
};

const FIELD: Record<string, MessageId> = {
  deleted: 'sync.conflicts.field.deleted',
  text: 'sync.conflicts.field.text',
  name: 'sync.conflicts.field.name',
  title: 'sync.conflicts.field.title',
};

/** A stored value as text; the record's own text (a note, a name) is shown as it is, never translated. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return msg('sync.conflicts.empty');
  if (typeof value === 'boolean') return value ? msg('sync.conflicts.yes') : msg('sync.conflicts.no');
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
  const { t, date } = useT();
  const entries = useLiveQuery(async () => forProject(db, projectId, await loadOverwrites(db)), [db, projectId]);
  const shownEntries = (entries ?? []).filter((entry) => entry.field !== 'updatedAt');
  return (
    <details className="sync-conflicts">
      <summary>{t('sync.conflicts.summary', { count: shownEntries.length })}</summary>
      {shownEntries.length === 0 ? (
        <p className="muted">{t('sync.conflicts.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('sync.conflicts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sync.conflicts.what')}</th>
                <th scope="col">{t('sync.conflicts.field')}</th>
                <th scope="col">{t('sync.conflicts.was')}</th>
                <th scope="col">{t('sync.conflicts.now')}</th>
                <th scope="col">{t('sync.conflicts.when')}</th>
              </tr>
            </thead>
            <tbody>
              {shownEntries.map((entry) => (
                <tr key={`${entry.table}/${entry.rowId}/${entry.field}/${entry.lostHlc}`}>
                  <td>
                    {entry.label
                      ? t('sync.conflicts.labelled', { what: t(WHAT[entry.table]), label: entry.label })
                      : t(WHAT[entry.table])}
                  </td>
                  <td>{FIELD[entry.field] ? t(FIELD[entry.field]!) : entry.field}</td>
                  <td>{shown(entry.lostValue)}</td>
                  <td>{shown(entry.keptValue)}</td>
                  <td>{date(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
