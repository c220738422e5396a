/**
 * The app's React tree, rendered once the database is open. Loaded by main.tsx while the database opens, so
 * neither waits for the other (architecture: Renderer, start-up).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../../shared/i18n/locales';
import { App } from './App';
import { DataProvider, type DataContextValue } from './DataContext';
import { LanguageProvider } from './Language';

export function renderApp(container: HTMLElement, data: DataContextValue, language: Locale): void {
  createRoot(container).render(
    <StrictMode>
      <DataProvider value={data}>
        <LanguageProvider initial={language}>
          <App />
        </LanguageProvider>
      </DataProvider>
    </StrictMode>,
  );
}
