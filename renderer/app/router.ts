/**
 * Hash routing: the app is served from a custom protocol (Electron) or any static host (browser mode),
 * so the location hash is the one routing mechanism that works the same everywhere and survives reload.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'projects' }
  | { name: 'setup'; projectId: string }
  | { name: 'sessions'; projectId: string }
  | { name: 'session'; projectId: string; sessionId: string }
  | { name: 'capture'; projectId: string; sessionId: string }
  | { name: 'board'; projectId: string; sessionId: string | null }
  | { name: 'findings'; projectId: string }
  | { name: 'workshop'; projectId: string }
  | { name: 'sync'; projectId: string }
  | { name: 'agreement'; projectId: string; sessionId: string }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'projects' };
  if (parts[0] === 'projects' && parts.length === 1) return { name: 'projects' };
  if (parts[0] === 'p' && parts[1]) {
    const projectId = parts[1];
    const [section, id, sub] = parts.slice(2);
    if (!section || section === 'sessions') {
      if (id && sub === 'capture') return { name: 'capture', projectId, sessionId: id };
      if (id && sub === 'agreement') return { name: 'agreement', projectId, sessionId: id };
      if (id) return { name: 'session', projectId, sessionId: id };
      return { name: 'sessions', projectId };
    }
    if (section === 'setup') return { name: 'setup', projectId };
    if (section === 'board') return { name: 'board', projectId, sessionId: id ?? null };
    if (section === 'findings') return { name: 'findings', projectId };
    if (section === 'workshop') return { name: 'workshop', projectId };
    if (section === 'sync') return { name: 'sync', projectId };
  }
  return { name: 'not-found', path };
}

export function routePath(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'projects':
      return '#/';
    case 'setup':
      return `#/p/${enc(route.projectId)}/setup`;
    case 'sessions':
      return `#/p/${enc(route.projectId)}/sessions`;
    case 'session':
      return `#/p/${enc(route.projectId)}/sessions/${enc(route.sessionId)}`;
    case 'capture':
      return `#/p/${enc(route.projectId)}/sessions/${enc(route.sessionId)}/capture`;
    case 'agreement':
      return `#/p/${enc(route.projectId)}/sessions/${enc(route.sessionId)}/agreement`;
    case 'board':
      return `#/p/${enc(route.projectId)}/board${route.sessionId ? `/${enc(route.sessionId)}` : ''}`;
    case 'findings':
      return `#/p/${enc(route.projectId)}/findings`;
    case 'workshop':
      return `#/p/${enc(route.projectId)}/workshop`;
    case 'sync':
      return `#/p/${enc(route.projectId)}/sync`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  const path = routePath(route);
  if (window.location.hash !== path) window.location.hash = path;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
