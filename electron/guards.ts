/**
 * Electron-side enforcement of the rules in origins.ts and csp.ts: what a page may load, where it may navigate,
 * which windows it may open and which permissions it gets. main.ts applies these to every web contents.
 */
import { shell, type Session, type WebContents } from 'electron';
import { isPermissionGranted, isSafeExternalUrl, isTrustedOrigin } from './origins';

function openInBrowser(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** No navigation away from our pages, no new windows, no <webview>; web links go to the system browser. */
export function guardWebContents(contents: WebContents, trustedOrigins: readonly string[]): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (isTrustedOrigin(url, trustedOrigins)) return;
    event.preventDefault();
    openInBrowser(url);
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}

export function guardSession(
  session: Session,
  options: { trustedOrigins: readonly string[]; devServerOrigin: string | null; contentSecurityPolicy: string },
): void {
  const { trustedOrigins, devServerOrigin, contentSecurityPolicy } = options;

  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl ?? contents.getURL(), trustedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, trustedOrigins),
  );

  // No remote content: the CSP already says so; this also stops requests the CSP does not govern.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => callback({ cancel: !isTrustedOrigin(details.url, trustedOrigins) }),
  );

  // app:// responses carry the CSP from serveAppRequest; the dev server's pages get it here.
  // (Filtered here, not with a URL pattern: match patterns are unreliable about ports.)
  if (devServerOrigin) {
    session.webRequest.onHeadersReceived((details, callback) =>
      callback(
        isTrustedOrigin(details.url, [devServerOrigin])
          ? { responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } }
          : {},
      ),
    );
  }
}
