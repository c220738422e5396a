/**
 * Runs everywhere, Electron binary or not: the built renderer (out/renderer), served by the same
 * `serveAppRequest` and production CSP that the app:// protocol uses, must start and capture a note in
 * Chromium without a single CSP violation or a module refused for its MIME type. Only the scheme differs
 * (http on 127.0.0.1 instead of app://fieldnotes); 'self' means the same origin in both.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveAppRequest } from '../../electron/appProtocol';
import { contentSecurityPolicy } from '../../electron/csp';
import { APP_ORIGIN } from '../../electron/origins';
import { captureOneNote } from './steps';

const rendererRoot = path.resolve(import.meta.dirname, '../../out/renderer');

let server: Server;
let origin: string;

test.beforeAll(async () => {
  expect(existsSync(path.join(rendererRoot, 'index.html')), 'build the app first: npx electron-vite build').toBe(true);
  const headers = { 'Content-Security-Policy': contentSecurityPolicy() };
  server = createServer((request, reply) => {
    void serveAppRequest(
      rendererRoot,
      { url: `${APP_ORIGIN}${request.url ?? '/'}`, method: request.method ?? 'GET' },
      headers,
    )
      .then(async (response) => {
        reply.writeHead(response.status, Object.fromEntries(response.headers));
        reply.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => reply.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the built renderer runs under the production CSP, served as the app:// protocol serves it', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|MIME type/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );

  const response = await page.goto(`${origin}/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await captureOneNote(page, 'Better lighting at the bus stops');
  // The CSP refusing eval is the CSP working: zod probes `new Function` once and falls back when refused.
  // (`z.config({ jitless: true })` at start-up skips the probe and this report.) Anything else is a failure.
  const evalProbe = /violation: script-src eval$/;
  if (problems.some((problem) => evalProbe.test(problem))) {
    test.info().annotations.push({ type: 'note', description: 'eval refused by the CSP (zod probe), as intended' });
  }
  expect(problems.filter((problem) => !evalProbe.test(problem))).toEqual([]);
});
