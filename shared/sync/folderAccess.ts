/**
 * The few file operations sync needs, over paths given as name segments relative to the sync folder
 * (never a joined string, so no separator or `..` can sneak in). Node's fs (node/sync) and the browser's
 * File System Access API each implement it; the sync logic above it is written once.
 */
export interface FolderEntry {
  name: string;
  /** `link`: a symbolic link, which sync never follows (it is reported, so someone can remove it). */
  kind: 'file' | 'directory' | 'link';
}

export interface FolderAccess {
  /**
   * Entries of a directory; null when it does not exist as a real directory (missing, or reached through a link).
   * Throws when the folder itself cannot be reached.
   */
  list(path: readonly string[]): Promise<FolderEntry[] | null>;
  /** A file's bytes; throws when it cannot be read (yet). */
  read(path: readonly string[]): Promise<Uint8Array>;
  /** Create or replace a file so a reader sees the old state or the new one, never half: temp, flush, rename. */
  writeAtomic(path: readonly string[], bytes: Uint8Array): Promise<void>;
  remove(path: readonly string[]): Promise<void>;
}

/** Map with at most `limit` calls in flight: reading many files at once helps, reading thousands at once does not. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
