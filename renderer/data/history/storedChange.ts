import type { ChangeRecord } from '../../../shared/changes/change';

/**
 * A change record as the history gives it back (history/read.ts): `published` is 0 until sync has written it to a
 * segment (1 after). Stored packed in batches (history/batch.ts), where the unpublished stamps are listed instead.
 */
export interface StoredChange extends ChangeRecord {
  published: 0 | 1;
}
