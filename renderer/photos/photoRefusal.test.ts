import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { EXIF_WITH_GPS, JFIF, jpegBytes } from '../../shared/photos/jpeg.testkit';
import { photoRefusal } from './photoRefusal';

describe('the photo command’s refusal, in the app’s language', () => {
  it('says in French why a photo or its thumbnail cannot be kept, and nothing for a good one', () => {
    const fr = translator('fr-CA');
    expect(photoRefusal({ bytes: jpegBytes([JFIF, EXIF_WITH_GPS]) }, fr)).toBe(
      'Cette photo ne peut pas être gardée\u00a0: la photo porte encore des métadonnées EXIF, qui peuvent dire où elle a été prise.',
    );
    expect(photoRefusal({ bytes: jpegBytes(), thumb: jpegBytes([JFIF], 70_000) }, fr)).toMatch(
      /^Cette photo ne peut pas être gardée\u00a0: la vignette fait 69\u00a0Ko, au-delà de la limite de 64\u00a0Ko/,
    );
    expect(photoRefusal({ bytes: jpegBytes(), thumb: jpegBytes() }, fr)).toBeNull();
  });
});
