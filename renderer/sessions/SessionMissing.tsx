import { routePath } from '../app/router';

/** Shown when a session's link points at a session this device does not have (deleted, or not synced yet). */
export function SessionMissing({ projectId }: { projectId: string }) {
  return (
    <section className="screen">
      <h1>Session not found</h1>
      <p>
        This session does not exist on this device.{' '}
        <a href={routePath({ name: 'sessions', projectId })}>Back to sessions</a>.
      </p>
    </section>
  );
}
