import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { COMMENT, EXIF_WITH_GPS, JFIF, jpegBytes, oversizedJpeg } from './jpeg.testkit';
import { describeBytes, photoBytesProblem, photoDataProblem, thumbBytesProblem } from './photoBytes';

const fr = translator('fr-CA');

describe('why a photo is refused, in the language asked for', () => {
  it('writes sizes with the language’s decimal mark and units', () => {
    expect(describeBytes(2.1 * 1024 * 1024)).toBe('2.1 MB');
    expect(describeBytes(2.1 * 1024 * 1024, fr)).toBe('2,1\u00a0Mo');
    expect(describeBytes(70_000, fr)).toBe('69\u00a0Ko');
  });

  it('refuses a photo over the cap, one that is not a JPEG and one carrying metadata, in French', () => {
    expect(photoBytesProblem(oversizedJpeg(), fr)).toMatch(
      /^la photo fait \d+,\d\u00a0Mo, au-delà de la limite de 1,5\u00a0Mo pour une photo enregistrée$/,
    );
    expect(photoBytesProblem(new TextEncoder().encode('<svg></svg>'), fr)).toBe(
      'la photo n’est pas une image JPEG (le fichier est peut-être endommagé)',
    );
    expect(thumbBytesProblem(jpegBytes([JFIF, EXIF_WITH_GPS, COMMENT]), fr)).toBe(
      'la vignette porte encore des métadonnées EXIF, commentaire, qui peuvent dire où elle a été prise',
    );
    expect(photoDataProblem('not base64 at all!', fr)).toBe('les données de la photo sont endommagées (pas en base64)');
  });

  it('stays English by default, as the record schema gives it to sync', () => {
    expect(photoBytesProblem(new TextEncoder().encode('<svg></svg>'))).toBe(
      'the photo is not a JPEG image (the file may be damaged)',
    );
  });
});
