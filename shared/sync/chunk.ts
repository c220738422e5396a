/** Splitting changes into segments of a sensible size. */
import type { ChangeRecord } from '../changes/change';

/** Large enough to keep file counts low, small enough for a slow USB stick or a cloud upload to finish. */
export const MAX_SEGMENT_CHANGES = 5000;
export const MAX_SEGMENT_BYTES = 2 * 1024 * 1024;

export function chunkChanges(changes: readonly ChangeRecord[]): ChangeRecord[][] {
  const out: ChangeRecord[][] = [];
  let current: ChangeRecord[] = [];
  let bytes = 0;
  for (const change of changes) {
    // An estimate is enough: the budget only needs to keep segments roughly even.
    const size = JSON.stringify(change.fields).length + 200;
    if (current.length && (current.length >= MAX_SEGMENT_CHANGES || bytes + size > MAX_SEGMENT_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(change);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}
