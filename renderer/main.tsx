import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DataProvider } from './app/DataContext';
import { notifyError } from './app/announce';
import { openData } from './data/open';
import { describeError } from './data/errors';
import { loadLanguage } from './data/settings';
import { LanguageProvider } from './app/Language';
import './styles.css';
import { z } from 'zod';

// zod probes once whether it may compile validators with `new Function`; our CSP forbids that (no
// 'unsafe-eval'), so tell it up front instead of letting the probe log a CSP violation.
z.config({ jitless: true });

const container = document.getElementById('root')!;
const root = createRoot(container);

openData({ onProblem: (error) => notifyError(error.message) })
  .then(async ({ db, runner }) => {
    // Read before the first render, so the app opens in the chosen language rather than flashing English.
    const language = await loadLanguage(db);
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
    root.render(
      <StrictMode>
        <DataProvider value={{ db, runner }}>
          <LanguageProvider initial={language}>
            <App />
          </LanguageProvider>
        </DataProvider>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(
      <main className="startup-error">
        <h1>Fieldnotes could not open its data</h1>
        <p role="alert">{describeError(error)}</p>
        <p>Nothing has been deleted. Close other Fieldnotes windows and reload.</p>
      </main>,
    );
  });
