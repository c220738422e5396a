/** A project's sessions (focus groups): the list, and a form to plan a new one. */
import { useT } from '../ui/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { navigate, routePath } from '../app/router';
import { getProject, listGroups, listSessions } from '../data/queries';
import { createSession } from '../data/commands/sessions';
import { useAct } from '../app/useAct';
import { ProjectNotFound } from '../ui/NotFound';
import { SessionForm, emptySessionInput } from './SessionForm';
import { StatusBadge } from '../ui/StatusBadge';
import { ImportNotesDialog } from '../importNotes';
import { CommunityBadge } from './CommunityBadge';

export function SessionsScreen({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const { t } = useT();
  const data = useLiveQuery(
    async () => ({
      project: await getProject(db, projectId),
      sessions: await listSessions(db, projectId),
      groups: await listGroups(db, projectId),
    }),
    [db, projectId],
  );
  if (!data) return null;
  if (!data.project) return <ProjectNotFound />;
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));

  return (
    <section className="screen">
      <h1>{t('sessions.title', { project: data.project.name })}</h1>
      <ImportNotesDialog projectId={projectId} />
      {data.sessions.length === 0 ? (
        <p className="empty">{t('sessions.empty')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('sessions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sessions.col.session')}</th>
              <th scope="col">{t('sessions.col.group')}</th>
              <th scope="col">{t('sessions.col.date')}</th>
              <th scope="col">{t('sessions.col.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sessions.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <a href={routePath({ name: 'session', projectId, sessionId: session.id })}>{session.title}</a>{' '}
                  <CommunityBadge session={session} />
                </th>
                <td>{(session.groupId && groupName.get(session.groupId)) || '—'}</td>
                <td>{session.date ?? '—'}</td>
                <td>
                  <StatusBadge status={session.status} />
                </td>
                <td>
                  <a className="button-link" href={routePath({ name: 'capture', projectId, sessionId: session.id })}>
                    {t('sessions.capture')}
                    <span className="visually-hidden">{t('sessions.captureFor', { session: session.title })}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-session-heading" className="setup-section">
        <h2 id="new-session-heading">{t('sessions.new')}</h2>
        <SessionForm
          idPrefix="new-session"
          initial={emptySessionInput()}
          groups={data.groups}
          submitLabel={t('sessions.create')}
          onSubmit={async (input) => {
            const session = await act(createSession(runner, projectId, input), (s) =>
              t('sessions.created', { session: s.title }),
            );
            if (session) navigate({ name: 'session', projectId, sessionId: session.id });
            return Boolean(session);
          }}
        />
      </section>
    </section>
  );
}
