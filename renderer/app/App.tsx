/** The app frame: skip link, header with project navigation, the routed screen, notices and the live region. */
import { useT } from '../ui/i18n';
import { LanguagePicker } from './LanguagePicker';
import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRoute, routePath, type Route } from './router';
import { useData } from './DataContext';
import { getProject } from '../data/queries';
import { Notices, LiveRegion } from './Notices';
import { CaptureScreen } from '../capture';
import { useGlobalUndo } from './useGlobalUndo';
import { ToastArea } from '../ui/Toasts';

// Start-up is measured to the capture screen: a facilitator reopening the app mid-session must be typing within a
// second. So capture is the one screen in the start-up bundle; every other screen (and the background sync, which
// brings the sync screens with it) is loaded on demand, so capture opens without parsing and running their code
// (the name check's language lexicon alone took a third of a second). See architecture: Renderer.
const ProjectsScreen = lazy(() => import('../projects').then((m) => ({ default: m.ProjectsScreen })));
const SetupScreen = lazy(() => import('../setup').then((m) => ({ default: m.SetupScreen })));
const SessionsScreen = lazy(() => import('../sessions').then((m) => ({ default: m.SessionsScreen })));
const SessionScreen = lazy(() => import('../sessions').then((m) => ({ default: m.SessionScreen })));
const FindingsRoute = lazy(() => import('../findings').then((m) => ({ default: m.FindingsRoute })));
const BoardRoute = lazy(() => import('../board').then((m) => ({ default: m.BoardRoute })));
const SyncRoute = lazy(() => import('../sync').then((m) => ({ default: m.SyncRoute })));
const BackgroundSync = lazy(() => import('../sync').then((m) => ({ default: m.BackgroundSync })));
const AgreementScreen = lazy(() => import('../agreement').then((m) => ({ default: m.AgreementScreen })));
const WorkshopRoute = lazy(() => import('../workshop').then((m) => ({ default: m.WorkshopRoute })));

export function App() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  useGlobalUndo();
  const { t } = useT();

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
      <Suspense fallback={null}>
        <BackgroundSync projectId={'projectId' in route ? route.projectId : null} />
      </Suspense>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense fallback={<p className="muted">{t('app.opening')}</p>}>
          <Screen route={route} />
          <FocusOnArrival routeKey={routePath(route)} main={mainRef} />
        </Suspense>
      </main>
      <LiveRegion />
      <ToastArea label={t('app.notifications')} closeLabel={t('app.dismissNotification')} />
    </div>
  );
}

/**
 * Moving between screens puts focus on the new screen's heading, so keyboard and screen-reader users start there.
 * Inside the screens' Suspense boundary: its effect runs once a screen loaded on demand is in the page.
 */
function FocusOnArrival({ routeKey, main }: { routeKey: string; main: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    const heading = main.current?.querySelector<HTMLElement>('h1, [data-autofocus]');
    if (heading && !main.current?.contains(document.activeElement)) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [routeKey, main]);
  return null;
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
