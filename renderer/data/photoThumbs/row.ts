/**
 * The board's view of a photo (architecture: Photos): what its strip shows, without the photo's bytes. Derived
 * from the `photos` record and stored in the local `photoThumbs` table, so the whole project's board reads a few
 * kilobytes per photo instead of up to 1.5 MB. Never synced, bundled or kept in the history: it is made again
 * from the photo on every write (mirror.ts).
 */
import type { Photo } from '../../../shared/domain/schemas';
import { isErasedRow } from '../../../shared/sync/erasure';

export interface PhotoThumb {
  /** The photo's id. */
  id: string;
  projectId: string;
  sessionId: string;
  /** The strip shows photos in the order they were attached. */
  createdAt: string;
  width: number;
  height: number;
  /** Absent on photos from versions before thumbnails: the strip reads that photo whole once to make one. */
  thumb?: string;
}

export const PHOTO_THUMBS_TABLE = 'photoThumbs';

/**
 * The row a stored photo gives, or null when it has none: only a live photo with its bytes is shown, so a
 * removed photo and an erased tombstone have no row (and no thumbnail of an erased photo can stay here).
 */
export function thumbRowOf(stored: unknown): PhotoThumb | null {
  if (!stored || typeof stored !== 'object') return null;
  const photo = stored as Partial<Photo>;
  if (photo.deleted || isErasedRow(photo) || typeof photo.data !== 'string' || typeof photo.id !== 'string') {
    return null;
  }
  return {
    id: photo.id,
    projectId: String(photo.projectId ?? ''),
    sessionId: String(photo.sessionId ?? ''),
    createdAt: String(photo.createdAt ?? ''),
    width: Number(photo.width ?? 0),
    height: Number(photo.height ?? 0),
    ...(typeof photo.thumb === 'string' ? { thumb: photo.thumb } : {}),
  };
}
