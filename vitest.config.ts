import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and integration tiers. The pure core, node/ (file and folder code), the CLI and Electron's main process run
// in Node against real temp folders; the data layer runs in Node on fake-indexeddb; components run in jsdom on
// fake-indexeddb. End-to-end tests are Playwright's (playwright.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    // The word-vector table is a build artefact; tests of clustering by meaning need it (built once if missing).
    globalSetup: ['tests/setup/word-vectors.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'node/**/*.test.ts',
            'cli/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'bench/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'eslint.config.test.ts',
          ],
          setupFiles: ['tests/setup/fake-indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.tsx'],
          setupFiles: ['tests/setup/fake-indexeddb.ts', 'tests/setup/dom.ts'],
        },
      },
    ],
    testTimeout: 30_000,
  },
});
