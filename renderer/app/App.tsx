/** The app frame: skip link, header with project navigation, the routed screen, notices and the live region. */
import { useT } from '../ui/i18n';
import { LanguagePicker } from './LanguagePicker';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRoute, routePath, type Route } from './router';
import { useData } from './DataContext';
import { getProject } from '../data/queries';
import { Notices, LiveRegion } from './Notices';
import { ProjectsScreen } from '../projects';
import { SetupScreen } from '../setup';
import { SessionScreen, SessionsScreen } from '../sessions';
import { CaptureScreen } from '../capture';
import { FindingsRoute } from '../findings';
import { useGlobalUndo } from './useGlobalUndo';
import { BackgroundSync, SyncRoute } from '../sync';
import { ToastArea } from '../ui/Toasts';

// The board (a third of the app's code) is loaded when first opened, so the app starts, and capture opens,
// without compiling it.
const BoardRoute = lazy(() => import('../board').then((m) => ({ default: m.BoardRoute })));
import { AgreementScreen } from '../agreement';
import { WorkshopRoute } from '../workshop';

export function App() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  useGlobalUndo();
  const { t } = useT();

  // Moving between screens puts focus on the new screen's heading, so keyboard and screen-reader users start there.
  const routeKey = routePath(route);
  useEffect(() => {
    const heading = mainRef.current?.querySelector<HTMLElement>('h1, [data-autofocus]');
    if (heading && !mainRef.current?.contains(document.activeElement)) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [routeKey]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Header route={route} />
      <Notices />
      <BackgroundSync projectId={'projectId' in route ? route.projectId : null} />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense fallback={<p className="muted">{t('app.opening')}</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
      <LiveRegion />
      <ToastArea label={t('app.notifications')} closeLabel={t('app.dismissNotification')} />
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useT();
  switch (route.name) {
    case 'projects':
      return <ProjectsScreen />;
    case 'setup':
      return <SetupScreen projectId={route.projectId} />;
    case 'sessions':
      return <SessionsScreen projectId={route.projectId} />;
    case 'session':
      return <SessionScreen projectId={route.projectId} sessionId={route.sessionId} />;
    case 'capture':
      return <CaptureScreen projectId={route.projectId} sessionId={route.sessionId} />;
    case 'findings':
      return <FindingsRoute projectId={route.projectId} />;
    case 'board':
      return <BoardRoute projectId={route.projectId} sessionId={route.sessionId} />;
    case 'sync':
      return <SyncRoute projectId={route.projectId} />;
    case 'workshop':
      return <WorkshopRoute projectId={route.projectId} />;
    case 'agreement':
      return <AgreementScreen projectId={route.projectId} sessionId={route.sessionId} />;
    case 'not-found':
      return (
        <section>
          <h1>{t('app.pageNotFound')}</h1>
          <p>
            {t('app.nothingAt', { path: routePath(route) })} <a href="#/">{t('app.goToProjects')}</a>.
          </p>
        </section>
      );
  }
}

function Header({ route }: { route: Route }) {
  const { db } = useData();
  const { t } = useT();
  const projectId = 'projectId' in route ? route.projectId : null;
  const project = useLiveQuery(() => (projectId ? getProject(db, projectId) : undefined), [db, projectId]);
  const links: { label: string; route: Route; active: boolean }[] = projectId
    ? [
        {
          label: t('app.nav.sessions'),
          route: { name: 'sessions', projectId },
          active: ['sessions', 'session', 'capture', 'agreement'].includes(route.name),
        },
        { label: t('app.nav.findings'), route: { name: 'findings', projectId }, active: route.name === 'findings' },
        {
          label: t('app.nav.board'),
          route: { name: 'board', projectId, sessionId: null },
          active: route.name === 'board',
        },
        { label: t('app.nav.workshop'), route: { name: 'workshop', projectId }, active: route.name === 'workshop' },
        { label: t('app.nav.setup'), route: { name: 'setup', projectId }, active: route.name === 'setup' },
        { label: t('app.nav.sync'), route: { name: 'sync', projectId }, active: route.name === 'sync' },
      ]
    : [];
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        Fieldnotes
      </a>
      {project && (
        <span className="header-project" aria-label={t('app.currentProject')}>
          {project.name}
        </span>
      )}
      {links.length > 0 && (
        <nav aria-label={t('app.nav.project')}>
          <ul>
            {links.map((link) => (
              <li key={link.label}>
                <a href={routePath(link.route)} aria-current={link.active ? 'page' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <nav aria-label={t('app.nav.app')} className="header-end">
        <a href="#/">{t('app.nav.allProjects')}</a>
        <LanguagePicker />
      </nav>
    </header>
  );
}
