/** Splitting changes into segments of a sensible size, all at once (`chunkChanges`) or as they come (`createChunker`). */
import type { ChangeRecord } from '../changes/change';

/** Large enough to keep file counts low, small enough for a slow USB stick or a cloud upload to finish. */
export const MAX_SEGMENT_CHANGES = 5000;
export const MAX_SEGMENT_BYTES = 2 * 1024 * 1024;

export interface Chunker {
  /** Adds a change; returns the segment's worth of changes it completed, if it did. */
  add(change: ChangeRecord): ChangeRecord[] | null;
  /** The changes not yet handed over (the last segment), if any. */
  flush(): ChangeRecord[] | null;
}

export function createChunker(): Chunker {
  let current: ChangeRecord[] = [];
  let bytes = 0;
  return {
    add(change) {
      // An estimate is enough: the budget only needs to keep segments roughly even.
      const size = JSON.stringify(change.fields).length + 200;
      let full: ChangeRecord[] | null = null;
      if (current.length && (current.length >= MAX_SEGMENT_CHANGES || bytes + size > MAX_SEGMENT_BYTES)) {
        full = current;
        current = [];
        bytes = 0;
      }
      current.push(change);
      bytes += size;
      return full;
    },
    flush() {
      const rest = current;
      current = [];
      bytes = 0;
      return rest.length ? rest : null;
    },
  };
}

export function chunkChanges(changes: readonly ChangeRecord[]): ChangeRecord[][] {
  const chunker = createChunker();
  const out: ChangeRecord[][] = [];
  for (const change of changes) {
    const full = chunker.add(change);
    if (full) out.push(full);
  }
  const rest = chunker.flush();
  if (rest) out.push(rest);
  return out;
}
