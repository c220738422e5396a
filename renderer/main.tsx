import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DataProvider } from './app/DataContext';
import { notifyError } from './app/announce';
import { openData } from './data/open';
import { describeError } from './data/errors';
import './styles.css';

const container = document.getElementById('root')!;
const root = createRoot(container);

openData({ onProblem: (error) => notifyError(error.message) })
  .then(({ db, runner }) => {
    root.render(
      <StrictMode>
        <DataProvider value={{ db, runner }}>
          <App />
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
