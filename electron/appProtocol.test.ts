import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppAsset, serveAppRequest } from './appProtocol';

let root: string;
let secretDir: string;

beforeAll(async () => {
  secretDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fieldnotes-protocol-'));
  root = path.join(secretDir, 'renderer');
  await fsp.mkdir(path.join(root, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Fieldnotes</title>');
  await fsp.writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await fsp.writeFile(path.join(secretDir, 'secret.txt'), 'outside the renderer folder');
});
afterAll(async () => {
  await fsp.rm(secretDir, { recursive: true, force: true });
});

describe('resolveAppAsset', () => {
  it('maps the root and in-app routes to index.html, and files to themselves', () => {
    expect(resolveAppAsset(root, 'app://fieldnotes/')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppAsset(root, 'app://fieldnotes/projects/42')).toMatchObject({
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppAsset(root, 'app://fieldnotes/assets/index-abc.js?v=1#x')).toMatchObject({
      filePath: path.join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    'app://fieldnotes/assets/%2E%2E%2F%2e%2e%2Fsecret.txt',
    'app://fieldnotes/..%2fsecret.txt',
    'app://fieldnotes/assets/..%5c..%5csecret.txt',
    'app://fieldnotes/a%00.js',
    'app://fieldnotes/%E0%A4%A.js',
  ])('refuses traversal and malformed paths: %s', (url) => {
    const asset = resolveAppAsset(root, url);
    expect(asset.ok).toBe(false);
    if (!asset.ok) expect([400, 403]).toContain(asset.status);
  });

  it.each(['app://fieldnotes/../../secret.txt', 'app://fieldnotes/%2e%2e/secret.txt'])(
    'keeps %s inside the folder (the URL parser folds dot segments before we see them)',
    (url) => expect(resolveAppAsset(root, url)).toMatchObject({ filePath: path.join(root, 'secret.txt') }),
  );

  it('refuses other hosts and schemes', () => {
    expect(resolveAppAsset(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['worker.MJS', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['engine.wasm', 'application/wasm'],
    ['schema.json', 'application/json; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (name, type) => expect(mimeTypeFor(name)).toBe(type));
});

describe('serveAppRequest', () => {
  const headers = { 'Content-Security-Policy': "default-src 'self'" };

  it('serves a file with its MIME type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(
      root,
      { url: 'app://fieldnotes/assets/index-abc.js', method: 'GET' },
      headers,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file, 403 for traversal and 405 for other methods', async () => {
    const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method }, headers);
    expect((await get('app://fieldnotes/assets/missing.js')).status).toBe(404);
    const traversal = await get('app://fieldnotes/..%2fsecret.txt');
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('outside the renderer folder');
    expect((await get('app://fieldnotes/index.html', 'POST')).status).toBe(405);
  });
});
