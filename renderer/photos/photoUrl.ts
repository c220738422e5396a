/**
 * Object URLs of stored photos for <img>, made once per photo record and revoked when it goes: the full photo
 * where a person opens it (the review of its lines), the thumbnail everywhere else (architecture: Photos).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Photo } from '../../shared/domain/schemas';
import { base64ToBytes } from '../../shared/photos/photoBytes';
import { storePhotoThumbnail } from '../data/commands/photos';
import type { PhotoThumb } from '../data/photoThumbs/row';
import { getLivePhoto } from '../data/queries';
import { useData } from '../app/DataContext';
import { thumbnailOfJpeg } from './thumbnail';

function useJpegUrl(bytes: Uint8Array<ArrayBuffer> | null): string | undefined {
  const url = useMemo(
    () => (bytes ? URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' })) : undefined),
    [bytes],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

/** The full photo. */
export function usePhotoUrl(photo: Pick<Photo, 'data'>): string {
  const bytes = useMemo(() => base64ToBytes(photo.data), [photo.data]);
  return useJpegUrl(bytes)!;
}

/** Photos whose thumbnail this page is making now, so two strips showing one photo make it once. */
const making = new Set<string>();

/**
 * The photo's thumbnail. A photo that arrived without one (from a version before thumbnails) gets one made from
 * its bytes the first time it is shown, kept by a command so it is made once; until it is ready (or while its
 * bytes are still being read, `data` absent), no image.
 */
export function useThumbUrl(photo: Pick<Photo, 'id' | 'thumb'> & { data?: string }): string | undefined {
  const { runner } = useData();
  const [made, setMade] = useState<{ id: string; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const stored = useMemo(() => (photo.thumb ? base64ToBytes(photo.thumb) : null), [photo.thumb]);
  useEffect(() => {
    if (photo.thumb || photo.data === undefined || making.has(photo.id)) return;
    let shown = true;
    making.add(photo.id);
    thumbnailOfJpeg(base64ToBytes(photo.data))
      .then(async (thumb) => {
        if (!thumb) return;
        if (shown) setMade({ id: photo.id, bytes: thumb });
        await storePhotoThumbnail(runner, photo.id, thumb);
      })
      // Only a convenience: if it cannot be made or kept, the next showing tries again.
      .catch(() => undefined)
      .finally(() => making.delete(photo.id));
    return () => {
      shown = false;
    };
  }, [photo.id, photo.data, photo.thumb, runner]);
  return useJpegUrl(stored ?? (made?.id === photo.id ? made.bytes : null));
}

/**
 * The thumbnail of a photo on the board's strip, from its row in `photoThumbs` (no photo bytes read). Only a
 * photo that came without a thumbnail is read whole, once, to make one; when it is kept, the row has it.
 */
export function useStripThumbUrl(row: PhotoThumb): string | undefined {
  const { db } = useData();
  const whole = useLiveQuery(() => (row.thumb ? undefined : getLivePhoto(db, row.id)), [db, row.id, row.thumb]);
  return useThumbUrl({ id: row.id, thumb: row.thumb, data: whole?.data });
}
