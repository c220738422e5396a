/**
 * Tier 4 (architecture: Tests): the built desktop app (`npm run build` → out/) started by Playwright in a real Electron,
 * with a throw-away profile. Checks the security posture a page can observe, then one capture.
 * Skipped where no Electron binary exists (these machines cannot download one).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { FieldnotesBridge } from '../../shared/ipc';
import { findElectronBinary } from './electronBinary';
import { captureOneNote } from './steps';

const binary = findElectronBinary();
const repoRoot = path.resolve(import.meta.dirname, '../..');
const mainEntry = path.join(repoRoot, 'out/main/main.js');

type BridgeWindow = Window & { fieldnotes?: FieldnotesBridge };

test.describe('desktop app', () => {
  test.skip(
    !binary,
    'no Electron binary here: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run this tier',
  );

  let app: ElectronApplication;
  let page: Page;
  let profile: string;

  test.beforeEach(async () => {
    expect(existsSync(mainEntry), 'build the app first: npx electron-vite build').toBe(true);
    profile = await mkdtemp(path.join(os.tmpdir(), 'fieldnotes-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env.ELECTRON_RENDERER_URL; // the built app, from app://, not a dev server
    env.FIELDNOTES_USER_DATA_DIR = profile;
    app = await electron.launch({ executablePath: binary!, args: [repoRoot], cwd: repoRoot, env });
    page = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(profile, { recursive: true, force: true });
  });

  test('starts from app://fieldnotes with only the bridge exposed, and captures a note', async () => {
    await expect(page).toHaveURL(/^app:\/\/fieldnotes\//);

    // What a page can see of the shell: no Node, exactly three bridge methods, the CSP on every response.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as BridgeWindow).fieldnotes ?? {}).sort())).toEqual([
      'appInfo',
      'openFile',
      'saveFile',
    ]);
    expect(await page.evaluate(() => (window as BridgeWindow).fieldnotes!.appInfo())).toMatchObject({
      name: 'Fieldnotes',
    });
    const csp = await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')));
    expect(csp).toContain("script-src 'self'");

    // Navigation away is refused (file: is not handed to the system browser either).
    await page.evaluate(() => {
      location.href = 'file:///';
    });
    await expect(page).toHaveURL(/^app:\/\/fieldnotes\//);

    // One capture: a project from the template, a session, the capture screen, a note typed and Enter.
    await captureOneNote(page, 'Better lighting at the bus stops');
  });
});
