/** Small hand-built JPEG byte layouts for tests: a header with the segments asked for, a scan and an end marker. */
import { MAX_PHOTO_BYTES } from './photoBytes';

function segment(marker: number, body: number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export const JFIF = segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
/** An EXIF block naming a GPS directory (the tag 0x8825), as a phone writes it. */
export const EXIF_WITH_GPS = segment(0xe1, [
  ...ascii('Exif'),
  0,
  0,
  ...ascii('MM'),
  0,
  42,
  0,
  0,
  0,
  8,
  0,
  1,
  0x88,
  0x25,
]);
export const ICC_PROFILE = segment(0xe2, [...ascii('ICC_PROFILE'), 0, 1, 1, 0, 0, 0, 0]);
export const COMMENT = segment(0xfe, ascii('taken at 12 Main St'));

/** A JPEG-shaped byte array: SOI, the given header segments, a scan of `scanBytes` bytes, EOI. */
export function jpegBytes(headers: number[][] = [JFIF], scanBytes = 64): Uint8Array {
  const head = [0xff, 0xd8, ...headers.flat(), ...segment(0xda, [1, 1, 0, 0, 63, 0])];
  const bytes = new Uint8Array(head.length + scanBytes + 2).fill(0x55);
  bytes.set(head);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

/** A JPEG just over the cap for a stored photo. */
export function oversizedJpeg(): Uint8Array {
  return jpegBytes([JFIF], MAX_PHOTO_BYTES + 1);
}
