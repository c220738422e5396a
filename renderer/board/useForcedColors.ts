/**
 * Whether the system's forced colours are on (Windows High Contrast and the like). The board's canvas cannot
 * follow the system's colours, so then the board shows its DOM elements, which can, instead.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(forced-colors: active)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function useForcedColors(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches,
    () => false,
  );
}
