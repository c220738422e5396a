/**
 * Version 10 of the database adds `photoThumbs` (row.ts) and fills it from the photos already stored, inside
 * Dexie's upgrade transaction. Photos are read a few at a time, in key order: each can be 1.5 MB, and a project
 * can hold dozens, so reading them all at once could take hundreds of megabytes while the app opens.
 */
import Dexie, { type Transaction } from 'dexie';
import { PHOTO_THUMBS_TABLE, thumbRowOf, type PhotoThumb } from './row';

/** Photos read per step of the upgrade: at most ~30 MB of base64 in memory at once. */
export const FILL_CHUNK = 20;

/** One chain of Dexie promises (no async function): native awaits can make Dexie lose the upgrade transaction. */
export function fillPhotoThumbs(tx: Transaction): Promise<unknown> {
  const photos = tx.table<unknown, string>('photos');
  const thumbs = tx.table<PhotoThumb, string>(PHOTO_THUMBS_TABLE);
  const after = (key: string | null): Promise<unknown> =>
    (key === null ? photos.toCollection() : photos.where(':id').above(key))
      .limit(FILL_CHUNK)
      .toArray()
      .then((rows): Promise<unknown> => {
        const derived = rows.map(thumbRowOf).filter((row): row is PhotoThumb => row !== null);
        const last = (rows.at(-1) as { id?: unknown } | undefined)?.id;
        const written = derived.length ? thumbs.bulkPut(derived) : Dexie.Promise.resolve();
        return written.then(() => (rows.length < FILL_CHUNK || typeof last !== 'string' ? undefined : after(last)));
      });
  return after(null);
}
