/**
 * What a screen shows when its link names a project or session this device does not have (deleted, or not synced
 * yet): one view for every screen, so the words and the way back are the same everywhere.
 */
import { useT } from './i18n';
export function ProjectNotFound() {
  const { t } = useT();
  return (
    <section className="screen">
      <h1>{t('ui.projectNotFound')}</h1>
      <p>
        {t('ui.projectNotFoundText')} <a href="#/">{t('app.goToProjects')}</a>.
      </p>
    </section>
  );
}

/** `sessionsHref`: the project's sessions screen, where the way back leads. */
export function SessionNotFound({ sessionsHref }: { sessionsHref: string }) {
  const { t } = useT();
  return (
    <section className="screen">
      <h1>{t('ui.sessionNotFound')}</h1>
      <p>
        {t('ui.sessionNotFoundText')} <a href={sessionsHref}>{t('ui.backToSessions')}</a>.
      </p>
    </section>
  );
}
