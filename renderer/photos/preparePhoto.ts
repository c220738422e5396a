/**
 * A photo file made ready to store (architecture: Photos): decoded, turned upright, scaled so its longest side
 * fits the limit, and re-encoded as a fresh JPEG through a canvas. Re-encoding writes pixels only, so EXIF, GPS,
 * XMP and comments the camera wrote are left behind; the command checks the result again before storing.
 */
import { fittedSize, MAX_PHOTO_BYTES } from '../../shared/photos/photoBytes';
import { msg } from '../ui/i18n';

export interface PreparedPhoto {
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
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
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(msg('photos.prepare.noCanvas'));
    context.fillStyle = '#ffffff'; // a transparent PNG gets a white wall, not black
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    for (const quality of QUALITIES) {
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      if (blob.size <= MAX_PHOTO_BYTES) return { bytes: new Uint8Array(await blob.arrayBuffer()), width, height };
    }
    throw new Error(
      msg('photos.prepare.tooLarge', { megabytes: Math.round((MAX_PHOTO_BYTES / (1024 * 1024)) * 10) / 10 }),
    );
  } finally {
    bitmap.close();
  }
}
