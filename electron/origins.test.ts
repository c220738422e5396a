import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';
import { applicationMenuTemplate } from './menu';
import { devServerOrigin, isPermissionGranted, isSafeExternalUrl, isTrustedOrigin, originOf } from './origins';

describe('origins', () => {
  it('computes the origin of app:// URLs (which Node reports as "null")', () => {
    expect(originOf('app://fieldnotes/index.html#/capture')).toBe('app://fieldnotes');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });

  it('trusts only the listed origins, exactly', () => {
    const trusted = ['app://fieldnotes'];
    expect(isTrustedOrigin('app://fieldnotes/assets/x.js', trusted)).toBe(true);
    expect(isTrustedOrigin('app://fieldnotes.evil/x', trusted)).toBe(false);
    expect(isTrustedOrigin('app://evil/fieldnotes', trusted)).toBe(false);
    expect(isTrustedOrigin('https://fieldnotes/', trusted)).toBe(false);
  });

  it('accepts a dev server only on this machine', () => {
    expect(devServerOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('https://example.org/')).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html')).toBeNull();
    expect(devServerOrigin(undefined)).toBeNull();
  });

  it('hands only http(s) links to the system browser', () => {
    expect(isSafeExternalUrl('https://www.example.org/plan')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'app://fieldnotes/',
      'nonsense',
    ]) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });

  it('denies every permission except persistent storage for our own pages', () => {
    const trusted = ['app://fieldnotes'];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
    ]) {
      expect(isPermissionGranted(permission, 'app://fieldnotes/index.html', trusted)).toBe(false);
    }
    expect(isPermissionGranted('persistent-storage', 'app://fieldnotes/index.html', trusted)).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://example.org/', trusted)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (policy: string) =>
    new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows scripts only from the app itself in production', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('adds only what Vite needs in development', () => {
    const policy = directives(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
  });
});

describe('applicationMenuTemplate', () => {
  const labels = (isMac: boolean) =>
    applicationMenuTemplate({ appName: 'Fieldnotes', isMac, isDev: false, onAbout: () => undefined }).map(
      (item) => item.label ?? item.role,
    );

  it('has File, Edit, View and Help (and the app menu on macOS)', () => {
    expect(labels(false)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(true)).toEqual(['Fieldnotes', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it('gives Edit the undo and redo roles, Help an About item, and hides developer tools in release', () => {
    let aboutShown = 0;
    const menu = applicationMenuTemplate({
      appName: 'Fieldnotes',
      isMac: false,
      isDev: false,
      onAbout: () => aboutShown++,
    });
    const submenu = (label: string) => {
      const items = menu.find((item) => item.label === label)?.submenu;
      return Array.isArray(items) ? items : [];
    };
    expect(submenu('&Edit').map((item) => item.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste']),
    );
    expect(submenu('&View').map((item) => item.role)).not.toContain('toggleDevTools');
    const about = submenu('&Help').find((item) => item.label === 'About Fieldnotes');
    (about?.click as () => void)();
    expect(aboutShown).toBe(1);
  });
});
