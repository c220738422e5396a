/**
 * What a screen shows when its link names a project or session this device does not have (deleted, or not synced
 * yet): one view for every screen, so the words and the way back are the same everywhere.
 */
export function ProjectNotFound() {
  return (
    <section className="screen">
      <h1>Project not found</h1>
      <p>
        This project does not exist on this device (it may have been deleted). <a href="#/">Go to your projects</a>.
      </p>
    </section>
  );
}

/** `sessionsHref`: the project's sessions screen, where the way back leads. */
export function SessionNotFound({ sessionsHref }: { sessionsHref: string }) {
  return (
    <section className="screen">
      <h1>Session not found</h1>
      <p>
        This session does not exist on this device (deleted, or not synced yet).{' '}
        <a href={sessionsHref}>Back to sessions</a>.
      </p>
    </section>
  );
}
