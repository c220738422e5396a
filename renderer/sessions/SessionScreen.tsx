/** One session: its details, status (planned → running → closed), participants, and the way into capture. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { SessionNotFound } from '../ui/NotFound';
import { routePath } from '../app/router';
import { getProject, getSession, listGroups } from '../data/queries';
import { setSessionStatus, updateSession } from '../data/commands/sessions';
import { useAct } from '../app/useAct';
import { SessionForm, sessionToInput } from './SessionForm';
import { StatusBadge } from '../ui/StatusBadge';
import { ParticipantsSection } from './ParticipantsSection';
import { ConsentRecordSection } from './ConsentRecordSection';

export function SessionScreen({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const data = useLiveQuery(
    async () => ({
      project: await getProject(db, projectId),
      session: await getSession(db, sessionId),
      groups: await listGroups(db, projectId),
    }),
    [db, projectId, sessionId],
  );
  if (!data) return null;
  const { session, groups, project } = data;
  if (!session || !project) {
    return <SessionNotFound sessionsHref={routePath({ name: 'sessions', projectId })} />;
  }
  const captureHref = routePath({ name: 'capture', projectId, sessionId });

  return (
    <section className="screen">
      <p className="breadcrumb">
        <a href={routePath({ name: 'sessions', projectId })}>Sessions</a> ›
      </p>
      <div className="screen-head">
        <h1>{session.title}</h1>
        <StatusBadge status={session.status} />
      </div>
      <div className="button-row">
        <a className="button-link primary-button" href={captureHref}>
          Open capture
        </a>
        <a className="button-link" href={routePath({ name: 'agreement', projectId, sessionId })}>
          Coding and agreement
        </a>
        {session.status !== 'running' && (
          <button
            type="button"
            onClick={() => act(setSessionStatus(runner, sessionId, 'running'), 'Session is running')}
          >
            {session.status === 'closed' ? 'Reopen session' : 'Mark running'}
          </button>
        )}
        {session.status !== 'closed' && (
          <button type="button" onClick={() => act(setSessionStatus(runner, sessionId, 'closed'), 'Session closed')}>
            Close session
          </button>
        )}
      </div>
      {(session.startedAt || session.endedAt) && (
        <p className="muted">
          {session.startedAt && <>Started {new Date(session.startedAt).toLocaleString()}. </>}
          {session.endedAt && <>Ended {new Date(session.endedAt).toLocaleString()}.</>}
        </p>
      )}
      <ParticipantsSection project={project} session={session} />
      <ConsentRecordSection session={session} />
      <section aria-labelledby="details-heading" className="setup-section">
        <h2 id="details-heading">Details</h2>
        <SessionForm
          key={session.updatedAt}
          idPrefix="edit-session"
          initial={sessionToInput(session)}
          groups={groups}
          submitLabel="Save details"
          onSubmit={async (input) => Boolean(await act(updateSession(runner, sessionId, input), 'Details saved'))}
        />
      </section>
    </section>
  );
}
