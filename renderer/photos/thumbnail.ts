/**
 * The small copy of a photo that the board and lists show (architecture: Photos): the longest side THUMB_SIDE
 * pixels, a fresh JPEG drawn through a canvas like the photo itself, so it carries no metadata either.
 */
import { fittedSize, MAX_THUMB_BYTES, THUMB_SIDE } from '../../shared/photos/photoBytes';
import { msg } from '../ui/i18n';

/** Qualities tried in turn until the thumbnail fits its cap (a 320-pixel JPEG fits at the first). */
const QUALITIES = [0.8, 0.6, 0.4];

/**
 * A JPEG of `source` drawn at width × height on white, at the first quality whose result is at most `limit`;
 * null when none fits.
 */
export async function encodeJpeg(
  source: CanvasImageSource,
  width: number,
  height: number,
  qualities: readonly number[],
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(msg('photos.prepare.noCanvas'));
  context.fillStyle = '#ffffff'; // a transparent PNG gets a white wall, not black
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  for (const quality of qualities) {
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (blob.size <= limit) return new Uint8Array(await blob.arrayBuffer());
  }
  return null;
}

/** The thumbnail of an upright image (a decoded photo, or one being prepared); null if it cannot be made. */
export function thumbnailOf(source: ImageBitmap): Promise<Uint8Array<ArrayBuffer> | null> {
  const { width, height } = fittedSize(source.width, source.height, THUMB_SIDE);
  return encodeJpeg(source, width, height, QUALITIES, MAX_THUMB_BYTES);
}

/** The thumbnail of a stored photo's JPEG bytes (a photo that arrived without one). */
export async function thumbnailOfJpeg(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
  try {
    return await thumbnailOf(bitmap);
  } finally {
    bitmap.close();
  }
}
