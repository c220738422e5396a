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
  THUMB_SIDE,
  thumbBytesProblem,
  thumbDataProblem,
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

  it('holds a thumbnail to the same rules under its own, smaller cap', () => {
    expect(thumbBytesProblem(jpegBytes([JFIF], 20_000))).toBeNull();
    expect(thumbBytesProblem(jpegBytes([JFIF], 70_000))).toMatch(/thumbnail is 69 KB, over the 64 KB limit/);
    expect(photoBytesProblem(jpegBytes([JFIF], 70_000))).toBeNull();
    expect(thumbBytesProblem(jpegBytes([JFIF, EXIF_WITH_GPS]))).toMatch(/thumbnail still carries EXIF/);
    expect(thumbDataProblem('not base64 at all!')).toMatch(/thumbnail data is damaged/);
    expect(fittedSize(2400, 1800, THUMB_SIDE)).toEqual({ width: 320, height: 240 });
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
