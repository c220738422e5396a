/** A project's sessions (focus groups): the list, and a form to plan a new one. */
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

export function SessionsScreen({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
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
      <h1>Sessions of {data.project.name}</h1>
      <ImportNotesDialog projectId={projectId} />
      {data.sessions.length === 0 ? (
        <p className="empty">No sessions yet. Plan the first focus group below.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Sessions</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Group</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <a href={routePath({ name: 'session', projectId, sessionId: session.id })}>{session.title}</a>
                </th>
                <td>{(session.groupId && groupName.get(session.groupId)) || '—'}</td>
                <td>{session.date ?? '—'}</td>
                <td>
                  <StatusBadge status={session.status} />
                </td>
                <td>
                  <a className="button-link" href={routePath({ name: 'capture', projectId, sessionId: session.id })}>
                    Capture<span className="visually-hidden"> notes for {session.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-session-heading" className="setup-section">
        <h2 id="new-session-heading">New session</h2>
        <SessionForm
          idPrefix="new-session"
          initial={emptySessionInput()}
          groups={data.groups}
          submitLabel="Create session"
          onSubmit={async (input) => {
            const session = await act(createSession(runner, projectId, input), (s) => `Session ${s.title} created`);
            if (session) navigate({ name: 'session', projectId, sessionId: session.id });
            return Boolean(session);
          }}
        />
      </section>
    </section>
  );
}
