/**
 * "Sync when the folder changes": a debounced recursive watch of one project's folder. Cloud clients write
 * in bursts, so one callback follows a quiet moment. Where recursive watching is not available (or the
 * folder is a network share that sends no events) it quietly does nothing; the timer still syncs.
 */
import { watch, type FSWatcher } from 'node:fs';
import { TEMP_PREFIX } from '../../shared/sync/layout';

export function watchFolder(dir: string, onChange: () => void, debounceMs = 1500): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
      // Our own temp files (and an import's staging folder) come and go on every write; they are not news.
      if (typeof name === 'string' && name.split(/[\\/]/).some((part) => part.startsWith(TEMP_PREFIX))) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
