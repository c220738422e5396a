import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Tiers 1 and 2 of DESIGN §8. Pure core, CLI and Electron's Node modules run in Node against real temp folders;
// the data layer runs in Node on fake-indexeddb; components run in jsdom on fake-indexeddb.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'bench/**/*.test.ts',
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
