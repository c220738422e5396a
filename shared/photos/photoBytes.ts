/**
 * Wall and flip-chart photos as stored and synced (architecture: Photos): always a JPEG the app re-encoded itself,
 * no larger than MAX_PHOTO_BYTES, no longer than MAX_PHOTO_SIDE on either side, carrying no metadata segment
 * (EXIF, GPS, XMP, comments). The bytes travel inside the photo record as base64, so change records, segments
 * and bundles carry them like any other field; these checks run wherever a photo arrives (the command that
 * stores one and every change from sync or a bundle), so a photo from another device obeys the same rules.
 */

/** Enough for a legible 2400-pixel wall photo at the quality the app encodes; small enough for a sync segment. */
export const MAX_PHOTO_BYTES = 3 * 512 * 1024;
/** The longest side a stored photo may have, in pixels; larger photos are scaled down before storing. */
export const MAX_PHOTO_SIDE = 2400;
/** A photo's base64 text can be no longer than this. */
export const MAX_PHOTO_BASE64_LENGTH = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

/**
 * The small copy shown on the board and in lists (the full photo only where a person opens it): its longest side,
 * and a cap that a 320-pixel JPEG at the app's quality stays well under. Same rules as the photo otherwise.
 */
export const THUMB_SIDE = 320;
export const MAX_THUMB_BYTES = 64 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The metadata-bearing segments of a JPEG, by name: APPn other than those `isHarmless` lets through, and comments. */
export function jpegMetadataSegments(bytes: Uint8Array): string[] {
  const found: string[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // start of scan or end of image: no more headers
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const body = bytes.subarray(at + 4, at + 2 + length);
    if ((isApp && !isHarmless(marker, body)) || marker === 0xfe) found.push(segmentName(marker, body));
    at += 2 + length;
  }
  return found;
}

/** JFIF (APP0), a colour profile (APP2 ICC_PROFILE, which browsers' encoders write) and Adobe (APP14): no metadata. */
function isHarmless(marker: number, body: Uint8Array): boolean {
  if (marker === 0xe0 || marker === 0xee) return true;
  return marker === 0xe2 && String.fromCharCode(...body.subarray(0, 11)) === 'ICC_PROFILE';
}

function segmentName(marker: number, body: Uint8Array): string {
  if (marker === 0xfe) return 'comment';
  const head = String.fromCharCode(...body.subarray(0, 6));
  if (marker === 0xe1 && head.startsWith('Exif')) return 'EXIF';
  if (marker === 0xe1) return 'XMP';
  return `APP${marker - 0xe0}`;
}

/** A stored photo and its thumbnail obey the same rules under their own size caps. */
interface JpegKind {
  what: string;
  limit: number;
}
const PHOTO: JpegKind = { what: 'photo', limit: MAX_PHOTO_BYTES };
const THUMB: JpegKind = { what: 'thumbnail', limit: MAX_THUMB_BYTES };

function jpegProblem(bytes: Uint8Array, { what, limit }: JpegKind): string | null {
  if (bytes.length > limit) {
    return `the ${what} is ${describeBytes(bytes.length)}, over the ${describeBytes(limit)} limit for a stored ${what}`;
  }
  const isJpeg = bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isJpeg) return `the ${what} is not a JPEG image (the file may be damaged)`;
  const metadata = jpegMetadataSegments(bytes);
  if (metadata.length)
    return `the ${what} still carries ${metadata.join(', ')} metadata, which may say where it was taken`;
  return null;
}

function jpegDataProblem(data: string, kind: JpegKind): string | null {
  if (data.length > Math.ceil(kind.limit / 3) * 4) {
    return `the ${kind.what} is ${describeBytes(Math.floor((data.length * 3) / 4))}, over the ${describeBytes(kind.limit)} limit for a stored ${kind.what}`;
  }
  if (!BASE64.test(data) || data.length % 4 !== 0) return `the ${kind.what} data is damaged (not base64)`;
  return jpegProblem(base64ToBytes(data), kind);
}

/** Why these bytes cannot be a stored photo, in words a facilitator can act on; null when they can. */
export function photoBytesProblem(bytes: Uint8Array): string | null {
  return jpegProblem(bytes, PHOTO);
}

/** The same check on the base64 text a photo record holds. */
export function photoDataProblem(data: string): string | null {
  return jpegDataProblem(data, PHOTO);
}

/** Why these bytes cannot be a photo's thumbnail; null when they can. */
export function thumbBytesProblem(bytes: Uint8Array): string | null {
  return jpegProblem(bytes, THUMB);
}

/** The same check on the base64 text of a thumbnail in a photo record. */
export function thumbDataProblem(data: string): string | null {
  return jpegDataProblem(data, THUMB);
}

/** The size a photo is scaled to so its longest side fits MAX_PHOTO_SIDE (never enlarged). */
export function fittedSize(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
