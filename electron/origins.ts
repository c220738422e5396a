/**
 * Who the main process trusts, in plain Node so it can be tested without Electron.
 *
 * The app is served from `app://fieldnotes/`: a fixed origin, so the IndexedDB that holds every project stays the
 * same database across updates and install folders (a `file://` page's storage is tied to a path that can change).
 * In development the renderer comes from the Vite dev server instead, which must be on this machine.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldnotes';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Computed by hand because Node's URL reports the
 * origin of any non-web scheme (such as `app:`) as the string "null".
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's origin from `ELECTRON_RENDERER_URL`, accepted only for http(s) on this machine: a stray
 * environment variable must not make the app load remote content.
 */
export function devServerOrigin(rendererUrl: string | undefined): string | null {
  if (!rendererUrl) return null;
  try {
    const parsed = new URL(rendererUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (!LOCAL_HOSTS.has(parsed.hostname)) return null;
    return originOf(rendererUrl);
  } catch {
    return null;
  }
}

export function isTrustedOrigin(url: string | undefined | null, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/** Links the app may hand to the operating system's browser: web pages only, never file:, javascript: or others. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Every permission request is refused (camera, microphone, notifications, clipboard reading, ...), except
 * persistent storage for our own pages: the architecture's Persistence section asks for `navigator.storage.persist()` so the browser engine
 * never evicts the facilitators' notes under disk pressure, and it exposes nothing.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  return permission === 'persistent-storage' && isTrustedOrigin(requestingUrl, trustedOrigins);
}
