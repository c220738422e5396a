/**
 * End-to-end tiers 3 and 4 (architecture: Tests). Tier 3 runs the built renderer in browser mode in real Chromium:
 * Debian's /usr/bin/chromium here (Playwright cannot download its own browsers on these machines), or
 * Playwright's own browser where one is installed. Tier 4 (tests/electron) skips itself without an Electron binary.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium;
const PORT = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'browser', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    // E2E_DIST serves another build folder (e.g. while someone else rebuilds dist-web).
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort${process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : ''}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never attach to a server someone else started on this port (it may serve another checkout's build):
    // a busy port fails loudly instead. E2E_REUSE=1 reuses a preview you started yourself.
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 60_000,
  },
});
