/**
 * Serving the built renderer from `app://fieldnotes/`, in plain Node (no Electron import) so tests can ask it
 * for any URL. `main.ts` hands every request of the privileged scheme to `serveAppRequest`.
 *
 * Only files under the renderer folder are ever read: URLs that decode to `..`, backslashes or NUL are refused,
 * and any other host than `fieldnotes` is refused. Paths without an extension fall back to index.html so a
 * reload on an in-app route still opens the app.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './origins';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Module scripts and workers load only with a JavaScript MIME type (Chromium checks it strictly).
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppAsset =
  { ok: true; filePath: string; mimeType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

export function resolveAppAsset(rendererRoot: string, requestUrl: string): AppAsset {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 403, reason: 'not an app:// URL of Fieldnotes' };
  }
  let pathname: string;
  try {
    // URL already folds literal `/../`; decoding exposes the encoded forms (%2e%2e%2f) so the checks below see them.
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed escape in path' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { ok: false, status: 400, reason: 'path contains a forbidden character' };
  }
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..')) {
    return { ok: false, status: 403, reason: 'path leaves the app folder' };
  }
  const relative = segments.length === 0 || path.extname(pathname) === '' ? 'index.html' : segments.join('/');
  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { ok: false, status: 403, reason: 'path leaves the app folder' };
  }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

export async function serveAppRequest(
  rendererRoot: string,
  request: { url: string; method: string },
  headers: Record<string, string>,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('method not allowed', { status: 405 });
  }
  const asset = resolveAppAsset(rendererRoot, request.url);
  if (!asset.ok) return new Response(asset.reason, { status: asset.status });
  let body: Uint8Array<ArrayBuffer>;
  try {
    const bytes = await fsp.readFile(asset.filePath);
    // readFile never returns shared memory; the view (not a copy) just tells the DOM typings so.
    body = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  } catch {
    return new Response('not found', { status: 404 });
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...headers, 'Content-Type': asset.mimeType, 'X-Content-Type-Options': 'nosniff' },
  });
}
