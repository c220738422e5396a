/** One session: its details, status (planned → running → closed), participants, and the way into capture. */
import { useT } from '../ui/i18n';
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
import { CommunitySection } from './CommunitySection';
import { CommunityBadge } from './CommunityBadge';
import { PhotoPanel } from '../photos';
import { MemosDialog } from '../memos';
import { useState } from 'react';

export function SessionScreen({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const { t, date } = useT();
  const [memosOpen, setMemosOpen] = useState(false);
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
  const started = session.startedAt
    ? date(new Date(session.startedAt), { dateStyle: 'medium', timeStyle: 'short' })
    : '';
  const ended = session.endedAt ? date(new Date(session.endedAt), { dateStyle: 'medium', timeStyle: 'short' }) : '';

  return (
    <section className="screen">
      <p className="breadcrumb">
        <a href={routePath({ name: 'sessions', projectId })}>{t('sessions.breadcrumb')}</a> ›
      </p>
      <div className="screen-head">
        <h1>{session.title}</h1>
        <StatusBadge status={session.status} />
        <CommunityBadge session={session} />
      </div>
      <div className="button-row">
        <a className="button-link primary-button" href={captureHref}>
          {t('sessions.openCapture')}
        </a>
        <a className="button-link" href={routePath({ name: 'agreement', projectId, sessionId })}>
          {t('sessions.coding')}
        </a>
        <button type="button" onClick={() => setMemosOpen(true)}>
          {t('sessions.memos')}
        </button>
        {session.status !== 'running' && (
          <button
            type="button"
            onClick={() => act(setSessionStatus(runner, sessionId, 'running'), t('sessions.running'))}
          >
            {session.status === 'closed' ? t('sessions.reopen') : t('sessions.markRunning')}
          </button>
        )}
        {session.status !== 'closed' && (
          <button
            type="button"
            onClick={() => act(setSessionStatus(runner, sessionId, 'closed'), t('sessions.closed'))}
          >
            {t('sessions.close')}
          </button>
        )}
      </div>
      {(session.startedAt || session.endedAt) && (
        <p className="muted">
          {started && <>{t('sessions.started', { time: started })} </>}
          {ended && t('sessions.ended', { time: ended })}
        </p>
      )}
      <ParticipantsSection project={project} session={session} />
      <ConsentRecordSection session={session} />
      <CommunitySection session={session} projectId={projectId} />
      <PhotoPanel sessionId={sessionId} />
      {memosOpen && (
        <MemosDialog
          projectId={projectId}
          target="session"
          targetId={sessionId}
          targetName={session.title}
          onClose={() => setMemosOpen(false)}
        />
      )}
      <section aria-labelledby="details-heading" className="setup-section">
        <h2 id="details-heading">{t('sessions.details')}</h2>
        <SessionForm
          key={session.updatedAt}
          idPrefix="edit-session"
          initial={sessionToInput(session)}
          groups={groups}
          submitLabel={t('sessions.saveDetails')}
          onSubmit={async (input) =>
            Boolean(await act(updateSession(runner, sessionId, input), t('sessions.detailsSaved')))
          }
        />
      </section>
    </section>
  );
}
