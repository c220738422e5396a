/**
 * Wall and flip-chart photos as stored and synced (architecture: Photos): always a JPEG the app re-encoded itself,
 * no larger than MAX_PHOTO_BYTES, no longer than MAX_PHOTO_SIDE on either side, carrying no metadata segment
 * (EXIF, GPS, XMP, comments). The bytes travel inside the photo record as base64, so change records, segments
 * and bundles carry them like any other field; these checks run wherever a photo arrives (the command that
 * stores one and every change from sync or a bundle), so a photo from another device obeys the same rules.
 * Why a photo is refused is worded in the translator's language (English when none is given: the record schema's
 * message, which travels with a refused change, stays English).
 */
import { translator, type Translator } from '../i18n/translate';

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

/** A size as a person reads it: "2.1 MB" or "64 KB" in English, "2,1 Mo" or "64 Ko" in French. */
export function describeBytes(bytes: number, tr: Translator = translator()): string {
  if (bytes >= 1024 * 1024) {
    const size = tr.number(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return tr.t('files.size.megabytes', { size });
  }
  return tr.t('files.size.kilobytes', { size: tr.number(Math.ceil(bytes / 1024)) });
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
export type JpegWhat = 'photo' | 'thumbnail';
interface JpegKind {
  what: JpegWhat;
  limit: number;
}
const PHOTO: JpegKind = { what: 'photo', limit: MAX_PHOTO_BYTES };
const THUMB: JpegKind = { what: 'thumbnail', limit: MAX_THUMB_BYTES };

/** Why bytes cannot be a stored photo or thumbnail, as data; `describePhotoProblem` words it. */
export type PhotoProblem =
  | { kind: 'too-large'; what: JpegWhat; size: number; limit: number }
  | { kind: 'not-jpeg'; what: JpegWhat }
  /** Segment names as `jpegMetadataSegments` gives them ("EXIF", "XMP", "APP13", "comment"). */
  | { kind: 'metadata'; what: JpegWhat; segments: string[] }
  | { kind: 'not-base64'; what: JpegWhat };

export function describePhotoProblem(problem: PhotoProblem, tr: Translator = translator()): string {
  const { t } = tr;
  const { what } = problem;
  switch (problem.kind) {
    case 'too-large':
      return t('photoChecks.tooLarge', {
        what,
        size: describeBytes(problem.size, tr),
        limit: describeBytes(problem.limit, tr),
      });
    case 'not-jpeg':
      return t('photoChecks.notJpeg', { what });
    case 'metadata': {
      const segments = problem.segments.map((name) => (name === 'comment' ? t('photoChecks.comment') : name));
      return t('photoChecks.metadata', { what, segments: segments.join(', ') });
    }
    case 'not-base64':
      return t('photoChecks.notBase64', { what });
  }
}

function jpegProblem(bytes: Uint8Array, { what, limit }: JpegKind): PhotoProblem | null {
  if (bytes.length > limit) return { kind: 'too-large', what, size: bytes.length, limit };
  const isJpeg = bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isJpeg) return { kind: 'not-jpeg', what };
  const segments = jpegMetadataSegments(bytes);
  return segments.length ? { kind: 'metadata', what, segments } : null;
}

function jpegDataProblem(data: string, kind: JpegKind): PhotoProblem | null {
  if (data.length > Math.ceil(kind.limit / 3) * 4) {
    return { kind: 'too-large', what: kind.what, size: Math.floor((data.length * 3) / 4), limit: kind.limit };
  }
  if (!BASE64.test(data) || data.length % 4 !== 0) return { kind: 'not-base64', what: kind.what };
  return jpegProblem(base64ToBytes(data), kind);
}

function worded(problem: PhotoProblem | null, tr: Translator | undefined): string | null {
  return problem && describePhotoProblem(problem, tr);
}

/** Why these bytes cannot be a stored photo, in words a facilitator can act on; null when they can. */
export function photoBytesProblem(bytes: Uint8Array, tr?: Translator): string | null {
  return worded(jpegProblem(bytes, PHOTO), tr);
}

/** The same check on the base64 text a photo record holds. */
export function photoDataProblem(data: string, tr?: Translator): string | null {
  return worded(jpegDataProblem(data, PHOTO), tr);
}

/** Why these bytes cannot be a photo's thumbnail; null when they can. */
export function thumbBytesProblem(bytes: Uint8Array, tr?: Translator): string | null {
  return worded(jpegProblem(bytes, THUMB), tr);
}

/** The same check on the base64 text of a thumbnail in a photo record. */
export function thumbDataProblem(data: string, tr?: Translator): string | null {
  return worded(jpegDataProblem(data, THUMB), tr);
}

/** Why these bytes cannot be a stored photo, as data (a command keeps it and the app words it); null when they can. */
export function photoBytesIssue(bytes: Uint8Array): PhotoProblem | null {
  return jpegProblem(bytes, PHOTO);
}

/** The same check on the base64 text a photo record holds, as data (the record schema keeps it in its issue). */
export function photoDataIssue(data: string): PhotoProblem | null {
  return jpegDataProblem(data, PHOTO);
}

/** The same check on the base64 text of a thumbnail in a photo record, as data. */
export function thumbDataIssue(data: string): PhotoProblem | null {
  return jpegDataProblem(data, THUMB);
}

/** Why these bytes cannot be a photo's thumbnail, as data; null when they can. */
export function thumbBytesIssue(bytes: Uint8Array): PhotoProblem | null {
  return jpegProblem(bytes, THUMB);
}

/** The size a photo is scaled to so its longest side fits MAX_PHOTO_SIDE (never enlarged). */
export function fittedSize(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
