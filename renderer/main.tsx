import { z } from 'zod';
import { notifyError } from './app/announce';
import { openData } from './data/open';
import { describeError } from './data/errors';
import { uiTranslator } from './ui/i18n';
import { loadLanguage } from './data/settings';
import './styles.css';

// zod probes once whether it may compile validators with `new Function`; our CSP forbids that (no
// 'unsafe-eval'), so tell it up front instead of letting the probe log a CSP violation.
z.config({ jitless: true });

const container = document.getElementById('root')!;

// Start-up: the database opens (in the browser's own process) while the screens' code is fetched, parsed and run
// here; neither waits for the other. This module holds only what opening the database needs.
const screens = import('./app/root');

openData({ onProblem: (error) => notifyError(describeError(error, uiTranslator())) })
  .then(async ({ db, runner }) => {
    // Read before the first render, so the app opens in the chosen language rather than flashing English.
    const [language, { renderApp }] = await Promise.all([loadLanguage(db), screens]);
    // The benchmarks seed big projects and measure raw Dexie against the command path through these handles.
    // Only in the benchmark build (`npm run build:bench`): everywhere else the condition is the constant false
    // and the bundler drops this block.
    if (import.meta.env.MODE === 'bench') {
      const bench: Record<string, unknown> = { db, runner };
      (window as unknown as { __fieldnotesBench: unknown }).__fieldnotesBench = bench;
      // The sync benchmark runs the apply and import paths in the page, on fresh databases of its own.
      void import('./data/sync/benchHooks').then((hooks) => (bench.sync = hooks));
      // The recognition benchmark prepares and reads photos in the page, as the photo panel does.
      void import('./photos').then(
        ({ preparePhoto, recognisePhoto }) => (bench.photos = { preparePhoto, recognisePhoto }),
      );
    }
    renderApp(container, { db, runner }, language);
  })
  .catch((error: unknown) => showStartupError(describeError(error, uiTranslator())));

/** Plain DOM, not React: this must show even when the screens' code is what failed to load. */
function showStartupError(reason: string): void {
  const page = document.createElement('main');
  page.className = 'startup-error';
  const heading = document.createElement('h1');
  heading.textContent = 'Fieldnotes could not open its data';
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = reason;
  const advice = document.createElement('p');
  advice.textContent = 'Nothing has been deleted. Close other Fieldnotes windows and reload.';
  page.append(heading, alert, advice);
  container.replaceChildren(page);
}
