/** Object URLs of stored photos for <img>, made once per photo record and revoked when it goes. */
import { useEffect, useMemo } from 'react';
import type { Photo } from '../../shared/domain/schemas';
import { base64ToBytes } from '../../shared/photos/photoBytes';

export function usePhotoUrl(photo: Pick<Photo, 'data'>): string {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([base64ToBytes(photo.data)], { type: 'image/jpeg' })),
    [photo.data],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}
