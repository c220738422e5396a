import { describe, expect, it } from 'vitest';
import { COMMENT, EXIF_WITH_GPS, ICC_PROFILE, JFIF, jpegBytes, oversizedJpeg } from './jpeg.testkit';
import {
  base64ToBytes,
  bytesToBase64,
  fittedSize,
  jpegMetadataSegments,
  MAX_PHOTO_SIDE,
  photoBytesProblem,
  photoDataProblem,
} from './photoBytes';

describe('photo bytes', () => {
  it('accepts a re-encoded JPEG with only its JFIF header and colour profile', () => {
    expect(photoBytesProblem(jpegBytes())).toBeNull();
    expect(photoBytesProblem(jpegBytes([JFIF, ICC_PROFILE]))).toBeNull();
    expect(jpegMetadataSegments(jpegBytes())).toEqual([]);
  });

  it('names the metadata a JPEG still carries (EXIF with GPS, comments) and refuses it', () => {
    const bytes = jpegBytes([JFIF, EXIF_WITH_GPS, COMMENT]);
    expect(jpegMetadataSegments(bytes)).toEqual(['EXIF', 'comment']);
    expect(photoBytesProblem(bytes)).toMatch(/EXIF, comment metadata/);
  });

  it('refuses what is not a JPEG and what is over the cap, saying which', () => {
    expect(photoBytesProblem(new TextEncoder().encode('<svg></svg>'))).toMatch(/not a JPEG/);
    expect(photoBytesProblem(oversizedJpeg())).toMatch(/over the 1\.5 MB limit/);
    expect(photoDataProblem(bytesToBase64(oversizedJpeg()))).toMatch(/over the 1\.5 MB limit/);
    expect(photoDataProblem('not base64 at all!')).toMatch(/damaged/);
  });

  it('round-trips bytes through base64', () => {
    const bytes = jpegBytes([JFIF], 100_000);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('scales the longest side down to the limit, keeping the shape, and never enlarges', () => {
    expect(fittedSize(4032, 3024)).toEqual({ width: MAX_PHOTO_SIDE, height: 1800 });
    expect(fittedSize(3000, 6000)).toEqual({ width: 1200, height: MAX_PHOTO_SIDE });
    expect(fittedSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
