/**
 * A photo file made ready to store (architecture: Photos): decoded, turned upright, scaled so its longest side
 * fits the limit, and re-encoded as a fresh JPEG through a canvas. Re-encoding writes pixels only, so EXIF, GPS,
 * XMP and comments the camera wrote are left behind; the command checks the result again before storing. A
 * thumbnail is drawn from the same decoded image (thumbnail.ts).
 */
import { fittedSize, MAX_PHOTO_BYTES } from '../../shared/photos/photoBytes';
import { msg } from '../ui/i18n';
import { encodeJpeg, thumbnailOf } from './thumbnail';

export interface PreparedPhoto {
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
  /** The small copy for the board and lists. */
  thumb: Uint8Array<ArrayBuffer>;
}

/** Qualities tried in turn until the photo fits the size cap (most wall photos fit at the first). */
const QUALITIES = [0.85, 0.75, 0.6];

export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new Error(msg('photos.prepare.unreadable'));
  }
  try {
    const { width, height } = fittedSize(bitmap.width, bitmap.height);
    const bytes = await encodeJpeg(bitmap, width, height, QUALITIES, MAX_PHOTO_BYTES);
    if (!bytes) {
      throw new Error(
        msg('photos.prepare.tooLarge', { megabytes: Math.round((MAX_PHOTO_BYTES / (1024 * 1024)) * 10) / 10 }),
      );
    }
    const thumb = await thumbnailOf(bitmap);
    if (!thumb) throw new Error(msg('photos.prepare.noCanvas'));
    return { bytes, width, height, thumb };
  } finally {
    bitmap.close();
  }
}
